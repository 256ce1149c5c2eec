-- Issue 18, gallring's second slice: the destruction of a confirmed run (docs/adr/0024).
--
-- After a second ADMIN has confirmed a run (V50), the due cases of each person are destroyed in one transaction per
-- person: the rows of every module, the engine's history of the cases, and the access log's personal data, which is
-- kept as pseudonymised rows so that the chain still verifies. Several tables refuse every delete, for every account
-- (the journal, the investigation's text, the decision letters, the form values, the person's history, ...). Here each
-- of them learns one exception: a delete in a transaction that the database itself has granted the case (or the
-- person) from a run two administrators confirmed. Nothing else changes: a delete without the grant is refused as
-- before, the owner's included.

-- The grants: what a confirmed run lets one transaction destroy. Only gallring_tillat and gallring_tillat_personen write
-- here (they run as the owner); the application's account may read it (docker/roller.sql). Rows are never removed: they
-- also say, in the database, which run destroyed which case and when.
create table gallringstillstand (
    transaktion  xid8          not null default pg_current_xact_id(),
    korning_id   uuid          not null references gallringskorning (id),
    person_id    uuid          not null,
    arende_id    uuid,         -- null: the person row itself and the person's own history
    beviljat     timestamptz   not null default now()
);
create index gallringstillstand_arende on gallringstillstand (arende_id, transaktion) where arende_id is not null;
create index gallringstillstand_person on gallringstillstand (person_id, transaktion) where arende_id is null;

create trigger gallringstillstand_andras_aldrig before update or delete on gallringstillstand
    for each row execute function gallring_sparas();
create trigger gallringstillstand_tommas_aldrig before truncate on gallringstillstand
    for each statement execute function gallring_sparas();

-- Grants this transaction the person's cases named, if the run is confirmed, the person has no active hold, and the run
-- found each of the cases due (every kind of record in it). Otherwise nothing is granted and the call fails.
create function gallring_tillat(korning uuid, person uuid, arenden uuid[]) returns integer
    language plpgsql security definer set search_path from current as $$
declare
    forfallna uuid[];
    saknas    uuid[];
begin
    if not exists (select 1 from gallringskorning k where k.id = korning and k.status = 'BEKRAFTAD') then
        raise exception 'Gallring: körningen % är inte bekräftad av två administratörer', korning
            using errcode = 'insufficient_privilege';
    end if;
    if exists (select 1 from gallringsstopp s where s.person_id = person and s.havt is null) then
        raise exception 'Gallring: personen % har ett gallringsstopp', person using errcode = 'insufficient_privilege';
    end if;
    select coalesce(array_agg(f.arende_id), '{}') into forfallna
      from (select g.arende_id from gallringsakt a join gallringsgrund g on g.akt_id = a.id
             where a.korning_id = korning and a.person_id = person and a.utfall in ('GALLRAS', 'DELVIS')
             group by g.arende_id having bool_and(g.forfallen)) f;
    select coalesce(array_agg(x), '{}') into saknas from unnest(arenden) x where not x = any (forfallna);
    if cardinality(saknas) > 0 then
        raise exception 'Gallring: körningen % fann inte ärendena % förfallna', korning, saknas
            using errcode = 'insufficient_privilege';
    end if;
    insert into gallringstillstand (korning_id, person_id, arende_id)
    select korning, person, x from unnest(arenden) x;
    return cardinality(arenden);
end;
$$;

-- Grants this transaction the person row and the person's own history, if the run is confirmed, the person has no active
-- hold and the run found the whole file due. (The person row itself still cannot go while anything refers to it.)
create function gallring_tillat_personen(korning uuid, person uuid) returns void
    language plpgsql security definer set search_path from current as $$
begin
    if not exists (select 1 from gallringskorning k join gallringsakt a on a.korning_id = k.id
                    where k.id = korning and k.status = 'BEKRAFTAD' and a.person_id = person and a.utfall = 'GALLRAS')
       or exists (select 1 from gallringsstopp s where s.person_id = person and s.havt is null) then
        raise exception 'Gallring: körningen % ger inte personen % att gallra', korning, person
            using errcode = 'insufficient_privilege';
    end if;
    insert into gallringstillstand (korning_id, person_id, arende_id) values (korning, person, null);
