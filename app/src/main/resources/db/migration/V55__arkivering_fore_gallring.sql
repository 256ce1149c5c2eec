-- Issue 18, archive before destruction wired into gallring (docs/adr/0024, docs/adr/0025): a confirmed run's destruction
-- delivers the files the run kept only because of the research exemption (the table gallring's research rows,
-- FORSKNING_SOL and FORSKNING_LSS) to the e-archive, once, and its report says so per person.

-- Whether a run delivers its research files: every run proposed from now on. A run proposed before (false) delivers
-- nothing, and its report waits for nothing: those files come up again in the next run, which delivers them. Adding the
-- column changes no row (the table's triggers refuse any other change).
alter table gallringskorning add column arkiverar boolean not null default false;
alter table gallringskorning alter column arkiverar set default true;

-- As V50's, with the new column among what a decision never changes.
create or replace function gallringskorning_beslut() returns trigger language plpgsql as $$
begin
    if old.status in ('FORESLAGEN', 'GODKAND')
       and (new.id, new.korningsdag, new.skapad, new.skapad_av, new.regelversion, new.granskade, new.forfallna, new.undantagna,
            new.arkiverar)
           is not distinct from
           (old.id, old.korningsdag, old.skapad, old.skapad_av, old.regelversion, old.granskade, old.forfallna, old.undantagna,
            old.arkiverar)
       and (old.godkand is null or (new.godkand, new.godkand_av) is not distinct from (old.godkand, old.godkand_av)) then
        return new;
    end if;
    raise exception 'Gallring: körningen % är avgjord (%) eller ändras i sådant som inte får ändras', old.id, old.status
        using errcode = 'integrity_constraint_violation';
end;
$$;

-- Which cases each delivery held, so that a case already delivered (by an earlier run or on demand) is not delivered
-- again. Null for the deliveries made before this migration: what they held is in their packages only. The table still
-- refuses every change of a row (V53); adding the column changes no row.
alter table arkivleverans add column arenden uuid[] check (arenden is null or cardinality(arenden) > 0);
create index arkivleverans_arenden on arkivleverans using gin (arenden);

-- An attempt of the destruction that delivered the person's research-kept cases: the delivery's package, its SHA-256
-- and when (as in arkivleverans, copied so that the report stands on its own). All three or none; never for a failed
-- attempt, whose delivery was rolled back with it.
alter table gallringsforstoring
    add column arkiv_paket_id   varchar(60),
    add column arkiv_sha256     char(64),
    add column arkiv_levererad  timestamptz,
    add constraint gallringsforstoring_arkiv check (
        (arkiv_paket_id is null) = (arkiv_sha256 is null) and (arkiv_paket_id is null) = (arkiv_levererad is null)
        and (utfall <> 'MISSLYCKAD' or arkiv_paket_id is null));

-- The cases the run kept only because of the research exemption, per attempt: delivered, or why not (a code:
-- REDAN_LEVERERAD, GALLRINGSSTOPP, ARENDET_I_BRUK, INTE_LANGRE_FORSKNING, FINNS_INTE). Kept, never changed.
create table gallringsforstoring_arkiv (
    forstoring_id  uuid           not null references gallringsforstoring (id),
    arende_id      uuid           not null,
    arendenummer   varchar(30)    not null,
    levererat      boolean        not null,
    orsak          varchar(40),
    primary key (forstoring_id, arende_id),
    check (levererat = (orsak is null))
);

create trigger gallringsforstoring_arkiv_andras_aldrig before update or delete on gallringsforstoring_arkiv
    for each row execute function gallring_sparas();
create trigger gallringsforstoring_arkiv_tommas_aldrig before truncate on gallringsforstoring_arkiv
    for each statement execute function gallring_sparas();
