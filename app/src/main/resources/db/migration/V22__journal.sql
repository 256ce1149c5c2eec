-- The journal of a case (dokumentation): SoL 2025:400 14 kap. 3–7 §§, LSS 21 a §, SOSFS 2014:5 (issue 14).
-- A note is written and signed in one step. A signed note is never changed or deleted (DESIGN decision 13):
-- a correction is a new note that names the one it corrects (rattar).
create table journalanteckning (
    id                uuid          primary key default gen_random_uuid(),
    arende_id         uuid          not null references arende (id),
    handelsedatum     date          not null,                 -- when the event happened, not when it was written
    slag              varchar(20)   not null check (slag in ('SAMTAL', 'HEMBESOK', 'TELEFON', 'MOTE',
                                                            'INKOMMEN_HANDLING', 'UTGAENDE_HANDLING')),
    text              text          not null check (length(btrim(text)) between 1 and 20000),
    forfattare        varchar(100)  not null references anvandare (anvandarnamn),
    signerad          timestamptz   not null,
    rattar            uuid          references journalanteckning (id),
    -- the hidden token of the form the note was written in: a second submit of the same form (a double click)
    -- finds its note instead of writing another
    idempotensnyckel  uuid          not null unique,
    check (rattar is distinct from id)
);
create index journalanteckning_arende on journalanteckning (arende_id, handelsedatum, signerad);
create index journalanteckning_rattar on journalanteckning (rattar) where rattar is not null;

-- An attachment, stored with its note: the bytes as received, the type detected from the content.
create table journalbilaga (
    id             uuid          primary key default gen_random_uuid(),
    anteckning_id  uuid          not null references journalanteckning (id),
    ordning        int           not null check (ordning >= 0),
    filnamn        varchar(255)  not null check (length(filnamn) > 0),
    innehallstyp   varchar(100)  not null,
    storlek        bigint        not null check (storlek > 0),
    sha256         char(64)      not null check (sha256 ~ '^[0-9a-f]{64}$'),
    innehall       bytea         not null,
    check (octet_length(innehall) = storlek),
    unique (anteckning_id, ordning)
);

create function journal_andras_aldrig() returns trigger language plpgsql as $$
begin
    raise exception 'Journalen: % i % ändras eller raderas aldrig; en rättelse är en ny anteckning', tg_op, tg_table_name
        using errcode = 'integrity_constraint_violation';
end;
$$;

create trigger journalanteckning_andras_aldrig before update or delete on journalanteckning
    for each row execute function journal_andras_aldrig();
create trigger journalanteckning_tommas_aldrig before truncate on journalanteckning
    for each statement execute function journal_andras_aldrig();
create trigger journalbilaga_andras_aldrig before update or delete on journalbilaga
    for each row execute function journal_andras_aldrig();
create trigger journalbilaga_tommas_aldrig before truncate on journalbilaga
    for each statement execute function journal_andras_aldrig();