end;
$$;

create function gallring_far_radera_arende(arende uuid) returns boolean language sql stable as $$
    select arende is not null and exists (select 1 from gallringstillstand t
                                           where t.arende_id = arende and t.transaktion = pg_current_xact_id())
$$;

create function gallring_far_radera_personen(person uuid) returns boolean language sql stable as $$
    select person is not null and exists (select 1 from gallringstillstand t
                                           where t.person_id = person and t.arende_id is null
                                             and t.transaktion = pg_current_xact_id())
$$;

-- May this row of an append-only table go? Only when this transaction holds the grant for its case (or, for a person's
-- history, for the person). The case is found from the row, through its parents, which are deleted after it.
create function gallring_far_radera(tabell text, rad jsonb) returns boolean language plpgsql stable as $$
declare
    arende uuid;
begin
    case tabell
        when 'journalanteckning', 'begaran_om_avgorande', 'beslutsbrev', 'formularsvar' then
            arende := (rad ->> 'arende_id')::uuid;
        when 'journalbilaga' then
            select j.arende_id into arende from journalanteckning j where j.id = (rad ->> 'anteckning_id')::uuid;
        when 'utredningstext', 'utredningssignatur', 'kommunicering' then
            select u.arende_id into arende from utredning u where u.id = (rad ->> 'utredning_id')::uuid;
        when 'utredningsforslag' then
            select u.arende_id into arende from utredningstext t join utredning u on u.id = t.utredning_id
             where t.id = (rad ->> 'utredningstext_id')::uuid;
        when 'kommuniceringssvar' then
            select u.arende_id into arende from kommunicering k join utredning u on u.id = k.utredning_id
             where k.id = (rad ->> 'kommunicering_id')::uuid;
        when 'person_adressandring', 'person_skyddsandring' then
            return gallring_far_radera_personen((rad ->> 'person_id')::uuid);
        else
            return false;
    end case;
    return gallring_far_radera_arende(arende);
end;
$$;

-- The append-only tables' triggers, each with the one exception above and otherwise as they were.
create or replace function journal_andras_aldrig() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        if gallring_far_radera(tg_table_name, to_jsonb(old)) then
            return old;
        end if;
    end if;
    raise exception 'Journalen: % i % ändras eller raderas aldrig; en rättelse är en ny anteckning', tg_op, tg_table_name
        using errcode = 'integrity_constraint_violation';
end;
$$;

create or replace function person_historik_andras_aldrig() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        if gallring_far_radera(tg_table_name, to_jsonb(old)) then
            return old;
        end if;
    end if;
    raise exception 'Personens historik: % i % raderas eller ändras aldrig; en ändring är en ny rad', tg_op, tg_table_name
        using errcode = 'integrity_constraint_violation';
end;
$$;

create or replace function utredningstext_andras_aldrig() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        if gallring_far_radera(tg_table_name, to_jsonb(old)) then
            return old;
        end if;
    end if;
    raise exception 'Utredningen: % i % raderas eller ändras aldrig; en ny version sparas i stället', tg_op, tg_table_name
        using errcode = 'integrity_constraint_violation';
end;
$$;

create or replace function kommunicering_skrivskydd() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        if gallring_far_radera(tg_table_name, to_jsonb(old)) then
            return old;
        end if;
    end if;
    if tg_op = 'DELETE' or (new.id, new.utredning_id, new.skickad, new.satt, new.vad, new.registrerad, new.registrerad_av)
        is distinct from (old.id, old.utredning_id, old.skickad, old.satt, old.vad, old.registrerad, old.registrerad_av)
        or old.svarsfrist is not null then
        raise exception 'Utredningen: kommuniceringen % ändras aldrig', old.id
            using errcode = 'integrity_constraint_violation';
    end if;
    return new;
end;
$$;

