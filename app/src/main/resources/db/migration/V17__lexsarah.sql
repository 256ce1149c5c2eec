-- Lex Sarah (SoL 2025:400 27 kap. 2–6 §§; LSS 24 a–g §§; SOSFS 2011:5; issue 6/7, C16, C25, C33, C50; ADR 11).

-- The lex Sarah-ansvarig: of a unit, or of the whole committee when held in a NAMND unit.
alter table anvandare_roll drop constraint anvandare_roll_roll_check;
alter table anvandare_roll add constraint anvandare_roll_roll_check
    check (roll in ('HANDLAGGARE', 'CHEF', 'REVISOR', 'UTFORARE', 'ADMIN', 'INTEGRATION', 'REGION', 'LEXSARAH_ANSVARIG'));

create sequence lexsarah_nummer_seq;

-- A report as its author wrote it: never rewritten (the trigger below), never deleted. The author is shown only
-- to the lex Sarah-ansvariga, administrators and auditors; the process never carries it.
create table lexsarah_rapport (
    id                   uuid          primary key default gen_random_uuid(),
    nummer               varchar(20)   not null unique,   -- LS-2026-000001
    rapportor            varchar(100)  not null references anvandare (anvandarnamn),
    rapportor_roll       varchar(20)   not null check (rapportor_roll in ('HANDLAGGARE', 'CHEF', 'UTFORARE')),
    enhet_kod            varchar(32)   not null references enhet (kod),      -- the unit (verksamhet) concerned
    namnd_kod            varchar(32)   not null references enhet (kod),      -- the committee whose ansvarig covers it
    typ                  varchar(20)   not null check (typ in ('MISSFORHALLANDE', 'PATAGLIG_RISK')),
    vad_hande            text          not null check (length(vad_hande) between 10 and 8000),
    intraffade           date          not null,
    klockslag            time,
    plats                varchar(300)  not null,
    personnummer         char(12)      check (personnummer ~ '^[0-9]{12}$'), -- the affected person, as the author gave it
    person_id            uuid          references person (id),               -- ... and as found in the register
    omedelbara_atgarder  text          check (length(omedelbara_atgarder) <= 4000),
    rapporterad          timestamptz   not null,
    status               varchar(20)   not null default 'MOTTAGEN'
                         check (status in ('MOTTAGEN', 'UTREDD', 'BEDOMD', 'ANMALD_TILL_IVO', 'AVSLUTAD')),
    andrad               timestamptz,
    andrad_av            varchar(100),
    avslutad             timestamptz,
    avslutad_av          varchar(100),
    check ((avslutad is null) = (status <> 'AVSLUTAD'))
);
create index lexsarah_rapport_enhet on lexsarah_rapport (enhet_kod, status);
create index lexsarah_rapport_rapportor on lexsarah_rapport (rapportor);
create index lexsarah_rapport_person on lexsarah_rapport (person_id);

-- The investigation (SOSFS 2011:5 5 kap.): every save is a new row, the newest is the one in force.
create table lexsarah_utredning (
    id                     bigint        generated always as identity primary key,
    rapport_id             uuid          not null references lexsarah_rapport (id),
    dokumentation          text          not null check (length(dokumentation) between 10 and 20000),
    enskildes_uppfattning  text          not null check (length(enskildes_uppfattning) between 2 and 8000),
    konsekvenser           text          not null check (length(konsekvenser) between 2 and 8000),
    orsaker                text          not null check (length(orsaker) between 2 and 8000),
    registrerad            timestamptz   not null,
    registrerad_av         varchar(100)  not null
);
create index lexsarah_utredning_rapport on lexsarah_utredning (rapport_id, id);

-- Whether it is allvarligt, with reasoning: once per report, it chose the process's path.
create table lexsarah_bedomning (
    rapport_id      uuid          primary key references lexsarah_rapport (id),
    allvarligt      boolean       not null,
    motivering      text          not null check (length(motivering) between 10 and 8000),
    registrerad     timestamptz   not null,
    registrerad_av  varchar(100)  not null
);

-- The measures: what, who, when. At least one before the report closes.
create table lexsarah_atgard (
    id              bigint        generated always as identity primary key,
    rapport_id      uuid          not null references lexsarah_rapport (id),
    vad             text          not null check (length(vad) between 5 and 4000),
    vem             varchar(200)  not null,
    nar             date          not null,
    registrerad     timestamptz   not null,
    registrerad_av  varchar(100)  not null
);
create index lexsarah_atgard_rapport on lexsarah_atgard (rapport_id, id);

