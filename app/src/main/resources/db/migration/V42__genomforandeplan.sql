-- Issue 17: the provider's genomförandeplan (R18, R19; SOSFS 2014:5 6 kap., HSLF-FS 2016:89). After the start of an
-- order the provider writes the plan with the person: how the insats is carried out, and in structured fields whether
-- and how the person took part. A person who declines needs a documented alternative before the plan is set. A revision
-- is a new row with the next version (DESIGN: a correction adds a row); the latest version is the plan in force.
create table genomforandeplan (
    id              uuid           primary key default gen_random_uuid(),
    beslut_id       uuid           not null references bestallning (beslut_id),
    version         integer        not null check (version >= 1),
    genomforande    varchar(4000)  not null,
    deltog          varchar(20)    not null check (deltog in ('JA', 'DELVIS', 'NEJ_AVBOJDE')),
    -- how the person took part (Delaktighetssatt): SAMTAL, MOTE, FORETRADARE, SKRIFTLIGT, ALTERNATIV_KOMMUNIKATION, ANNAT
    hur             varchar(30)[]  not null default '{}',
    -- the documented alternative when the person declined (how their views were otherwise obtained, what was done)
    alternativ      varchar(2000),
    faststalld      date           not null,
    folj_upp        date           not null,
    registrerad     timestamptz    not null default clock_timestamp(),
    registrerad_av  varchar(100)   not null,
    unique (beslut_id, version),
    check (deltog <> 'NEJ_AVBOJDE' or alternativ is not null),
    check (deltog = 'NEJ_AVBOJDE' or cardinality(hur) > 0),
    check (folj_upp > faststalld)
);
-- the KPI (R19) reads the plans first set in a period
create index genomforandeplan_faststalld on genomforandeplan (faststalld) where version = 1;
