-- Issue 17, children: a child's placement as a kind of decision with its own record, and the three clocks of a child's
-- case after the decision (law-and-peers.md C1 items 3, 11, 12; seed requirement R11).

-- LVU (1990:52) as a law a decision may rest on: a placement under LVU is the nämnd's decision under 11 § LVU on where
-- the young person stays, not bistånd under SoL. LVU has no chapters, as LSS.
do $$
declare
    c record;
begin
    for c in select conname from pg_constraint
              where conrelid = 'beslut'::regclass and contype = 'c'
                and pg_get_constraintdef(oid) ~ '\m(lag|lagversion)\M'
    loop
        execute format('alter table beslut drop constraint %I', c.conname);
    end loop;
end
$$;
alter table beslut add constraint beslut_lag_check check (lag in ('SOL', 'LSS', 'LVU'));
alter table beslut add constraint beslut_lagversion_check
    check (lagversion in ('2001:453', '2025:400', '1993:387', '1990:52'));
alter table beslut add constraint beslut_lss_version check ((lag = 'LSS') = (lagversion = '1993:387'));
alter table beslut add constraint beslut_lvu_version check ((lag = 'LVU') = (lagversion = '1990:52'));
alter table beslut add constraint beslut_sol_kapitel check ((lag = 'SOL') = (kapitel is not null));

-- The placement a favourable placement decision made (R11: the form, where, from when, under which law; its end).
-- One per decision. Ending it is the one change the row takes; a second end is refused by the use case.
create table placering (
    id                  uuid          primary key default gen_random_uuid(),
    beslut_id           uuid          not null unique references beslut (id),
    arende_id           uuid          not null references arende (id),
    placeringsform      varchar(30)   not null check (placeringsform in ('FAMILJEHEM', 'KONSULENTSTOTT_FAMILJEHEM',
                            'HVB', 'STODBOENDE')),
    plats               varchar(200)  not null,   -- the home or institution, as the unit names it
    lag                 varchar(10)   not null check (lag in ('SOL', 'LVU')),
    placerad_fran       date          not null,
    avslutad            date,
    avslutsorsak        varchar(30)   check (avslutsorsak in ('HEMFLYTT', 'ANNAN_PLACERING', 'VARDEN_UPPHORT',
                            'MYNDIG', 'FLYTT_TILL_ANNAN_KOMMUN', 'ANNAN')),
    avslutsorsak_text   varchar(500),
    avslutad_av         varchar(100),
    avslut_registrerat  timestamptz,
    skapad              timestamptz   not null default now(),
    skapad_av           varchar(100)  not null,
    check ((avslutad is null) = (avslutsorsak is null)),
    check ((avslutad is null) = (avslutad_av is null)),
    check (avslutad is null or avslutad >= placerad_fran),
    check (avslutsorsak is distinct from 'ANNAN' or avslutsorsak_text is not null)
);
create index placering_arende on placering (arende_id);

-- Each review of a placement (22 kap. 13 §: at least every six months); the next is due six months after the latest.
create table placeringsovervagande (
    id              uuid          primary key default gen_random_uuid(),
    placering_id    uuid          not null references placering (id),
    datum           date          not null,
    fortsatt        boolean       not null,   -- the care is still needed in its present form
    registrerat     timestamptz   not null default clock_timestamp(),
    registrerat_av  varchar(100)  not null
);
create index placeringsovervagande_placering on placeringsovervagande (placering_id, datum);

-- A reporter's request for information about the decision to open an investigation or not (19 kap. 6 §, from
-- 2026-01-15): registered on the case page, given within a week of the decision, or at once when asked later.
create table anmalarinformation (
    id                  uuid          primary key default gen_random_uuid(),
    arende_id           uuid          not null references arende (id),
    aktualisering_id    uuid          not null references aktualisering (id),
    begaran_inkom       date          not null,
    sen_begaran         boolean       not null,   -- asked more than a week after the decision: answered at once
    frist_start         date          not null,   -- the decision's day, or the request's day
    lamnad              date,
    satt                varchar(20)   check (satt in ('TELEFON', 'BREV', 'DIGITALT', 'MOTE')),
    registrerad         timestamptz   not null default now(),
    registrerad_av      varchar(100)  not null,
    lamnad_av           varchar(100),
    check ((lamnad is null) = (satt is null)),
    check ((lamnad is null) = (lamnad_av is null)),
    check (lamnad is null or lamnad >= begaran_inkom)
);
create index anmalarinformation_arende on anmalarinformation (arende_id);

-- The follow-up of a child after an investigation ended without insats, or after a placement ended (23 kap. 1–5 §§):
-- ended at the latest six months after the investigation or placement ended. After a placement under LVU it is a
-- duty (prop. 2021/22:178); otherwise the nämnd may decide on it, so it can end as "not for this child" with a reason.
create table barnuppfoljning (
    id              uuid          primary key default gen_random_uuid(),
    arende_id       uuid          not null references arende (id),
    grund           varchar(30)   not null check (grund in ('EFTER_UTREDNING', 'EFTER_PLACERING')),
    placering_id    uuid          references placering (id),
    skyldighet      boolean       not null,   -- after LVU care: the follow-up must be made
    start           date          not null,   -- the day the investigation or placement ended
    avslutad        date,
    utfall          varchar(20)   check (utfall in ('GENOMFORD', 'INTE_AKTUELL')),
    motivering      varchar(2000),
    avslutad_av     varchar(100),
    skapad          timestamptz   not null default now(),
    check ((grund = 'EFTER_PLACERING') = (placering_id is not null)),
    check ((avslutad is null) = (utfall is null)),
    check ((avslutad is null) = (avslutad_av is null)),
    check (avslutad is null or avslutad >= start),
    check (utfall is distinct from 'INTE_AKTUELL' or not skyldighet),
    check (utfall is null or motivering is not null)
);
create index barnuppfoljning_arende on barnuppfoljning (arende_id);
create unique index barnuppfoljning_en_per_placering on barnuppfoljning (placering_id) where placering_id is not null;
