-- A handling: what a handläggare wrote in a task's form, kept as a document of the case (what was assessed,
-- on which grounds, by whom and when). Written in the same transaction that completes the task; never changed.
create table handling (
    id           uuid         primary key,
    arende_id    uuid         not null references arende (id),
    task_id      varchar(64)  not null unique,
    rubrik       varchar(300) not null,
    upprattad_av varchar(100) not null,
    upprattad    timestamptz  not null,
    innehall     jsonb        not null   -- [{"etikett": "...", "varde": "..."}] in the form's order
);
create index handling_arende on handling (arende_id, upprattad);
