-- Issue 14: the person's postal address (the decision letter is sent to it), and the history of every change of the
-- address and of the protection level (skyddade personuppgifter): who, when, from what, to what, and for the
-- protection why. The history tables are append-only: the database refuses to change or delete a row (as V17 does
-- for lex Sarah), so the record of who changed a protected identity cannot be rewritten.

-- The address in use: one per person, changed in place; its history is person_adressandring.
create table person_adress (
    person_id   uuid          primary key references person (id),
    co          varchar(100),
    gatuadress  varchar(100)  not null check (length(btrim(gatuadress)) > 0),
    postnummer  char(5)       not null check (postnummer ~ '^[1-9][0-9]{4}$'),   -- shown as "123 45"
    postort     varchar(60)   not null check (length(btrim(postort)) > 0),
    andrad      timestamptz   not null,
    andrad_av   varchar(100)  not null
);

create table person_adressandring (
    id               bigint        generated always as identity primary key,
    person_id        uuid          not null references person (id),
    tidpunkt         timestamptz   not null,
    andrad_av        varchar(100)  not null,
    -- the address before (all null: there was none) and after
    fran_co          varchar(100),
    fran_gatuadress  varchar(100),
    fran_postnummer  char(5),
    fran_postort     varchar(60),
    till_co          varchar(100),
    till_gatuadress  varchar(100)  not null,
    till_postnummer  char(5)       not null,
    till_postort     varchar(60)   not null
);
create index person_adressandring_person on person_adressandring (person_id, id);

create table person_skyddsandring (
    id          bigint         generated always as identity primary key,
    person_id   uuid           not null references person (id),
    tidpunkt    timestamptz    not null,
    andrad_av   varchar(100)   not null,
    fran        varchar(30)    not null
        check (fran in ('INGEN', 'SEKRETESSMARKERING', 'SKYDDAD_FOLKBOKFORING', 'FINGERADE_PERSONUPPGIFTER')),
    till        varchar(30)    not null
        check (till in ('INGEN', 'SEKRETESSMARKERING', 'SKYDDAD_FOLKBOKFORING', 'FINGERADE_PERSONUPPGIFTER')),
    skal        varchar(1000)  not null check (length(btrim(skal)) > 0),
    check (fran <> till)
);
create index person_skyddsandring_person on person_skyddsandring (person_id, id);

create function person_historik_andras_aldrig() returns trigger language plpgsql as $$
begin
    raise exception 'Personens historik: % i % raderas eller ändras aldrig; en ändring är en ny rad', tg_op, tg_table_name
        using errcode = 'integrity_constraint_violation';
end;
$$;

create trigger person_adressandring_andras_aldrig before update or delete on person_adressandring
    for each row execute function person_historik_andras_aldrig();
create trigger person_adressandring_tommas_aldrig before truncate on person_adressandring
    for each statement execute function person_historik_andras_aldrig();
create trigger person_skyddsandring_andras_aldrig before update or delete on person_skyddsandring
    for each row execute function person_historik_andras_aldrig();
create trigger person_skyddsandring_tommas_aldrig before truncate on person_skyddsandring
    for each statement execute function person_historik_andras_aldrig();

-- A change of protection updates the person's open tasks in the task lists (uppgift.skyddad) in the same transaction.
create index if not exists uppgift_person on uppgift (person_id);