create or replace function begaran_om_avgorande_andras_inte() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        if gallring_far_radera(tg_table_name, to_jsonb(old)) then
            return old;
        end if;
        raise exception 'En begäran om avgörande tas aldrig bort';
    end if;
    if old.utfall is not null then
        raise exception 'En besvarad begäran om avgörande ändras inte';
    end if;
    if new.id <> old.id or new.arende_id <> old.arende_id or new.inkom <> old.inkom
            or new.registrerad <> old.registrerad or new.registrerad_av <> old.registrerad_av then
        raise exception 'Registreringen av en begäran om avgörande ändras inte; bara svaret läggs till';
    end if;
    return new;
end $$;

create or replace function beslutsbrev_andras_aldrig() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        if gallring_far_radera(tg_table_name, to_jsonb(old)) then
            return old;
        end if;
    end if;
    raise exception 'Ett beslutsbrev ändras och raderas aldrig: det är handlingen som skickades (%).', tg_op
        using errcode = 'insufficient_privilege';
end $$;

create or replace function formularsvar_andras_aldrig() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        if gallring_far_radera(tg_table_name, to_jsonb(old)) then
            return old;
        end if;
    end if;
    raise exception 'formularsvar: % ändras eller raderas aldrig', tg_op using errcode = 'integrity_constraint_violation';
end;
$$;

-- The access log: a destroyed person's rows stay in the chain, pseudonymised. The person's id, in person_id and in the
-- lists' personer, becomes a pseudonym (a random id, the same on all of that person's rows, kept nowhere else), and the
-- id of a destroyed case is removed from arende_id. The row keeps its content hash (innehallshash) of what it said
-- before, so its place in the chain still holds; pseudonymiserad marks it, and pseudonymhash is the hash of what it
-- says now, so that a later change of a pseudonymised row is found as well (ADR 22, ADR 24).
alter table atkomstlogg
    add column pseudonymiserad timestamptz,
    add column pseudonymhash   bytea,
    add constraint atkomstlogg_pseudonymiserad check ((pseudonymiserad is null) = (pseudonymhash is null));

create or replace function atkomstlogg_ny_rad() returns trigger language plpgsql as $$
begin
    new.innehallshash := atkomstlogg_innehall(new);
    new.kedjeposition := null;
    new.kedjehash := null;
    new.pseudonymiserad := null;
    new.pseudonymhash := null;
    return new;
end;
$$;

