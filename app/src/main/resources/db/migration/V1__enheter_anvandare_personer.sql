-- Tillit's own tables (the engine's ACT_* tables are Camunda's). Every row says who created it and when;
-- a correction adds or updates with who and when, nothing is deleted by hand (DESIGN decision 9).

-- Units of the social services: authority units (myndighet), providers (utförare), the committee (nämnd).
create table enhet (
    kod        varchar(32)  primary key check (kod ~ '^[A-Z0-9_-]{2,32}$'),
    namn       varchar(200) not null,
    typ        varchar(20)  not null check (typ in ('FORVALTNING', 'MYNDIGHET', 'UTFORARE', 'NAMND')),
    epost      varchar(254),
    skapad     timestamptz  not null default now(),
    skapad_av  varchar(100) not null
);

-- People who log in, and service accounts of other systems (tjanstekonto: HTTP Basic on APIs only).
create table anvandare (
    anvandarnamn  varchar(100) primary key check (anvandarnamn ~ '^[a-z0-9][a-z0-9._-]{1,99}$'),
    namn          varchar(200) not null,
    epost         varchar(254),
    -- Spring Security's delegating format: {bcrypt}..., so the algorithm can be upgraded per user
    losenord_hash varchar(500) not null,
    tjanstekonto  boolean      not null default false,
    aktiv         boolean      not null default true,
    skapad        timestamptz  not null default now(),
    skapad_av     varchar(100) not null,
    andrad        timestamptz,
    andrad_av     varchar(100)
);

-- A role is held in a unit: the same person can be handläggare in one unit and chef in another.
create table anvandare_roll (
    anvandarnamn varchar(100) not null references anvandare (anvandarnamn),
    enhet_kod    varchar(32)  not null references enhet (kod),
    roll         varchar(20)  not null check (roll in ('HANDLAGGARE', 'CHEF', 'REVISOR', 'UTFORARE', 'ADMIN', 'INTEGRATION')),
    skapad       timestamptz  not null default now(),
    skapad_av    varchar(100) not null,
    primary key (anvandarnamn, enhet_kod, roll)
);
create index anvandare_roll_enhet on anvandare_roll (enhet_kod, roll);

-- The person a case is about. personnummer: 12 digits without separator (samordningsnummer: day + 60).
create table person (
    id            uuid         primary key default gen_random_uuid(),
    personnummer  char(12)     not null unique check (personnummer ~ '^[0-9]{12}$'),
    fornamn       varchar(100) not null,
    efternamn     varchar(100) not null,
    fodelsedatum  date         not null,
    kon           char(1)      not null check (kon in ('K', 'M')),
    samordningsnummer boolean  not null default false,
    skyddsniva    varchar(30)  not null default 'INGEN'
        check (skyddsniva in ('INGEN', 'SEKRETESSMARKERING', 'SKYDDAD_FOLKBOKFORING', 'FINGERADE_PERSONUPPGIFTER')),
    skapad        timestamptz  not null default now(),
    skapad_av     varchar(100) not null,
    andrad        timestamptz,
    andrad_av     varchar(100)
);
