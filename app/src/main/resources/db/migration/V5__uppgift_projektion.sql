-- The task lists read this projection, not the engine's variable queries (issue 3/7): one row per open user
-- task, with the business columns the lists show, kept in step with the engine's task events in the engine's
-- own transaction.
create table uppgift (
    task_id              varchar(64)  primary key,
    process_instance_id  varchar(64)  not null,
    arende_id            uuid         not null references arende (id),
    arendenummer         varchar(20)  not null,
    arendetyp            varchar(30)  not null,
    person_id            uuid         not null references person (id),
    person_namn          varchar(201) not null,
    personnummer         char(12)     not null,
    skyddad              boolean      not null,
    uppgiftstyp          varchar(100) not null,   -- the BPMN element id, e.g. Task_Utreda
    namn                 varchar(300) not null,
    enhet_kod            varchar(32)  not null references enhet (kod),
    kandidatroll         varchar(20)  not null check (kandidatroll in ('HANDLAGGARE', 'CHEF')),
    tilldelad            varchar(100),
    skapad               timestamptz  not null,
    forfaller            timestamptz,
    frist_kalla          varchar(20),
    dagberakning         varchar(30)
);
create index uppgift_enhet_forfaller on uppgift (enhet_kod, kandidatroll, forfaller nulls last);
create index uppgift_tilldelad_forfaller on uppgift (tilldelad, forfaller nulls last);

-- Seeing protected identities (skyddade personuppgifter) in lists is a separate permission (A7, C35).
alter table anvandare add column far_se_skyddade_uppgifter boolean not null default false;
