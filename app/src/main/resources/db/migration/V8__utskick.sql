-- The outbox (Spring Modulith's event publication registry, its PostgreSQL schema for version 1.4): an event
-- for a listener that runs after commit is stored here in the publishing transaction and marked complete when
-- handled; incomplete ones are retried.
create table if not exists event_publication (
    id               uuid not null,
    listener_id      text not null,
    event_type       text not null,
    serialized_event text not null,
    publication_date timestamp with time zone not null,
    completion_date  timestamp with time zone,
    primary key (id)
);
create index if not exists event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index if not exists event_publication_by_completion_date_idx on event_publication (completion_date);

-- Never the same e-mail twice: one row per event and recipient, written in the sending transaction.
create table skickad_epost (
    handelse_id  uuid          not null,
    mottagare    varchar(100)  not null,   -- the user name, not the address
    slag         varchar(20)   not null check (slag in ('PAMINNELSE', 'ESKALERING')),
    skickad      timestamptz   not null default now(),
    primary key (handelse_id, mottagare)
);
