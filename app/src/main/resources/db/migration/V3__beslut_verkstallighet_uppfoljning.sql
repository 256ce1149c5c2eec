-- Decisions per insats, their appeal, execution by a provider and follow-up (C45-C47, R15-R17, R22, R23, R33).

create table beslut (
    id                      uuid          primary key default gen_random_uuid(),
    arende_id               uuid          not null references arende (id),
    insatstyp               varchar(60)   not null check (insatstyp ~ '^[A-Z0-9_]{2,60}$'),
    utfall                  varchar(20)   not null check (utfall in ('BIFALL', 'DELVIS_BIFALL', 'AVSLAG')),
    -- C45: the legal basis as data; SoL 2001:453 and 2025:400 have chapters, LSS (1993:387) does not
    lag                     varchar(10)   not null check (lag in ('SOL', 'LSS')),
    lagversion              varchar(20)   not null check (lagversion in ('2001:453', '2025:400', '1993:387')),
    kapitel                 integer       check (kapitel between 1 and 40),
    paragraf                varchar(20)   not null,
    omfattning              varchar(200),
    niva                    integer       check (niva between 1 and 5),
    giltig_from             date          not null,
    giltig_tom              date,         -- null: tills vidare
    motivering              varchar(8000) not null,
    overklagandehanvisning  boolean       not null,
    beslutsfattare          varchar(100)  not null,
    delegationspunkt        varchar(40)   not null,
    beslutsdatum            date          not null,
    delgivningsdatum        date,
    overklagandefrist       date,
    laga_kraft              date,
    skapad                  timestamptz   not null default now(),
    skapad_av               varchar(100)  not null,
    check ((lag = 'LSS') = (lagversion = '1993:387')),
    check ((lag = 'SOL') = (kapitel is not null)),
    check (giltig_tom is null or giltig_tom >= giltig_from)
);
create index beslut_arende on beslut (arende_id);

create table overklagande (
    id              uuid          primary key default gen_random_uuid(),
    beslut_id       uuid          not null references beslut (id),
    inkom           date          not null,
    i_ratt_tid      boolean       not null,
    omprovning      varchar(20)   check (omprovning in ('ANDRAT_HELT', 'ANDRAT_DELVIS', 'INTE_ANDRAT')),
    overlamnat      date,
    domstolens_utfall varchar(20) check (domstolens_utfall in ('BIFALLET', 'AVSLAGET', 'UNDANROJT')),
    dom_datum       date,
    skapad          timestamptz   not null default now(),
    skapad_av       varchar(100)  not null
);
create index overklagande_beslut on overklagande (beslut_id);

-- C47: execution. One order per favourable decision, to a provider unit (egen regi, extern, LOV).
create table bestallning (
    id            uuid          primary key default gen_random_uuid(),
    beslut_id     uuid          not null unique references beslut (id),
    utforare      varchar(32)   not null references enhet (kod),
    utforartyp    varchar(20)   not null check (utforartyp in ('EGEN_REGI', 'EXTERN', 'LOV')),
    onskad_start  date          not null,
    verkstalld    date,
    avslutad      date,
    skapad        timestamptz   not null default now(),
    skapad_av     varchar(100)  not null
);

create table avbrott (
    id            uuid          primary key default gen_random_uuid(),
    beslut_id     uuid          not null references beslut (id),
    fran          date          not null,
    till          date,
    orsak         varchar(400)  not null,
    skapad        timestamptz   not null default now(),
    skapad_av     varchar(100)  not null,
    check (till is null or till >= fran)
);
create index avbrott_beslut on avbrott (beslut_id);

-- R22, R23, C7: a favourable decision not executed within 3 months of the decision or of an avbrott.
-- Open until executed or closed with a reason; feeds the IVO report (issue 6/7). Declined offers do not close it.
create table ej_verkstallt (
    id              uuid          primary key default gen_random_uuid(),
    beslut_id       uuid          not null references beslut (id),
    grund           varchar(20)   not null check (grund in ('BESLUT', 'AVBROTT')),
    raknas_fran     date          not null,
    oppnad          date          not null,
    stangd          date,
    stangd_orsak    varchar(40)   check (stangd_orsak in ('VERKSTALLT', 'BESLUTET_UPPHORT', 'AVLIDEN', 'FLYTTAT', 'ATERKALLAT')),
    skapad          timestamptz   not null default now(),
    check ((stangd is null) = (stangd_orsak is null))
);
create unique index ej_verkstallt_ett_oppet on ej_verkstallt (beslut_id) where stangd is null;

-- R15, T02: at least once a year after verkställighet or the previous follow-up.
create table uppfoljning (
    id            uuid          primary key default gen_random_uuid(),
    beslut_id     uuid          not null references beslut (id),
    planerad      date          not null,
    genomford     date,
    resultat      varchar(20)   check (resultat in ('FORTSATT', 'NYTT_BESLUT', 'AVSLUT')),
    anteckning    varchar(4000),
    skapad        timestamptz   not null default now(),
    skapad_av     varchar(100)  not null
);
create index uppfoljning_beslut on uppfoljning (beslut_id);
