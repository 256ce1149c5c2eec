-- Issue 17, the handläggare after the decision: the LSS individuell plan (LSS 10 §, R21, C1 item 10) and the avslut of
-- an insats (the decision ends: the person moved, died, declined, the need is gone, the period ended).

-- R21: how the person was told of the right to an individuell plan (LSS 10 §) when an LSS insats was granted. The decision
-- page requires it for every favourable LSS decision; the JSON API accepts it (null: not given through the API).
alter table beslut add column individuell_plan_information varchar(30)
    check (individuell_plan_information in ('MUNTLIGT', 'SKRIFTLIGT', 'MUNTLIGT_OCH_SKRIFTLIGT'));
alter table beslut add constraint beslut_individuell_plan_lss check (individuell_plan_information is null or lag = 'LSS');

-- The person's request for an individuell plan of an LSS decision, and the plan's life: drawn up, reviewed at least
-- once a year (LSS 10 §), ended when the person declines or withdraws. One plan at a time per decision.
create table individuell_plan (
    id              uuid          primary key default gen_random_uuid(),
    beslut_id       uuid          not null references beslut (id),
    begard          date          not null,
    upprattad       date,
    avslutad        date,
    avslutsorsak    varchar(20)   check (avslutsorsak in ('AVBOJD', 'ATERKALLAD')),
    skapad          timestamptz   not null default now(),
    skapad_av       varchar(100)  not null,
    avslutad_av     varchar(100),
    check ((avslutad is null) = (avslutsorsak is null)),
    check (upprattad is null or upprattad >= begard),
    check (avslutad is null or avslutad >= begard)
);
create unique index individuell_plan_pagaende on individuell_plan (beslut_id) where avslutad is null;

-- Each review of a plan, as its own row (a correction adds a row, DESIGN).
create table individuell_plan_omprovning (
    id              uuid          primary key default gen_random_uuid(),
    plan_id         uuid          not null references individuell_plan (id),
    datum           date          not null,
    registrerad     timestamptz   not null default clock_timestamp(),
    registrerad_av  varchar(100)  not null
);
create index individuell_plan_omprovning_plan on individuell_plan_omprovning (plan_id, datum);

-- The avslut of an insats: the decision ends on the day, for the reason. Once per decision.
create table insatsavslut (
    beslut_id       uuid          primary key references beslut (id),
    datum           date          not null,
    orsak           varchar(30)   not null check (orsak in ('FLYTTAT', 'AVLIDEN', 'AVBOJT', 'BEHOVET_UPPHORT',
                        'PERIODEN_SLUT', 'NYTT_BESLUT')),
    registrerad     timestamptz   not null default now(),
    registrerad_av  varchar(100)  not null
);

-- The provider's order ends with the insats: why, as the provider sees it on /bestallningar/{id}.
alter table bestallning add column avslutsorsak varchar(30)
    check (avslutsorsak in ('FLYTTAT', 'AVLIDEN', 'AVBOJT', 'BEHOVET_UPPHORT', 'PERIODEN_SLUT', 'NYTT_BESLUT'));
