-- R26: attendance per day at egen-regi daily activity, recorded by the provider; the last record of a day counts.
create table narvaro (
    beslut_id       uuid          not null references beslut (id),
    dag             date          not null,
    narvarande      boolean       not null,
    registrerad     timestamptz   not null default now(),
    registrerad_av  varchar(100)  not null,
    primary key (beslut_id, dag)
);

-- R28: performed hours per decision and month, imported from a time-registration system. A new import of the
-- same month replaces the figure (the system's export is the source), with who imported it and from which file.
create table utford_tid (
    beslut_id      uuid           not null references beslut (id),
    manad          date           not null check (extract(day from manad) = 1),
    timmar         numeric(9, 2)  not null check (timmar >= 0),
    kalla          varchar(200)   not null,
    importerad     timestamptz    not null default now(),
    importerad_av  varchar(100)   not null,
    primary key (beslut_id, manad)
);

-- R29: a closed month is frozen: its rows are kept as computed when it was closed and never recomputed.
create table kostnadsmanad (
    manad            date          primary key check (extract(day from manad) = 1),
    prislistversion  varchar(100)  not null,
    stangd           timestamptz   not null default now(),
    stangd_av        varchar(100)  not null
);

create table kostnadsrad (
    manad              date           not null references kostnadsmanad (manad),
    radnummer          integer        not null,
    beslut_id          uuid,          -- null for a house's sovande jour, paid per house (P15)
    arendenummer       varchar(20),
    utforare           varchar(32)    not null,
    utforartyp         varchar(20)    not null,
    bestallande_enhet  varchar(32)    not null,
    insatstyp          varchar(60)    not null,
    niva               integer,
    omfattning         varchar(20),
    radtyp             varchar(10)    not null check (radtyp in ('INSATS', 'TOMDYGN')),
    fran               date           not null,
    tom                date           not null,
    dagar              integer        not null,
    enhet              varchar(10)    not null,
    antal              numeric(12, 2) not null,
    apris              numeric(12, 2) not null,
    summa              numeric(14, 2) not null,
    beviljade_timmar   numeric(9, 2),
    utforda_timmar     numeric(9, 2),
    primary key (manad, radnummer)
);
