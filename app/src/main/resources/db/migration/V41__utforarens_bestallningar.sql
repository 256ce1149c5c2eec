-- Issue 17: the provider's orders in the browser. The provider accepts an order (a state between "new" and "started"),
-- and says why an order cannot start, or resume after an avbrott, yet; that reason feeds the ej-verkställt record and,
-- through it, IVO's individual report (SoL 34 kap. 1–2 §§, LSS 28 f–g §§; C36, R22).

-- Who at the provider accepted the order, and when. Reporting the start without accepting first is allowed (the start
-- says more than the acceptance); the order is then shown as started.
alter table bestallning add column accepterad timestamptz;
alter table bestallning add column accepterad_av varchar(100);
alter table bestallning add constraint bestallning_accepterad_av check ((accepterad is null) = (accepterad_av is null));

-- The provider's statements of why the order cannot start yet, with the vocabulary of the ej-verkställt record
-- (Drojsmalsorsak, ADR 10). A new statement is a new row (DESIGN: a correction adds a row); the latest is the current.
create table bestallning_hinder (
    id              uuid           primary key default gen_random_uuid(),
    beslut_id       uuid           not null references bestallning (beslut_id),
    orsak           varchar(40)    not null check (orsak in ('BRIST_PA_PLATS', 'BRIST_PA_PERSONAL', 'UTFORARE_SAKNAS',
                        'ENSKILD_AVBOJT', 'ENSKILD_ONSKAR_VANTA', 'ENSKILD_ONSKAR_ANNAN_UTFORARE', 'ANNAN')),
    orsak_text      varchar(2000),
    -- clock_timestamp: two statements in one transaction still have an order
    registrerad     timestamptz    not null default clock_timestamp(),
    registrerad_av  varchar(100)   not null,
    check (orsak <> 'ANNAN' or orsak_text is not null)
);
create index bestallning_hinder_beslut on bestallning_hinder (beslut_id, registrerad);

-- A statement of an ej-verkställt record is the handläggare's, or the provider's reason carried over: given while the
-- record is open, or before it opened (then copied when the process opens it). The handläggare's next statement replaces it.
alter table ej_verkstallt_skal add column kalla varchar(20) not null default 'HANDLAGGARE'
    check (kalla in ('HANDLAGGARE', 'UTFORARE'));
