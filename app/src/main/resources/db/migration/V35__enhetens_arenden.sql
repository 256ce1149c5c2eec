-- One unit's case stays in that unit (issue 16). The open case a new aktualisering joins is looked up in the
-- registering unit only; before, the lookup was per person and case type across units, so a registration in one
-- unit answered with another unit's case id and number and attached its text to that case. An open case is now
-- unique per person, case type and unit.
drop index arende_ett_oppet_per_person_och_typ;
create unique index arende_ett_oppet_per_person_typ_och_enhet on arende (person_id, arendetyp, enhet_kod)
    where status = 'OPPET';

-- Which unit handles which case type (handläggningsansvar). A unit with rows here takes aktualiseringar of those
-- types only; a registration of another type is refused with the names of the units that handle it, from this
-- table alone (nothing about the person). A unit with no rows takes every type, as before.
create table enhet_arendetyp (
    enhet_kod  varchar(32)  not null references enhet (kod),
    arendetyp  varchar(40)  not null,
    skapad     timestamptz  not null default now(),
    skapad_av  varchar(100) not null,
    primary key (enhet_kod, arendetyp)
);
create index enhet_arendetyp_typ on enhet_arendetyp (arendetyp);
