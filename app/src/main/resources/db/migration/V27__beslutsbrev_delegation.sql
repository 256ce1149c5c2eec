-- Issue 14: decisions taken on the decision page, several insatser at once, by the delegationsordning; the
-- decision letter as sent, kept byte for byte.

-- The level the delegationsordning required for the decision, and for a decision of the committee's utskott the
-- minutes' reference the chef registered it with.
alter table beslut add column beslutsniva varchar(12) check (beslutsniva in ('HANDLAGGARE', 'CHEF', 'UTSKOTT'));
alter table beslut add column utskottsprotokoll varchar(100);

-- A handläggare's proposal outside their delegation, waiting for the chef (or the utskott, registered by the chef).
-- The rows are the decision page's rows as submitted (insats, utfall, lagrum, omfattning ..., motivering): the chef
-- opens the page with them filled in. formular_id makes a double submit one proposal.
create table beslutsforslag (
    id           uuid          primary key default gen_random_uuid(),
    arende_id    uuid          not null references arende (id),
    rader        jsonb         not null,
    beslutsniva  varchar(12)   not null check (beslutsniva in ('CHEF', 'UTSKOTT')),
    lamnat       timestamptz   not null default now(),
    lamnat_av    varchar(100)  not null,
    beslutat     timestamptz,
    beslutat_av  varchar(100),
    formular_id  uuid          not null unique
);
create index beslutsforslag_arende on beslutsforslag (arende_id) where beslutat is null;

-- The decision letter as it was sent: the PDF's bytes and their SHA-256. It is opened as stored, never rendered
-- again from today's data, and never changed or deleted (the trigger), like the lex Sarah reports (V17).
-- formular_id: one letter per submitted decision page, so a double click cannot decide twice.
create table beslutsbrev (
    id           uuid          primary key default gen_random_uuid(),
    arende_id    uuid          not null references arende (id),
    pdf          bytea         not null,
    sha256       char(64)      not null,
    skapad       timestamptz   not null default now(),
    skapad_av    varchar(100)  not null,
    formular_id  uuid          not null unique
);
create index beslutsbrev_arende on beslutsbrev (arende_id);
alter table beslut add column beslutsbrev_id uuid references beslutsbrev (id);

create function beslutsbrev_andras_aldrig() returns trigger language plpgsql as $$
begin
    raise exception 'Ett beslutsbrev ändras och raderas aldrig: det är handlingen som skickades (%).', tg_op
        using errcode = 'insufficient_privilege';
end $$;
create trigger beslutsbrev_andras_aldrig before update or delete on beslutsbrev
    for each row execute function beslutsbrev_andras_aldrig();
create trigger beslutsbrev_tommas_aldrig before truncate on beslutsbrev
    for each statement execute function beslutsbrev_andras_aldrig();
