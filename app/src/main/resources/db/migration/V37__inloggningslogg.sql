-- Issue 16: every login, logout, failed login and lockout, by any method. Append-only: the application only inserts,
-- and the triggers below refuse an update, a delete or a truncate. The lockout of an account and the throttle of a source address are read from this table (no
-- state of their own), so every node of a cluster sees the same failures (docs/adr/0018).
create table inloggningslogg (
    id            bigint        generated always as identity primary key,
    tidpunkt      timestamptz   not null,
    -- as typed for a failure (lower-cased, trimmed, cut at 100), the account's name otherwise; for a login through the
    -- identity provider the value of the configured claim when no account matched
    anvandarnamn  varchar(100)  not null,
    handelse      varchar(20)   not null check (handelse in ('INLOGGNING', 'UTLOGGNING', 'MISSLYCKAD', 'NEKAD', 'SPARRAD',
                                                                  'UPPLAST')),
    metod         varchar(10)   not null check (metod in ('LOSENORD', 'OIDC', 'BASIC', 'ADMIN')),
    orsak         varchar(40),
    kallip        varchar(64)
);
create index inloggningslogg_anvandare on inloggningslogg (anvandarnamn, tidpunkt);
create index inloggningslogg_kallip on inloggningslogg (kallip, tidpunkt);
create index inloggningslogg_tidpunkt on inloggningslogg (tidpunkt);

create function inloggningslogg_andras_aldrig() returns trigger language plpgsql as $$
begin
    raise exception 'Inloggningsloggen: % i % raderas eller ändras aldrig', tg_op, tg_table_name
        using errcode = 'integrity_constraint_violation';
end;
$$;
create trigger inloggningslogg_andras_aldrig before update or delete on inloggningslogg
    for each row execute function inloggningslogg_andras_aldrig();
create trigger inloggningslogg_tommas_aldrig before truncate on inloggningslogg
    for each statement execute function inloggningslogg_andras_aldrig();