-- The anmälan to IVO of an allvarligt missförhållande (27 kap. 6 §): when it was sent, IVO's diarienummer, by whom.
create table lexsarah_ivo_anmalan (
    rapport_id    uuid          primary key references lexsarah_rapport (id),
    skickad       date          not null,
    diarienummer  varchar(40)   not null,
    skickad_av    varchar(100)  not null,
    registrerad   timestamptz   not null
);

-- Nothing of a lex Sarah case is ever deleted (C59; DESIGN decision 9), not even by hand in the database; the
-- investigation, the assessment, the measures and the anmälan are never changed either: a correction is a new row.
create function lexsarah_andras_aldrig() returns trigger language plpgsql as $$
begin
    raise exception 'Lex Sarah: % i % raderas eller ändras aldrig; en rättelse är en ny rad', tg_op, tg_table_name
        using errcode = 'integrity_constraint_violation';
end;
$$;

-- The report itself: its status moves, with who and when; what its author wrote stays as written.
create function lexsarah_rapport_skrivskydd() returns trigger language plpgsql as $$
begin
    if (new.id, new.nummer, new.rapportor, new.rapportor_roll, new.enhet_kod, new.namnd_kod, new.typ, new.vad_hande,
        new.intraffade, new.klockslag, new.plats, new.personnummer, new.person_id, new.omedelbara_atgarder, new.rapporterad)
       is distinct from
       (old.id, old.nummer, old.rapportor, old.rapportor_roll, old.enhet_kod, old.namnd_kod, old.typ, old.vad_hande,
        old.intraffade, old.klockslag, old.plats, old.personnummer, old.person_id, old.omedelbara_atgarder, old.rapporterad) then
        raise exception 'Lex Sarah: rapporten % ändras aldrig som den skrevs', old.nummer
            using errcode = 'integrity_constraint_violation';
    end if;
    return new;
end;
$$;

create trigger lexsarah_rapport_raderas_aldrig before delete on lexsarah_rapport
    for each row execute function lexsarah_andras_aldrig();
create trigger lexsarah_rapport_tommas_aldrig before truncate on lexsarah_rapport
    for each statement execute function lexsarah_andras_aldrig();
create trigger lexsarah_rapport_skrivskyddad before update on lexsarah_rapport
    for each row execute function lexsarah_rapport_skrivskydd();

create trigger lexsarah_utredning_andras_aldrig before update or delete on lexsarah_utredning
    for each row execute function lexsarah_andras_aldrig();
create trigger lexsarah_utredning_tommas_aldrig before truncate on lexsarah_utredning
    for each statement execute function lexsarah_andras_aldrig();
create trigger lexsarah_bedomning_andras_aldrig before update or delete on lexsarah_bedomning
    for each row execute function lexsarah_andras_aldrig();
create trigger lexsarah_bedomning_tommas_aldrig before truncate on lexsarah_bedomning
    for each statement execute function lexsarah_andras_aldrig();
create trigger lexsarah_atgard_andras_aldrig before update or delete on lexsarah_atgard
    for each row execute function lexsarah_andras_aldrig();
create trigger lexsarah_atgard_tommas_aldrig before truncate on lexsarah_atgard
    for each statement execute function lexsarah_andras_aldrig();
create trigger lexsarah_ivo_anmalan_andras_aldrig before update or delete on lexsarah_ivo_anmalan
    for each row execute function lexsarah_andras_aldrig();
create trigger lexsarah_ivo_anmalan_tommas_aldrig before truncate on lexsarah_ivo_anmalan
    for each statement execute function lexsarah_andras_aldrig();

-- The task lists (V5) take the lex Sarah tasks too: a task of a report has no case and no person in the list
-- (the report's number stands in the case's column), and a task offered to more than one group (the unit's and
-- the committee's lex Sarah-ansvariga) keeps the others beside the first.
alter table uppgift alter column arende_id drop not null;
alter table uppgift alter column arendetyp drop not null;
alter table uppgift alter column person_id drop not null;
alter table uppgift alter column person_namn drop not null;
alter table uppgift alter column personnummer drop not null;
alter table uppgift add column lexsarah_id uuid references lexsarah_rapport (id);
-- a task belongs to a case, a lex Sarah report, or a person outside any case (a SIP, V16); never to a case and a report
alter table uppgift add constraint uppgift_arende_eller_lexsarah
    check (not (arende_id is not null and lexsarah_id is not null) and (arende_id is not null or lexsarah_id is not null or person_id is not null));
alter table uppgift add column fler_kandidatgrupper varchar(100)[] not null default '{}';
alter table uppgift drop constraint uppgift_kandidatroll_check;
alter table uppgift add constraint uppgift_kandidatroll_check
    check (kandidatroll in ('HANDLAGGARE', 'CHEF', 'LEXSARAH_ANSVARIG'));
