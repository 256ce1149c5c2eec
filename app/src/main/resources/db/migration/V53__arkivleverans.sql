-- Issue 18, archive before destruction: every delivery of a person's file to the municipality's e-archive, one E-ARK
-- SIP (a ZIP) in the outbox the archive collects from (docs/adr/0025). The row is the evidence that the file went to the
-- archive before it was destroyed; it holds what was delivered, never the content.
--
-- Nothing here is ever changed or deleted, by anyone (the owner included, as the access log since V49 and the gallring
-- report since V50). The person is named by id only, without a foreign key, so that the destruction of the person's
-- file after the delivery leaves the row standing and names no one.
create table arkivleverans (
    id                  uuid           primary key,
    person_id           uuid           not null,
    paket_id            varchar(60)    not null unique,   -- the package's OBJID (METS) and the ZIP's root folder
    filnamn             varchar(200)   not null unique,   -- the ZIP's name in the outbox
    sha256              char(64)       not null check (sha256 ~ '^[0-9a-f]{64}$'),
    storlek             bigint         not null check (storlek > 0),
    antal_arenden       integer        not null check (antal_arenden > 0),
    antal_beslut        integer        not null check (antal_beslut >= 0),
    antal_brev          integer        not null check (antal_brev >= 0),
    antal_brev_pdfa     integer        not null check (antal_brev_pdfa >= 0 and antal_brev_pdfa <= antal_brev),
    antal_anteckningar  integer        not null check (antal_anteckningar >= 0),
    antal_bilagor       integer        not null check (antal_bilagor >= 0),
    antal_historikrader integer        not null check (antal_historikrader >= 0),
    antal_filer         integer        not null check (antal_filer > 0),
    skal                varchar(1000)  check (skal is null or length(btrim(skal)) > 0),  -- an ADMIN's delivery on demand
    levererad_av        varchar(100)   not null,          -- the user, or SYSTEM for the gallring run
    levererad           timestamptz    not null
);
create index arkivleverans_levererad on arkivleverans (levererad desc);
create index arkivleverans_person on arkivleverans (person_id);

create function arkivleverans_sparas() returns trigger language plpgsql as $$
begin
    raise exception 'Arkivleverans: % i % är inte tillåten; en leverans till e-arkivet ändras och raderas aldrig', tg_op, tg_table_name
        using errcode = 'integrity_constraint_violation';
end;
$$;

create trigger arkivleverans_andras_aldrig before update or delete on arkivleverans
    for each row execute function arkivleverans_sparas();
create trigger arkivleverans_tommas_aldrig before truncate on arkivleverans
    for each statement execute function arkivleverans_sparas();
