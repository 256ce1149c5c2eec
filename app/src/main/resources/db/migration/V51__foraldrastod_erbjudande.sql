-- Issue 17, R10 (seed 001@c20445, T09): every placement of a child outside the home gives the parents an offer of a
-- support contact ("kontakt i föräldrastödjande syfte") within a week of the placement; KPI: share completed in time,
-- target 100 %. The duty behind it: SoL (2025:400) 22 kap. 10 § (the nämnd gives the custodians and parents the advice,
-- support and other help they need while the child is cared for outside the home); the week is the local target.
-- One row per placement, written by processes/barnplacering.bpmn with the deadline from the table barnfrister
-- (FORALDRASTOD), completed on the case's children page. The barn module's own table: the indicator reads it through
-- that module's API (barn.ForaldrastodErbjudanden), not here.
create table foraldrastod_erbjudande (
    id              uuid          primary key default gen_random_uuid(),
    placering_id    uuid          not null unique references placering (id),
    arende_id       uuid          not null references arende (id),
    enhet_kod       varchar(32)   not null references enhet (kod),  -- the case's unit (a case never changes unit)
    frist           date          not null,   -- the last day, from the table barnfrister
    utfall          varchar(30)   check (utfall in ('ERBJUDET_ACCEPTERAT', 'ERBJUDET_AVBOJT', 'FORALDRARNA_NADDES_INTE',
                                                    'STOD_FINNS_REDAN')),
    datum           date,         -- the day it was offered, or found not possible or not needed
    registrerad     timestamptz,  -- when the task was completed: "in time" counts by its Swedish day
    registrerad_av  varchar(100),
    bortfallen      date,         -- the placement ended (its last day) before anything was recorded: nothing more is due
    skapad          timestamptz   not null default now(),
    check ((utfall is null) = (datum is null)),
    check ((utfall is null) = (registrerad is null)),
    check ((utfall is null) = (registrerad_av is null)),
    check (utfall is null or bortfallen is null)
);
create index foraldrastod_erbjudande_arende on foraldrastod_erbjudande (arende_id);
create index foraldrastod_erbjudande_frist on foraldrastod_erbjudande (enhet_kod, frist);
