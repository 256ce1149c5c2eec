-- Förvaltningslagen 12 §: a party's written request that a case undecided for six months be decided, and its answer
-- within four weeks: the case decided, or the request refused in a special decision with the reasons (second paragraph).
create table begaran_om_avgorande (
    id                   uuid          primary key default gen_random_uuid(),
    arende_id            uuid          not null references arende (id),
    inkom                date          not null,
    registrerad          timestamptz   not null,
    registrerad_av       varchar(100)  not null,
    utfall               varchar(20)   check (utfall in ('AVGJORT', 'AVSLAGEN')),
    besvarad             date,
    skal                 varchar(4000),
    besvarad_av          varchar(100),
    besvarad_registrerad timestamptz,
    check ((utfall is null) = (besvarad is null)),
    check ((utfall is null) = (besvarad_av is null)),
    check (utfall is distinct from 'AVSLAGEN' or skal is not null),
    check (besvarad is null or besvarad >= inkom)
);
-- one unanswered request per case: a second one (or the same sent twice) is refused, not added
create unique index begaran_om_avgorande_obesvarad on begaran_om_avgorande (arende_id) where utfall is null;
create index begaran_om_avgorande_arende on begaran_om_avgorande (arende_id, inkom);

-- the answer is a decision of the case: once given it is never changed, and no request is ever deleted
create function begaran_om_avgorande_andras_inte() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'En begäran om avgörande tas aldrig bort';
    end if;
    if old.utfall is not null then
        raise exception 'En besvarad begäran om avgörande ändras inte';
    end if;
    if new.id <> old.id or new.arende_id <> old.arende_id or new.inkom <> old.inkom
            or new.registrerad <> old.registrerad or new.registrerad_av <> old.registrerad_av then
        raise exception 'Registreringen av en begäran om avgörande ändras inte; bara svaret läggs till';
    end if;
    return new;
end $$;
create trigger begaran_om_avgorande_append_only before update or delete on begaran_om_avgorande
    for each row execute function begaran_om_avgorande_andras_inte();
