-- Issue 16: every login, logout, failed login and lockout, by any method. Append-only: the application never updates
-- or deletes a row. The lockout of an account and the throttle of a source address are read from this table (no
-- state of their own), so every node of a cluster sees the same failures (docs/adr/0018).
create table inloggningslogg (
    id            bigint        generated always as identity primary key,
    tidpunkt      timestamptz   not null,
    -- as typed for a failure (lower-cased, trimmed, cut at 100), the account's name otherwise; for a login through the
    -- identity provider the value of the configured claim when no account matched
    anvandarnamn  varchar(100)  not null,
    handelse      varchar(20)   not null check (handelse in ('INLOGGNING', 'UTLOGGNING', 'MISSLYCKAD', 'NEKAD', 'SPARRAD')),
    metod         varchar(10)   not null check (metod in ('LOSENORD', 'OIDC', 'BASIC')),
    orsak         varchar(40),
    kallip        varchar(64)
);
create index inloggningslogg_anvandare on inloggningslogg (anvandarnamn, tidpunkt);
create index inloggningslogg_kallip on inloggningslogg (kallip, tidpunkt);
create index inloggningslogg_tidpunkt on inloggningslogg (tidpunkt);
