-- Issue 16: a change to a legal deadline table (tabell.internal.Fristtabeller) is not deployed at upload. It waits
-- here, checked, with the file itself, until a second administrator approves it (then it is deployed, and logged in
-- tabellversion as well) or someone rejects it with a reason. At most one change per table waits at a time.
-- The file and who proposed it never change; a row is decided once (status from VANTAR to GODKAND or AVVISAD).
create table tabellandring (
    id              uuid          primary key,
    beslutsnyckel   varchar(255)  not null,
    filnamn         varchar(255)  not null,
    sha256          char(64)      not null,
    fil             bytea         not null,
    foreslagen_av   varchar(100)  not null,
    foreslagen      timestamptz   not null,
    status          varchar(16)   not null check (status in ('VANTAR', 'GODKAND', 'AVVISAD')),
    avgjord_av      varchar(100),
    avgjord         timestamptz,
    skal            varchar(1000),
    deployment_id   varchar(64),
    version         integer,
    check ((status = 'VANTAR') = (avgjord is null)),
    check (status <> 'AVVISAD' or skal is not null),
    check (status <> 'GODKAND' or (deployment_id is not null and avgjord_av <> foreslagen_av))
);
create unique index tabellandring_en_vantar on tabellandring (beslutsnyckel) where status = 'VANTAR';

create function tabellandring_avgors_en_gang() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'tabellandring is append-only (%)', old.id;
    end if;
    if old.status <> 'VANTAR' or new.id <> old.id or new.beslutsnyckel <> old.beslutsnyckel
            or new.filnamn <> old.filnamn or new.sha256 <> old.sha256 or new.fil <> old.fil
            or new.foreslagen_av <> old.foreslagen_av or new.foreslagen <> old.foreslagen then
        raise exception 'a decided change, and what was proposed, never change (%)', old.id;
    end if;
    return new;
end $$;
create trigger tabellandring_avgors_en_gang before update or delete on tabellandring
    for each row execute function tabellandring_avgors_en_gang();
