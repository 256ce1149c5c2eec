-- SIP, samordnad individuell plan outside discharge (SoL 2025:400 10 kap. 8–9 §§, old SoL 2 kap. 7 §; HSL 16 kap. 4 §):
-- the request and who made it, the person's wish, the consent, the kallelse, the meetings, the plan per principal and
-- the follow-up (R20, C24, C52). Rows are added, never rewritten: a new plan is a new version, a withdrawal is a date.

-- One SIP of one person, handled by one municipal unit. A request is never dropped: the person's answer, a "no"
-- included, is recorded on it (G11: the need is recorded, so the KPI has its denominator).
create table sip (
    id              uuid          primary key default gen_random_uuid(),
    person_id       uuid          not null references person (id),
    enhet_kod       varchar(32)   not null references enhet (kod),
    -- the person's open case of the unit when the SIP was requested, if there was one
    arende_id       uuid          references arende (id),
    initiativ       varchar(10)   not null check (initiativ in ('KOMMUN', 'REGION')),
    begard          date          not null,
    begard_av       varchar(100)  not null,   -- the handläggare, or the region's service account
    region_enhet    varchar(200)  not null,   -- the region's unit that asked or is invited (vårdcentral, mottagning)
    region_kontakt  varchar(200),             -- the region's caller or contact (e.g. the fast vårdkontakt)
    onskan          varchar(20)   not null check (onskan in ('JA', 'NEJ', 'EJ_TILLFRAGAD')),
    onskan_datum    date,
    onskan_av       varchar(100),
    -- the step the SIP waits for; it mirrors processes/sip.bpmn (the engine moves it through the use cases)
    steg            varchar(20)   not null check (steg in ('SAMTYCKE', 'KALLELSE', 'MOTE', 'PLAN', 'UPPFOLJNING', 'AVSLUTAD')),
    avslutad        date,
    avslutsorsak    varchar(30)   check (avslutsorsak in ('AVBOJD', 'SAMTYCKE_ATERKALLAT', 'UPPFOLJD')),
    avslutad_av     varchar(100),
    skapad          timestamptz   not null default now(),
    skapad_av       varchar(100)  not null,
    check ((steg = 'AVSLUTAD') = (avslutad is not null and avslutsorsak is not null)),
    check ((onskan = 'EJ_TILLFRAGAD') = (onskan_datum is null))
);
create index sip_person on sip (person_id, enhet_kod);
create index sip_arende on sip (arende_id);

-- C24: the consent to make the plan and to share information with the region. Nothing is shared before it, nor
-- after its withdrawal (from the day recorded).
create table sip_samtycke (
    id              uuid          primary key default gen_random_uuid(),
    sip_id          uuid          not null unique references sip (id),
    omfattning      varchar(2000) not null,   -- what may be shared, with whom
    givet           date          not null,
    lamnat_av       varchar(20)   not null check (lamnat_av in ('PERSONEN', 'FORETRADARE')),
    registrerat_av  varchar(100)  not null,
    aterkallat      date,
    aterkallat_av   varchar(100),
    skapad          timestamptz   not null default now(),
    check ((aterkallat is null) = (aterkallat_av is null)),
    check (aterkallat is null or aterkallat >= givet)
);

create table sip_kallelse (
    id              uuid          primary key default gen_random_uuid(),
    sip_id          uuid          not null unique references sip (id),
    skickad         date          not null,
    motesdatum      date          not null,
    plats           varchar(20)   not null check (plats in ('HEMMET', 'KOMMUNEN', 'REGIONEN', 'VIDEO')),
    kallad_av       varchar(10)   not null check (kallad_av in ('KOMMUN', 'REGION')),
    registrerad_av  varchar(100)  not null,
    skapad          timestamptz   not null default now(),
    check (motesdatum >= skickad)
);

create table sip_mote (
    id                  uuid          primary key default gen_random_uuid(),
    sip_id              uuid          not null references sip (id),
    datum               date          not null,
    deltagare           varchar(2000) not null,
    anteckning          varchar(4000) not null,
    -- the plan was not ready at this meeting: another one follows
    fler_moten          boolean       not null,
    registrerat_av      varchar(100)  not null,
    -- the region's own account of its attendance (null: not reported)
    region_narvarande   boolean,
    region_deltagare    varchar(1000),
    region_rapporterat  timestamptz,
    skapad              timestamptz   not null default now()
);
create index sip_mote_sip on sip_mote (sip_id, datum);

-- The region's part of the plan as the region reports it while the plan is drawn up; the latest row is its part.
create table sip_region_del (
    id              uuid          primary key default gen_random_uuid(),
    sip_id          uuid          not null references sip (id),
    insatser        varchar(4000) not null,
    rapporterad_av  varchar(100)  not null,
    rapporterad     timestamptz   not null default now()
);
create index sip_region_del_sip on sip_region_del (sip_id, rapporterad);

-- C52: the plan. A revision after a follow-up is a new version; the old ones stay.
create table sip_plan (
    id                  uuid          primary key default gen_random_uuid(),
    sip_id              uuid          not null references sip (id),
    version             integer       not null,
    kommunens_insatser  varchar(4000) not null,
    regionens_insatser  varchar(4000) not null,
    andras_insatser     varchar(4000),
    huvudansvar         varchar(10)   not null check (huvudansvar in ('KOMMUN', 'REGION')),
    uppfoljning         date          not null,
    upprattad           date          not null,
    upprattad_av        varchar(100)  not null,
    skapad              timestamptz   not null default now(),
    unique (sip_id, version),
    check (uppfoljning > upprattad)
);

create table sip_uppfoljning (
    id              uuid          primary key default gen_random_uuid(),
    sip_id          uuid          not null references sip (id),
    plan_id         uuid          not null references sip_plan (id),
    genomford       date          not null,
    resultat        varchar(20)   not null check (resultat in ('REVIDERA', 'AVSLUTA')),
    anteckning      varchar(4000) not null,
    registrerad_av  varchar(100)  not null,
    skapad          timestamptz   not null default now()
);
create index sip_uppfoljning_sip on sip_uppfoljning (sip_id, genomford);

-- R20, G11: the region's insatser are not in the municipality's records. The municipality knows them only as the
-- region reports them: on a SIP request, or separately (kalla REGIONEN), or as a handläggare records what the
-- region has reported (kalla HANDLAGGARE). The KPI's denominator is built from these rows and nothing else.
create table regional_insats (
    id              uuid          primary key default gen_random_uuid(),
    person_id       uuid          not null references person (id),
    region_enhet    varchar(200)  not null,
    fran            date          not null,
    till            date,         -- null: ongoing
    kalla           varchar(20)   not null check (kalla in ('REGIONEN', 'HANDLAGGARE')),
    sip_id          uuid          references sip (id),
    rapporterad_av  varchar(100)  not null,
    rapporterad     timestamptz   not null default now(),
    check (till is null or till >= fran)
);
create index regional_insats_person on regional_insats (person_id, fran);

-- The task projection (V5) learns tasks that belong to a person but to no case: a SIP the region asked for when the
-- person had no open case in the unit. Such a task is done on its own page (sida: the task's form key, e.g. /sip/{id}).
alter table uppgift alter column arende_id drop not null;
alter table uppgift alter column arendenummer drop not null;
alter table uppgift alter column arendetyp drop not null;
alter table uppgift add column sida varchar(200);
