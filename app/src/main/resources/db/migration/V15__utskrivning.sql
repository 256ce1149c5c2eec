-- Discharge from hospital care (lag 2017:612; issue 5/7, seed 002 §2, D1–D13).

-- Which agreement on payment responsibility applies, with validity (one installation is one municipality).
-- Without a row for a day the law applies (LAG); the periods may not overlap (checked when one is added).
create table betalningsoverenskommelse (
    id               uuid          primary key default gen_random_uuid(),
    overenskommelse  varchar(30)   not null check (overenskommelse in ('LAG', 'STOCKHOLM_2018')),
    giltig_from      date          not null,
    giltig_tom       date,
    skapad           timestamptz   not null default now(),
    skapad_av        varchar(100)  not null,
    check (giltig_tom is null or giltig_tom >= giltig_from)
);

-- The amount per day the municipality pays for a patient ready for discharge, per year (Socialstyrelsen's
-- yearly amount unless the region and the municipality agree otherwise). Set by an administrator, with its source.
create table utskrivningsklar_dygnsbelopp (
    ar         integer        primary key check (ar between 2018 and 2100),
    belopp     numeric(10, 2) not null check (belopp > 0),
    kalla      varchar(400)   not null,
    andrad     timestamptz    not null default now(),
    andrad_av  varchar(100)   not null
);

-- One hospital stay the region has told the municipality about.
create table utskrivning (
    id                    uuid          primary key default gen_random_uuid(),
    vardtillfalle         varchar(100)  not null unique,   -- the region's id of the stay
    person_id             uuid          not null references person (id),
    arende_id             uuid          not null references arende (id),
    aktualisering_id      uuid          not null references aktualisering (id),
    enhet_kod             varchar(32)   not null references enhet (kod),
    vardenhet             varchar(200)  not null,
    vardform              varchar(20)   not null check (vardform in ('SOMATISK', 'PSYKIATRISK')),
    inskriven             timestamptz   not null,
    beraknad_utskrivning  date,
    status                varchar(20)   not null default 'INSKRIVEN'
                          check (status in ('INSKRIVEN', 'UTSKRIVNINGSKLAR', 'UTSKRIVEN', 'AVBRUTEN')),
    sip_kallelse          timestamptz,
    sip_mote              timestamptz,
    utskriven             timestamptz,
    avbruten              timestamptz,
    skapad                timestamptz   not null default now()
);
create index utskrivning_person on utskrivning (person_id);
create index utskrivning_enhet on utskrivning (enhet_kod, status);

-- Each period the patient was ready for discharge: from the notice (sent and received both kept: the payment
-- runs from the sending, D5; the SIP deadline from the receipt, D4) to "no longer ready", discharge or abort.
create table utskrivningsklar_period (
    id              uuid          primary key default gen_random_uuid(),
    utskrivning_id  uuid          not null references utskrivning (id),
    skickad         timestamptz   not null,
    mottagen        timestamptz   not null,
    upphorde        timestamptz,
    upphorde_orsak  varchar(30)   check (upphorde_orsak in ('INTE_LANGRE_UTSKRIVNINGSKLAR', 'UTSKRIVEN', 'AVBROTT')),
    check ((upphorde is null) = (upphorde_orsak is null))
);
create index utskrivningsklar_period_utskrivning on utskrivningsklar_period (utskrivning_id);
create unique index utskrivningsklar_en_oppen on utskrivningsklar_period (utskrivning_id) where upphorde is null;

-- Every message from the region, as received: the same message id twice has one effect (idempotence); a message
-- that arrived out of order is kept and flagged, never dropped.
create table utskrivningsmeddelande (
    meddelande_id   varchar(100)   primary key,
    vardtillfalle   varchar(100)   not null,
    typ             varchar(40)    not null check (typ in ('INSKRIVNING', 'BERAKNAD_UTSKRIVNING_ANDRAD', 'UTSKRIVNINGSKLAR',
                                                          'INTE_LANGRE_UTSKRIVNINGSKLAR', 'SIP_KALLELSE', 'UTSKRIVEN', 'AVBROTT')),
    skickad         timestamptz    not null,
    mottagen        timestamptz    not null,
    innehall        varchar(8000)  not null,
    anmarkning      varchar(400),
    mottagen_av     varchar(100)   not null
);
create index utskrivningsmeddelande_vardtillfalle on utskrivningsmeddelande (vardtillfalle, mottagen);
