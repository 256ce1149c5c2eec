-- C55, A7: every read of a case or a person's data, by any user, is logged (the engine logs only writes).
-- Append-only: the application never updates or deletes a row.
create table atkomstlogg (
    id            bigint        generated always as identity primary key,
    tidpunkt      timestamptz   not null default now(),
    anvandarnamn  varchar(100)  not null,
    roller        varchar(400)  not null,   -- the user's roles per unit at the time, e.g. "LSS:HANDLAGGARE VUX:HANDLAGGARE"
    handling      varchar(20)   not null check (handling in ('LAS', 'SOK', 'EXPORT', 'SKRIV')),
    arende_id     uuid,
    person_id     uuid,
    beskrivning   varchar(200)  not null
);
create index atkomstlogg_person on atkomstlogg (person_id, tidpunkt);
create index atkomstlogg_anvandare on atkomstlogg (anvandarnamn, tidpunkt);
create index atkomstlogg_arende on atkomstlogg (arende_id, tidpunkt);
