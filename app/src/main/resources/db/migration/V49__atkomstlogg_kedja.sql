-- Issue 18: the access log is append-only where it is stored and tamper-evident.
--
-- Every row gets, on insert, a SHA-256 of its own content (innehallshash, computed here by the database, whatever the
-- inserting code sends). A sealing step, run every few seconds by the application, gives the rows that are committed
-- and not yet sealed the next positions of one chain (kedjeposition) and the hash of the previous row's chain hash
-- and their content (kedjehash). Positions follow the order of sealing, not of ids: a transaction that commits late
-- is sealed when it is visible, never skipped. A changed, removed or inserted-in-between row breaks the chain from
-- that position on, and atkomstlogg_verifiera names the first broken row; the day's last chain hash is written to
-- the application's log, so that a copy outside the database can prove even a rewrite of the whole chain.
--
-- Nobody updates or deletes a row (the triggers below refuse it, even the table's owner); the only update allowed
-- is the sealing of a row not yet sealed, content unchanged. In production the application's own database account
-- may only insert and read the table (docker/roller.sql); sealing runs through atkomstlogg_forsegla, which runs as
-- the owner.

-- A list, report or search shows many persons in one answer: one row for the request names them all (issue 18).
-- A denied attempt on an object is on record as well (NEKAD).
alter table atkomstlogg drop constraint atkomstlogg_handling_check;
alter table atkomstlogg add constraint atkomstlogg_handling_check
    check (handling in ('LAS', 'SOK', 'EXPORT', 'SKRIV', 'NEKAD'));
alter table atkomstlogg
    add column personer      uuid[],
    add column innehallshash bytea,
    add column kedjeposition bigint unique,
    add column kedjehash     bytea;

-- The content in one canonical text: the fields separated by the unit separator, time in UTC to the microsecond.
create function atkomstlogg_innehall(rad atkomstlogg) returns bytea language sql immutable as $$
    select sha256(convert_to(concat_ws(chr(31), rad.id::text,
            to_char(rad.tidpunkt at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), rad.anvandarnamn, rad.roller,
            rad.handling, coalesce(rad.arende_id::text, '-'), coalesce(rad.person_id::text, '-'), rad.beskrivning,
            coalesce(array_to_string(rad.personer, ','), '-')), 'UTF8'))
$$;

update atkomstlogg set innehallshash = atkomstlogg_innehall(atkomstlogg);
alter table atkomstlogg alter column innehallshash set not null;
create index atkomstlogg_oforseglade on atkomstlogg (id) where kedjeposition is null;
create index atkomstlogg_personer on atkomstlogg using gin (personer);

create function atkomstlogg_ny_rad() returns trigger language plpgsql as $$
begin
    new.innehallshash := atkomstlogg_innehall(new);
    new.kedjeposition := null;
    new.kedjehash := null;
    return new;
end;
$$;

create function atkomstlogg_skrivskydd() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and old.kedjeposition is null and new.kedjeposition is not null and new.kedjehash is not null
       and (new.id, new.tidpunkt, new.anvandarnamn, new.roller, new.handling, new.arende_id, new.person_id,
            new.beskrivning, new.personer, new.innehallshash)
           is not distinct from
           (old.id, old.tidpunkt, old.anvandarnamn, old.roller, old.handling, old.arende_id, old.person_id,
            old.beskrivning, old.personer, old.innehallshash) then
        return new; -- sealing
    end if;
    raise exception 'Åtkomstloggen: % av en rad är inte tillåten; loggen ändras och raderas aldrig', tg_op
        using errcode = 'integrity_constraint_violation';
end;
$$;

create trigger atkomstlogg_ny_rad before insert on atkomstlogg for each row execute function atkomstlogg_ny_rad();
create trigger atkomstlogg_andras_aldrig before update or delete on atkomstlogg
    for each row execute function atkomstlogg_skrivskydd();
create trigger atkomstlogg_tommas_aldrig before truncate on atkomstlogg
    for each statement execute function atkomstlogg_skrivskydd();

-- Seals at most `hogst` rows (all when null), oldest id first; one sealer at a time across nodes. Returns how many.
create function atkomstlogg_forsegla(hogst integer) returns integer language plpgsql security definer
    set search_path from current as $$
declare
    pos      bigint;
    forra    bytea;
    rad      record;
    antal    integer := 0;
begin
    perform pg_advisory_xact_lock(hashtext('atkomstlogg:kedja'));
    select kedjeposition, kedjehash into pos, forra from atkomstlogg
     where kedjeposition is not null order by kedjeposition desc limit 1;
    pos := coalesce(pos, 0);
    forra := coalesce(forra, ''::bytea);
    for rad in select id, innehallshash from atkomstlogg where kedjeposition is null order by id limit hogst loop
        pos := pos + 1;
        forra := sha256(forra || rad.innehallshash);
        update atkomstlogg set kedjeposition = pos, kedjehash = forra where id = rad.id;
        antal := antal + 1;
    end loop;
    return antal;
end;
$$;

-- Walks the chain in order: the first row whose position, content or chain hash does not follow (null when whole),
-- how many rows were checked and the last chain hash that held.
create function atkomstlogg_verifiera()
    returns table (brutet_id bigint, brutet_position bigint, granskade bigint, sista_hash bytea, sista_tidpunkt timestamptz)
    language plpgsql stable as $$
declare
    rad   record;
    forra bytea := ''::bytea;
    tid   timestamptz;
    antal bigint := 0;
begin
    for rad in select a.id, a.tidpunkt, a.kedjeposition, a.innehallshash, a.kedjehash, atkomstlogg_innehall(a) as beraknad
                 from atkomstlogg a where a.kedjeposition is not null order by a.kedjeposition loop
        if rad.kedjeposition <> antal + 1 or rad.innehallshash <> rad.beraknad
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

select atkomstlogg_forsegla(null);

-- Only the owner may change the table's rows at all (and the triggers refuse even the owner): whatever an earlier
-- grant or default privilege gave another account (docker/roller.sql gives the application's account DML on every
-- table), it keeps insert and select here.
do $$
declare
    konto record;
begin
    for konto in select distinct grantee from information_schema.role_table_grants
                  where table_name = 'atkomstlogg' and privilege_type in ('UPDATE', 'DELETE', 'TRUNCATE')
                    and grantee <> current_user loop
        if konto.grantee = 'PUBLIC' then
            revoke update, delete, truncate on atkomstlogg from public;
        else
            execute format('revoke update, delete, truncate on atkomstlogg from %I', konto.grantee);
        end if;
    end loop;
end;
$$;
