-- The investigation as a written document of the case (issue 14): versions, the proposal per applied insats, and the
-- kommunicering of the basis before an unfavourable decision (förvaltningslagen 2017:900 25 §; SOSFS 2014:5 5 kap. 12 §:
-- the documentation shows whether, when and how the basis was communicated).

-- Every save is a new version; nothing is ever overwritten. The signed version is the investigation as completed.
create table utredningstext (
    id                     uuid          primary key default gen_random_uuid(),
    utredning_id           uuid          not null references utredning (id),
    version                integer       not null check (version > 0),
    begaran                text          not null default '' check (length(begaran) <= 20000),
    bakgrund               text          not null default '' check (length(bakgrund) <= 20000),
    enskildes_syn          text          not null default '' check (length(enskildes_syn) <= 20000),
    bedomning              text          not null default '' check (length(bedomning) <= 20000),
    -- why a kommunicering before an unfavourable proposal was not needed (FL 25 § exceptions), or null
    kommunicering_undantag varchar(30)   check (kommunicering_undantag in
                                          ('UPPENBART_OBEHOVLIGT', 'BRADSKANDE', 'SVARARE_GENOMFORA')),
    sparad                 timestamptz   not null,
    sparad_av              varchar(100)  not null,
    unique (utredning_id, version)
);

-- The signature that completes the investigation: one per investigation (a double submit of "sign" cannot sign
-- twice), on the version it freezes.
create table utredningssignatur (
    utredningstext_id  uuid          primary key references utredningstext (id),
    utredning_id       uuid          not null unique references utredning (id),
    signerad           timestamptz   not null,
    signerad_av        varchar(100)  not null
);

-- The proposal per applied insats, a row of its version.
create table utredningsforslag (
    utredningstext_id  uuid          not null references utredningstext (id),
    rad                integer       not null check (rad > 0),
    insatstyp          varchar(60)   not null,
    utfall             varchar(20)   not null check (utfall in ('BIFALL', 'DELVIS_BIFALL', 'AVSLAG')),
    motivering         text          not null check (length(motivering) <= 4000),
    primary key (utredningstext_id, rad),
    unique (utredningstext_id, insatstyp)
);

-- The basis sent to the person, and the reply deadline the process computed (table kommuniceringsfrist).
create table kommunicering (
    id              uuid          primary key default gen_random_uuid(),
    utredning_id    uuid          not null references utredning (id),
    skickad         date          not null,
    satt            varchar(20)   not null check (satt in ('POST', 'DIGITAL', 'PERSONLIGEN')),
    vad             text          not null check (length(vad) between 1 and 4000),
    svarsfrist      date,
    registrerad     timestamptz   not null,
    registrerad_av  varchar(100)  not null
);
create index kommunicering_utredning on kommunicering (utredning_id);

-- The reply, or that none came by the deadline: one per kommunicering.
create table kommuniceringssvar (
    kommunicering_id  uuid          primary key references kommunicering (id),
    besvarad          date,
    sammanfattning    text          check (length(sammanfattning) <= 4000),
    utebliven         boolean       not null,
    registrerad       timestamptz   not null,
    registrerad_av    varchar(100)  not null,
    check (utebliven = (besvarad is null)),
    check (utebliven = (sammanfattning is null))
);

-- Append-only, as the lex Sarah tables (V17): a version, a proposal row, a kommunicering and its reply are never
-- changed or deleted by the application's database user; a correction is a new version.
create function utredningstext_andras_aldrig() returns trigger language plpgsql as $$
begin
    raise exception 'Utredningen: % i % raderas eller ändras aldrig; en ny version sparas i stället', tg_op, tg_table_name
        using errcode = 'integrity_constraint_violation';
end;
$$;

create trigger utredningstext_andras_aldrig before update or delete on utredningstext
    for each row execute function utredningstext_andras_aldrig();
create trigger utredningstext_tommas_aldrig before truncate on utredningstext
    for each statement execute function utredningstext_andras_aldrig();
create trigger utredningsforslag_andras_aldrig before update or delete on utredningsforslag
    for each row execute function utredningstext_andras_aldrig();
create trigger utredningsforslag_tommas_aldrig before truncate on utredningsforslag
    for each statement execute function utredningstext_andras_aldrig();
create trigger kommuniceringssvar_andras_aldrig before update or delete on kommuniceringssvar
    for each row execute function utredningstext_andras_aldrig();
create trigger kommuniceringssvar_tommas_aldrig before truncate on kommuniceringssvar
    for each statement execute function utredningstext_andras_aldrig();

create trigger utredningssignatur_andras_aldrig before update or delete on utredningssignatur
    for each row execute function utredningstext_andras_aldrig();
create trigger utredningssignatur_tommas_aldrig before truncate on utredningssignatur
    for each statement execute function utredningstext_andras_aldrig();

-- A signed version is frozen: it takes no proposal rows after its signature.
create function utredningsforslag_till_osignerad() returns trigger language plpgsql as $$
begin
    if exists (select 1 from utredningssignatur s where s.utredningstext_id = new.utredningstext_id) then
        raise exception 'Utredningen: version % är signerad och får inga nya förslag', new.utredningstext_id
            using errcode = 'integrity_constraint_violation';
    end if;
    return new;
end;
$$;
create trigger utredningsforslag_till_osignerad before insert on utredningsforslag
    for each row execute function utredningsforslag_till_osignerad();

-- A kommunicering is never changed, except that the process sets its reply deadline once.
create function kommunicering_skrivskydd() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' or (new.id, new.utredning_id, new.skickad, new.satt, new.vad, new.registrerad, new.registrerad_av)
        is distinct from (old.id, old.utredning_id, old.skickad, old.satt, old.vad, old.registrerad, old.registrerad_av)
        or old.svarsfrist is not null then
        raise exception 'Utredningen: kommuniceringen % ändras aldrig', old.id
            using errcode = 'integrity_constraint_violation';
    end if;
    return new;
end;
$$;
create trigger kommunicering_skrivskyddad before update or delete on kommunicering
    for each row execute function kommunicering_skrivskydd();
create trigger kommunicering_tommas_aldrig before truncate on kommunicering
    for each statement execute function utredningstext_andras_aldrig();