-- Two updates are allowed, nothing else, whoever runs them: the sealing of an unsealed row, its content unchanged; and
-- the pseudonymisation of a row by a transaction that holds the gallring grant for what it removes (a case's id, a
-- person's id), changing nothing else and marking the row.
create or replace function atkomstlogg_skrivskydd() returns trigger language plpgsql as $$
declare
    borttagna uuid[];
begin
    if tg_op = 'UPDATE' and old.kedjeposition is null and new.kedjeposition is not null and new.kedjehash is not null
       and (new.id, new.tidpunkt, new.anvandarnamn, new.roller, new.handling, new.arende_id, new.person_id,
            new.beskrivning, new.personer, new.innehallshash, new.pseudonymiserad, new.pseudonymhash)
           is not distinct from
           (old.id, old.tidpunkt, old.anvandarnamn, old.roller, old.handling, old.arende_id, old.person_id,
            old.beskrivning, old.personer, old.innehallshash, old.pseudonymiserad, old.pseudonymhash) then
        return new; -- sealing
    end if;
    if tg_op = 'UPDATE' and new.pseudonymiserad is not null
       and (new.arende_id, new.person_id, new.personer) is distinct from (old.arende_id, old.person_id, old.personer)
       and (new.id, new.tidpunkt, new.anvandarnamn, new.roller, new.handling, new.beskrivning, new.innehallshash,
            new.kedjeposition, new.kedjehash)
           is not distinct from
           (old.id, old.tidpunkt, old.anvandarnamn, old.roller, old.handling, old.beskrivning, old.innehallshash,
            old.kedjeposition, old.kedjehash)
       and (new.arende_id is not distinct from old.arende_id
            or (new.arende_id is null and gallring_far_radera_arende(old.arende_id)))
       and (new.person_id is not distinct from old.person_id
            or (new.person_id is not null and gallring_far_radera_personen(old.person_id)))
       and cardinality(coalesce(new.personer, '{}')) = cardinality(coalesce(old.personer, '{}')) then
        select coalesce(array_agg(x), '{}') into borttagna
          from (select unnest(coalesce(old.personer, '{}')) except select unnest(coalesce(new.personer, '{}'))) b(x);
        if not exists (select 1 from unnest(borttagna) x where not gallring_far_radera_personen(x)) then
            new.pseudonymhash := atkomstlogg_innehall(new);
            return new; -- pseudonymisation
        end if;
    end if;
    raise exception 'Åtkomstloggen: % av en rad är inte tillåten; loggen ändras och raderas aldrig', tg_op
        using errcode = 'integrity_constraint_violation';
end;
$$;

-- Pseudonymises the rows about a destroyed person (pseudonym not null: the person row is gone) and the destroyed cases
-- (arenden). Runs as the owner: the application's account may call it, never update the table itself; the trigger
-- above still requires the gallring grant of the calling transaction. Returns how many rows it changed.
create function atkomstlogg_pseudonymisera(person uuid, pseudonym uuid, arenden uuid[]) returns integer
    language plpgsql security definer set search_path from current as $$
declare
    antal integer;
begin
    if pseudonym is not null and not gallring_far_radera_personen(person) then
        raise exception 'Åtkomstloggen: personen % är inte gallrad i den här transaktionen', person
            using errcode = 'insufficient_privilege';
    end if;
    if exists (select 1 from unnest(coalesce(arenden, '{}')) x where not gallring_far_radera_arende(x)) then
        raise exception 'Åtkomstloggen: ärendena % är inte gallrade i den här transaktionen', arenden
            using errcode = 'insufficient_privilege';
    end if;
    update atkomstlogg a
       set person_id = case when pseudonym is not null and a.person_id = person then pseudonym else a.person_id end,
           personer = case when pseudonym is not null then array_replace(a.personer, person, pseudonym) else a.personer end,
           arende_id = case when a.arende_id = any (coalesce(arenden, '{}')) then null else a.arende_id end,
           pseudonymiserad = now()
     where (pseudonym is not null and (a.person_id = person or a.personer @> array[person]))
        or a.arende_id = any (coalesce(arenden, '{}'));
    get diagnostics antal = row_count;
    return antal;
end;
$$;

-- The chain's check: a pseudonymised row is accepted by the content hash it had before (innehallshash, which its chain
-- hash covers) and by the hash of what it says now (pseudonymhash); an unmarked row whose content no longer gives its
-- stored hash breaks the chain, as before.
create or replace function atkomstlogg_verifiera()
    returns table (brutet_id bigint, brutet_position bigint, granskade bigint, sista_hash bytea, sista_tidpunkt timestamptz)
    language plpgsql stable as $$
declare
    rad   record;
    forra bytea := ''::bytea;
    tid   timestamptz;
    antal bigint := 0;
begin
    for rad in select a.id, a.tidpunkt, a.kedjeposition, a.innehallshash, a.kedjehash, a.pseudonymiserad, a.pseudonymhash,
                      atkomstlogg_innehall(a) as beraknad
                 from atkomstlogg a where a.kedjeposition is not null order by a.kedjeposition loop
        if rad.kedjeposition <> antal + 1
           or (rad.pseudonymiserad is null and rad.innehallshash <> rad.beraknad)
           or (rad.pseudonymiserad is not null and rad.pseudonymhash is distinct from rad.beraknad)
           or rad.kedjehash <> sha256(forra || rad.innehallshash) then
            return query select rad.id, antal + 1, antal, forra, tid;
            return;
        end if;
        antal := antal + 1;
        forra := rad.kedjehash;
        tid := rad.tidpunkt;
    end loop;
    return query select null::bigint, null::bigint, antal, forra, tid;
end;
$$;

