-- Issue 19, Socialstyrelsen's individual statistics (docs/adr/0026).
--
-- 1. What the LSS register asks of a decision that Tillit did not hold (SOSFS 2005:21, bilaga as HSLF-FS 2016:48 and
--    2018:11 give it): the person's personkrets (LSS 1 § 1, 2 or 3), for a housing decision (9 § 8 or 9 § 9) the kind
--    of housing, and the housing municipality when the housing lies in another municipality. Recorded by the unit's
--    handläggare on the decision's page; the latest recording counts, the earlier ones are kept.
create table beslut_lss_uppgift (
    id              bigint        generated always as identity primary key,
    beslut_id       uuid          not null references beslut (id),
    personkrets     smallint      not null check (personkrets between 1 and 3),
    boendeform      varchar(30)   check (boendeform in ('FAMILJEHEM', 'BOSTAD_MED_SARSKILD_SERVICE', 'GRUPPBOSTAD',
                                                        'SERVICEBOSTAD', 'ANNAN_SARSKILT_ANPASSAD_BOSTAD')),
    boendekommun    char(4)       check (boendekommun ~ '^[0-9]{4}$'),
    registrerad     timestamptz   not null default now(),
    registrerad_av  varchar(100)  not null,
    check (boendekommun is null or boendeform is not null)
);
create index beslut_lss_uppgift_beslut on beslut_lss_uppgift (beslut_id, id desc);

-- 2. The files for Socialstyrelsen: one per collection and period (LSS: the year; SOL: the month), as generated last
--    and, once an ADMIN registers that it was submitted in the authority's portal, frozen: the content is the one
--    downloaded and sent, byte for byte, and it is never generated again.
create table statistikfil (
    insamling       varchar(3)     not null check (insamling in ('LSS', 'SOL')),
    period          varchar(7)     not null check (period ~ '^[0-9]{4}(-[0-9]{2})?$'),
    matdag          date           not null,
    innehall        text           not null,
    sha256          char(64)       not null check (sha256 ~ '^[0-9a-f]{64}$'),
    antal_personer  integer        not null check (antal_personer >= 0),
    antal_rader     integer        not null check (antal_rader >= 0),
    antal_fel       integer        not null check (antal_fel >= 0),
    personer        uuid[]         not null,       -- the persons the file names, for the access log of a download
    genererad       timestamptz    not null,
    genererad_av    varchar(100)   not null,
    inlamnad        date,
    kvittens        varchar(100)   check (kvittens is null or length(btrim(kvittens)) > 0),
    inlamnad_av     varchar(100),
    inlamning_registrerad timestamptz,
    primary key (insamling, period),
    check ((insamling = 'LSS') = (period ~ '^[0-9]{4}$')),
    check ((inlamnad is null) = (inlamnad_av is null) and (inlamnad is null) = (inlamning_registrerad is null)),
    check (inlamnad is null or antal_fel = 0)
);

-- The counts by statistics code and sex shown beside last period's, and the errors found when the file was checked.
create table statistikfil_antal (
    insamling   varchar(3)    not null,
    period      varchar(7)    not null,
    kod         varchar(40)   not null,
    kon         char(1)       not null check (kon in ('K', 'M')),
    antal       integer       not null check (antal > 0),
    primary key (insamling, period, kod, kon),
    foreign key (insamling, period) references statistikfil (insamling, period) on delete cascade
);

create table statistikfil_fel (
    insamling   varchar(3)     not null,
    period      varchar(7)     not null,
    nummer      integer        not null,
    arendenummer varchar(40),
    enhet       varchar(32),
    beslut_id   uuid,
    insatstyp   varchar(60),
    fel         varchar(60)    not null,
    primary key (insamling, period, nummer),
    foreign key (insamling, period) references statistikfil (insamling, period) on delete cascade
);

-- A submitted file is never changed or removed (regenerating an unsubmitted one replaces its row).
create function statistikfil_fryst() returns trigger language plpgsql as $$
begin
    if old.inlamnad is not null then
        raise exception 'Statistikfilen % % är inlämnad och ändras inte', old.insamling, old.period
            using errcode = 'integrity_constraint_violation';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end;
$$;
create trigger statistikfil_inlamnad_andras_inte before update or delete on statistikfil
    for each row execute function statistikfil_fryst();
