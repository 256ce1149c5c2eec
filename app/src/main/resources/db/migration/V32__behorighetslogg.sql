-- Every change of an account or a unit, by whom, when, what and why (issue 16). Append-only: the application only
-- inserts, and the triggers below refuse an update, a delete or a truncate.
create table behorighetslogg (
    id            bigint        generated always as identity primary key,
    tidpunkt      timestamptz   not null default now(),
    utford_av     varchar(100)  not null,
    kanal         varchar(10)   not null check (kanal in ('SIDA', 'API', 'SYSTEM')),
    handelse      varchar(30)   not null check (handelse in ('KONTO_SKAPAT', 'ROLL_GIVEN', 'ROLL_TAGEN',
                                     'KONTO_INAKTIVERAT', 'KONTO_AKTIVERAT', 'ENHET_SKAPAD', 'ENHET_NYTT_NAMN',
                                     'ENHET_INAKTIVERAD', 'ENHET_AKTIVERAD')),
    anvandarnamn  varchar(100)  references anvandare (anvandarnamn),
    enhet_kod     varchar(32)   references enhet (kod),
    roll          varchar(20),
    -- what changed beside the above, e.g. the unit's old and new name
    uppgift       varchar(400),
    orsak         varchar(1000) not null check (length(btrim(orsak)) > 0),
    check (anvandarnamn is not null or enhet_kod is not null)
);
create index behorighetslogg_anvandare on behorighetslogg (anvandarnamn, tidpunkt);
create index behorighetslogg_enhet on behorighetslogg (enhet_kod, tidpunkt);

create function behorighetslogg_andras_aldrig() returns trigger language plpgsql as $$
begin
    raise exception 'Behörighetsloggen: % i % raderas eller ändras aldrig', tg_op, tg_table_name
        using errcode = 'integrity_constraint_violation';
end;
$$;
create trigger behorighetslogg_andras_aldrig before update or delete on behorighetslogg
    for each row execute function behorighetslogg_andras_aldrig();
create trigger behorighetslogg_tommas_aldrig before truncate on behorighetslogg
    for each statement execute function behorighetslogg_andras_aldrig();
