-- C2: the 14 days of a förhandsbedömning may be extended only for synnerliga skäl, recorded with who and when.
create table forhandsbedomning_forlangning (
    id                uuid          primary key default gen_random_uuid(),
    aktualisering_id  uuid          not null references aktualisering (id),
    beslutsdatum      date          not null,
    skal              varchar(4000) not null,
    beslutad_av       varchar(100)  not null,
    ny_frist          date          not null,
    skapad            timestamptz   not null default now(),
    skapad_av         varchar(100)  not null
);
create index forhandsbedomning_forlangning_akt on forhandsbedomning_forlangning (aktualisering_id);
