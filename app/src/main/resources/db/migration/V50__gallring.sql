-- Issue 18, gallring (first slice): the legal hold, the monthly proposal with its two administrators, and the gallring
-- report, which is kept. The rules are the DMN table gallring (decisions/gallring.dmn); the destruction itself is not
-- built yet (docs/adr/0023), so no row of a person's file is deleted by anything here.
--
-- Nothing here is ever deleted: a report of what was due, what was exempt and why must survive the files it is about
-- (law-and-peers.md C4 item 43). The persons are named by id only, without a foreign key, so that a later destruction
-- of the person leaves the report standing and names no one.

-- A legal hold (gallringsstopp) on a person's file, set by an ADMIN with a reason; lifted with a reason, never removed.
create table gallringsstopp (
    id          uuid           primary key,
    person_id   uuid           not null,
    skal        varchar(1000)  not null check (length(btrim(skal)) > 0),
    satt_av     varchar(100)   not null,
    satt        timestamptz    not null,
    havt_av     varchar(100),
    havt        timestamptz,
    havt_skal   varchar(1000)  check (havt_skal is null or length(btrim(havt_skal)) > 0),
    check ((havt is null) = (havt_av is null) and (havt is null) = (havt_skal is null))
);
create unique index gallringsstopp_ett_aktivt on gallringsstopp (person_id) where havt is null;

-- One run of the rules on a day: the proposal two administrators confirm, and afterwards the report.
-- FORESLAGEN -> GODKAND (a first ADMIN) -> BEKRAFTAD (a second ADMIN, neither the first nor the one who ran it);
-- FORESLAGEN or GODKAND -> AVVISAD (with a reason) or ERSATT (a newer run replaced it before it was confirmed).
create table gallringskorning (
    id             uuid           primary key,
    korningsdag    date           not null,
    skapad         timestamptz    not null,
    skapad_av      varchar(100)   not null,   -- SYSTEM for the monthly job, else the ADMIN who ran it
    regelversion   varchar(100)   not null,   -- e.g. "gallring v1": the table version every file was judged by
    granskade      integer        not null check (granskade >= 0),    -- persons with a file
    forfallna      integer        not null check (forfallna >= 0),    -- files with something due
    undantagna     integer        not null check (undantagna >= 0),   -- files come up and kept
    status         varchar(12)    not null check (status in ('FORESLAGEN', 'GODKAND', 'BEKRAFTAD', 'AVVISAD', 'ERSATT')),
    godkand_av     varchar(100),
    godkand        timestamptz,
    bekraftad_av   varchar(100),
    bekraftad      timestamptz,
    avvisad_av     varchar(100),
    avvisad        timestamptz,
    avvisad_skal   varchar(1000),
    ersatt_av      uuid           references gallringskorning (id),
    check ((godkand is null) = (godkand_av is null)),
    check ((bekraftad is null) = (bekraftad_av is null)),
    check ((avvisad is null) = (avvisad_av is null) and (avvisad is null) = (avvisad_skal is null)),
    check (status not in ('GODKAND', 'BEKRAFTAD') or godkand is not null),
    check ((status = 'BEKRAFTAD') = (bekraftad is not null)),
    check ((status = 'AVVISAD') = (avvisad is not null)),
    check ((status = 'ERSATT') = (ersatt_av is not null)),
    -- two people: whoever confirms neither approved first nor ran the proposal
    check (bekraftad_av is null or (bekraftad_av <> godkand_av and bekraftad_av <> skapad_av))
);
create index gallringskorning_skapad on gallringskorning (skapad desc);
create index gallringskorning_oppna on gallringskorning (status) where status in ('FORESLAGEN', 'GODKAND');

