-- Ej verkställda beslut (EVB): what a record needs for IVO's individual report, and the quarterly reports
-- themselves, frozen once submitted (issue 6/7; SoL 34 kap. 1–3 §§, LSS 28 f–h §§; C9, C21, C36–C38, R22; ADR 10).

-- Who closed a record for another reason than execution (a withdrawn application, a death, a move) and when
-- that was recorded; a record closed by verkställighet keeps these null (the provider's report is the record).
alter table ej_verkstallt add column stangd_av varchar(100);
alter table ej_verkstallt add column stangd_registrerad timestamptz;

-- Why the decision is not executed, the consequences for the person and the interim measures given (C36).
-- A new statement is a new row (DESIGN: a correction adds a row); the latest row of a record is the current one.
create table ej_verkstallt_skal (
    id                    uuid           primary key default gen_random_uuid(),
    ej_verkstallt_id      uuid           not null references ej_verkstallt (id),
    orsak                 varchar(40)    not null check (orsak in ('BRIST_PA_PLATS', 'BRIST_PA_PERSONAL',
                              'UTFORARE_SAKNAS', 'ENSKILD_AVBOJT', 'ENSKILD_ONSKAR_VANTA',
                              'ENSKILD_ONSKAR_ANNAN_UTFORARE', 'ANNAN')),
    orsak_text            varchar(2000),
    konsekvenser          varchar(2000),
    tillfalliga_insatser  varchar(2000),
    -- clock_timestamp: two statements in one transaction still have an order
    registrerad           timestamptz    not null default clock_timestamp(),
    registrerad_av        varchar(100)   not null,
    check (orsak <> 'ANNAN' or orsak_text is not null)
);
create index ej_verkstallt_skal_post on ej_verkstallt_skal (ej_verkstallt_id, registrerad);

-- Offers of the insats (or of something close to it) and the person's answer. A declined offer does not close
-- the record (IVO; C21): the record stays open until the insats is executed or the record is closed for a reason.
create table ej_verkstallt_erbjudande (
    id                uuid           primary key default gen_random_uuid(),
    ej_verkstallt_id  uuid           not null references ej_verkstallt (id),
    erbjudet          date           not null,
    vad               varchar(400)   not null,
    svar              varchar(20)    check (svar in ('AVBOJT', 'ACCEPTERAT')),
    svar_datum        date,
    skal              varchar(1000),  -- the person's reason for declining
    skapad            timestamptz    not null default now(),
    skapad_av         varchar(100)   not null,
    besvarat_registrerat     timestamptz,
    besvarat_registrerat_av  varchar(100),
    check ((svar is null) = (svar_datum is null)),
    check (svar_datum is null or svar_datum >= erbjudet),
    check (svar is distinct from 'AVBOJT' or skal is not null)
);
create index ej_verkstallt_erbjudande_post on ej_verkstallt_erbjudande (ej_verkstallt_id, erbjudet);

-- The records of a period are found by when they opened and closed.
create index ej_verkstallt_period on ej_verkstallt (oppnad, stangd);

-- IVO's form of an identifier (ÅÅÅÅMMDD-T and three digits, the middle one even for a woman and odd for a man):
-- one per person, kept for every report from then on, never reused for another person (ADR 10).
create table ivo_pseudonym (
    person_id   uuid          primary key references person (id),
    pseudonym   char(13)      not null unique check (pseudonym ~ '^[0-9]{8}-T[0-9]{3}$'),
    tilldelad   timestamptz   not null default now()
);

-- A quarter's report as submitted: its rows kept as they were computed, never recomputed (as kostnadsmanad, R29).
create table ivo_rapport (
    kvartal        char(7)       primary key check (kvartal ~ '^[0-9]{4}-Q[1-4]$'),
    matdag         date          not null,   -- the day time was measured to: the quarter's last day
    inlamnad       timestamptz   not null default now(),
    inlamnad_av    varchar(100)  not null,
    inom_fonster   boolean       not null    -- inside IVO's reporting window for the quarter (configuration)
);

create table ivo_rapportrad (
    kvartal               char(7)        not null references ivo_rapport (kvartal),
    radnummer             integer        not null,
    ej_verkstallt_id      uuid           not null,
    beslut_id             uuid           not null,
    arende_id             uuid           not null,
    arendenummer          varchar(20)    not null,
    person_id             uuid           not null,
    enhet                 varchar(32)    not null,
    pseudonym             char(13)       not null,
    kon                   char(1)        not null check (kon in ('K', 'M')),
    skyddad_identitet     boolean        not null,
    lag                   varchar(10)    not null,
    insatstyp             varchar(60)    not null,
    beslutsdatum          date           not null,
    grund                 varchar(20)    not null check (grund in ('BESLUT', 'AVBROTT')),
    raknas_fran           date           not null,
    ej_verkstallt_sedan   date           not null,
    orsak                 varchar(40),
    orsak_text            varchar(2000),
    konsekvenser          varchar(2000),
    tillfalliga_insatser  varchar(2000),
    stangd                date,
    stangd_orsak          varchar(40),
    matdag                date           not null,   -- closed within the quarter: that day; else the quarter's end
    sarskild_avgift       boolean        not null,   -- flagged as approaching the two years (C9), as submitted
    primary key (kvartal, radnummer)
);

create table ivo_rapportrad_erbjudande (
    kvartal     char(7)        not null,
    radnummer   integer        not null,
    nummer      integer        not null,
    erbjudet    date           not null,
    vad         varchar(400)   not null,
    svar        varchar(20),
    svar_datum  date,
    skal        varchar(1000),
    primary key (kvartal, radnummer, nummer),
    foreign key (kvartal, radnummer) references ivo_rapportrad (kvartal, radnummer)
);