-- What the destruction did: one row per person and attempt, written in the person's transaction (GALLRAD, BEVARAD) or,
-- when that transaction failed and was rolled back, in one of its own afterwards (MISSLYCKAD, with the reason). Per case
-- whether it was destroyed or why not, and how many rows of each kind went (per case, or for the person row and what
-- named the person outside any case). Persons and cases by id only, as the run's own rows. Kept, never changed.
create table gallringsforstoring (
    id                  uuid           primary key,
    korning_id          uuid           not null references gallringskorning (id),
    person_id           uuid           not null,
    -- GALLRAD: at least one case destroyed; BEVARAD: none after all (each case's reason below); MISSLYCKAD: rolled back
    utfall              varchar(12)    not null check (utfall in ('GALLRAD', 'BEVARAD', 'MISSLYCKAD')),
    personen_gallrad    boolean        not null,   -- the person row itself went (no case and nothing else left)
    loggrader           integer        not null check (loggrader >= 0),   -- access-log rows pseudonymised
    -- why it failed (a code, e.g. PROCESS_PAGAR, OVANTAT_FEL), or why the person row stays (ARENDEN_KVAR, LEX_SARAH, SIP)
    orsak               varchar(40),
    detalj              varchar(1000), -- the failure's detail: ids and the database's or engine's message, never a name
    startad             timestamptz    not null,
    klar                timestamptz    not null,
    check (utfall <> 'MISSLYCKAD' or (orsak is not null and not personen_gallrad and loggrader = 0)),
    check (not personen_gallrad or orsak is null)
);
create index gallringsforstoring_korning on gallringsforstoring (korning_id, person_id, klar);

create table gallringsforstoring_arende (
    forstoring_id  uuid           not null references gallringsforstoring (id),
    arende_id      uuid           not null,
    arendenummer   varchar(30)    not null,
    gallrat        boolean        not null,
    -- why a case the run found due was kept at the destruction (a code: ARENDET_I_BRUK, GALLRINGSSTOPP,
    -- INTE_LANGRE_FORFALLET, FINNS_INTE)
    orsak          varchar(40),
    primary key (forstoring_id, arende_id),
    check (gallrat = (orsak is null))
);

create table gallringsforstoring_rad (
    forstoring_id  uuid           not null references gallringsforstoring (id),
    arende_id      uuid,          -- null: the person row and what named the person outside any case
    slag           varchar(60)    not null,   -- the kind of row, e.g. journalanteckning, motor.processinstans
    antal          integer        not null check (antal > 0)
);
create index gallringsforstoring_rad_forstoring on gallringsforstoring_rad (forstoring_id);

create trigger gallringsforstoring_andras_aldrig before update or delete on gallringsforstoring
    for each row execute function gallring_sparas();
create trigger gallringsforstoring_tommas_aldrig before truncate on gallringsforstoring
    for each statement execute function gallring_sparas();
create trigger gallringsforstoring_arende_andras_aldrig before update or delete on gallringsforstoring_arende
    for each row execute function gallring_sparas();
create trigger gallringsforstoring_arende_tommas_aldrig before truncate on gallringsforstoring_arende
    for each statement execute function gallring_sparas();
create trigger gallringsforstoring_rad_andras_aldrig before update or delete on gallringsforstoring_rad
    for each row execute function gallring_sparas();
create trigger gallringsforstoring_rad_tommas_aldrig before truncate on gallringsforstoring_rad
    for each statement execute function gallring_sparas();

-- IVO's pseudonym outlives the person: it stays reserved so that IVO never receives the same number for another person
-- (ADR 10), and after a destruction it names no one (the ivo module gives the row a random id in the same transaction).
alter table ivo_pseudonym drop constraint if exists ivo_pseudonym_person_id_fkey;

-- Only the owner writes the grants: whatever an earlier grant or default privilege gave another account
-- (docker/roller.sql gives the application's account DML on every table), it keeps select here.
do $$
declare
    konto record;
begin
    for konto in select distinct grantee from information_schema.role_table_grants
                  where table_name = 'gallringstillstand' and privilege_type in ('INSERT', 'UPDATE', 'DELETE', 'TRUNCATE')
                    and grantee <> current_user loop
        if konto.grantee = 'PUBLIC' then
            revoke insert, update, delete, truncate on gallringstillstand from public;
        else
            execute format('revoke insert, update, delete, truncate on gallringstillstand from %I', konto.grantee);
        end if;
    end loop;
end;
$$;