-- A file that came up in the run: due as a whole (GALLRAS), in part (DELVIS), or kept (BEVARAS).
create table gallringsakt (
    id                uuid          primary key,
    korning_id        uuid          not null references gallringskorning (id),
    person_id         uuid          not null,
    utfall            varchar(10)   not null check (utfall in ('GALLRAS', 'DELVIS', 'BEVARAS')),
    sista_anteckning  date          not null,
    gallringsdatum    date,
    senast            date
);
create index gallringsakt_korning on gallringsakt (korning_id, utfall);

-- Why: one row per case and kind of record, with the table's row and its provision.
create table gallringsgrund (
    akt_id        uuid           not null references gallringsakt (id),
    arende_id     uuid           not null,
    arendenummer  varchar(30)    not null,
    slag          varchar(30)    not null,
    regel         varchar(60)    not null,
    kalla         varchar(500)   not null,
    gallras       boolean        not null,
    aktuell       date           not null,
    tidigast      date,
    senast        date,
    forfallen     boolean        not null
);
create index gallringsgrund_akt on gallringsgrund (akt_id);

-- The report and the holds are never deleted or emptied, by anyone (the owner included, as the access log since V49).
create function gallring_sparas() returns trigger language plpgsql as $$
begin
    raise exception 'Gallring: % i % är inte tillåten; gallringsrapporten och gallringsstoppen sparas', tg_op, tg_table_name
        using errcode = 'integrity_constraint_violation';
end;
$$;

-- A run's facts never change; only its decision: approved, confirmed, rejected or replaced, once, while it is open.
create function gallringskorning_beslut() returns trigger language plpgsql as $$
begin
    if old.status in ('FORESLAGEN', 'GODKAND')
       and (new.id, new.korningsdag, new.skapad, new.skapad_av, new.regelversion, new.granskade, new.forfallna, new.undantagna)
           is not distinct from
           (old.id, old.korningsdag, old.skapad, old.skapad_av, old.regelversion, old.granskade, old.forfallna, old.undantagna)
       and (old.godkand is null or (new.godkand, new.godkand_av) is not distinct from (old.godkand, old.godkand_av)) then
        return new;
    end if;
    raise exception 'Gallring: körningen % är avgjord (%) eller ändras i sådant som inte får ändras', old.id, old.status
        using errcode = 'integrity_constraint_violation';
end;
$$;

-- A hold is lifted once, with a reason; nothing else of it changes.
create function gallringsstopp_havning() returns trigger language plpgsql as $$
begin
    if old.havt is null and new.havt is not null
       and (new.id, new.person_id, new.skal, new.satt_av, new.satt)
           is not distinct from (old.id, old.person_id, old.skal, old.satt_av, old.satt) then
        return new;
    end if;
    raise exception 'Gallring: gallringsstoppet % är redan hävt eller ändras i sådant som inte får ändras', old.id
        using errcode = 'integrity_constraint_violation';
end;
$$;

create trigger gallringskorning_raderas_aldrig before delete on gallringskorning
    for each row execute function gallring_sparas();
create trigger gallringskorning_tommas_aldrig before truncate on gallringskorning
    for each statement execute function gallring_sparas();
create trigger gallringskorning_andras_bara_av_beslut before update on gallringskorning
    for each row execute function gallringskorning_beslut();

create trigger gallringsakt_andras_aldrig before update or delete on gallringsakt
    for each row execute function gallring_sparas();
create trigger gallringsakt_tommas_aldrig before truncate on gallringsakt
    for each statement execute function gallring_sparas();

create trigger gallringsgrund_andras_aldrig before update or delete on gallringsgrund
    for each row execute function gallring_sparas();
create trigger gallringsgrund_tommas_aldrig before truncate on gallringsgrund
    for each statement execute function gallring_sparas();

create trigger gallringsstopp_raderas_aldrig before delete on gallringsstopp
    for each row execute function gallring_sparas();
create trigger gallringsstopp_tommas_aldrig before truncate on gallringsstopp
    for each statement execute function gallring_sparas();
create trigger gallringsstopp_havs_en_gang before update on gallringsstopp
    for each row execute function gallringsstopp_havning();
