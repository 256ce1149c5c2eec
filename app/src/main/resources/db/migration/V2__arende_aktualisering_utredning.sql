-- The case (ärende) and its first parts: aktualisering, förhandsbedömning, utredning, förlängning.
-- One case per person and case type at a time; the process instance's business key is the case number.

create sequence arendenummer_seq;

create table arende (
    id            uuid         primary key default gen_random_uuid(),
    arendenummer  varchar(20)  not null unique,
    person_id     uuid         not null references person (id),
    arendetyp     varchar(30)  not null check (arendetyp in ('BARN_OCH_UNGA', 'VUXEN', 'EKONOMISKT_BISTAND', 'LSS',
                                                             'SOL_FUNKTIONSNEDSATTNING', 'SOL_ALDRE')),
    enhet_kod     varchar(32)  not null references enhet (kod),
    status        varchar(20)  not null default 'OPPET' check (status in ('OPPET', 'AVSLUTAT')),
    oppnat        timestamptz  not null,
    avslutat      timestamptz,
    avslutsorsak  varchar(40),
    skapad        timestamptz  not null default now(),
    skapad_av     varchar(100) not null,
    andrad        timestamptz,
    andrad_av     varchar(100),
    check ((status = 'AVSLUTAT') = (avslutat is not null and avslutsorsak is not null))
);
-- at most one open case per person and case type
create unique index arende_ett_oppet_per_person_och_typ on arende (person_id, arendetyp) where status = 'OPPET';
create index arende_person on arende (person_id, arendetyp, avslutat);

create table aktualisering (
    id                  uuid         primary key default gen_random_uuid(),
    arende_id           uuid         not null references arende (id),
    typ                 varchar(20)  not null check (typ in ('ANSOKAN', 'ANMALAN', 'ANNAT_SATT')),
    inkom               timestamptz  not null,
    orsakskod           varchar(40)  not null,
    beskrivning         varchar(4000),
    anmalartyp          varchar(40),
    -- R14: the case of the same person and type that closed less than 365 days before this one came in
    tidigare_arende_id  uuid         references arende (id),
    utfall              varchar(30)  check (utfall in ('LEDER_TILL_UTREDNING', 'LEDER_INTE_TILL_UTREDNING')),
    utfall_motivering   varchar(4000),
    utfall_registrerat  timestamptz,
    utfall_av           varchar(100),
    skapad              timestamptz  not null default now(),
    skapad_av           varchar(100) not null,
    check ((utfall is null) = (utfall_registrerat is null))
);
create index aktualisering_arende on aktualisering (arende_id);

create table utredning (
    id                  uuid         primary key default gen_random_uuid(),
    arende_id           uuid         not null references arende (id),
    inledd              date         not null,
    frist               date,
    frist_kalla         varchar(20)  check (frist_kalla in ('LAG', 'LOKALT_MAL')),
    forlangning_mojlig  boolean,
    avslutad            date,
    skapad              timestamptz  not null default now(),
    skapad_av           varchar(100) not null
);
create index utredning_arende on utredning (arende_id);

-- C4: a förlängningsbeslut moves a child investigation's deadline; it is never changed, only added to.
create table forlangning (
    id            uuid         primary key default gen_random_uuid(),
    utredning_id  uuid         not null references utredning (id),
    beslutsdatum  date         not null,
    skal          varchar(4000) not null,
    beslutad_av   varchar(100) not null,
    ny_frist      date         not null,
    skapad        timestamptz  not null default now(),
    skapad_av     varchar(100) not null
);
create index forlangning_utredning on forlangning (utredning_id);
