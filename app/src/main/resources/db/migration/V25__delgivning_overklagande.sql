-- The decision's page (issue 14): how the decision was served, and each step of an appeal with who recorded it
-- (förvaltningslagen 33, 38-39, 44-46 §§; R33). Existing rows keep null where a step was recorded before.

alter table beslut
    add column delgivningssatt varchar(20)
        check (delgivningssatt in ('POST', 'HAMTAT', 'DIGITAL_BREVLADA', 'DELGIVNINGSMAN')),
    add column delgivning_registrerad_av varchar(100);

alter table overklagande
    -- FL 45 §: a late appeal is dismissed (avvisas) by a decision of the handläggare
    add column avvisat                      date,
    add column avvisat_av                   varchar(100),
    -- FL 38-39 §§: the omprövning's reasons stay with the record, never in the engine
    add column omprovad                     date,
    add column omprovning_motivering        varchar(4000),
    add column omprovad_av                  varchar(100),
    -- FL 46 §: forwarded skyndsamt; the municipality's target day from the table bevakningsfrist (OVERLAMNANDE)
    add column overlamnas_senast            date,
    add column overlamnat_av                varchar(100),
    add column malnummer                    varchar(40),
    add column dom_registrerad_av           varchar(100),
    -- the decision taken according to a judgment that granted the appeal
    add column nytt_beslut_id               uuid references beslut (id),
    add column nytt_beslut_registrerat_av   varchar(100),
    add check (avvisat is null or not i_ratt_tid),
    add check (nytt_beslut_id is null or domstolens_utfall = 'BIFALLET');

-- one appeal in time per decision goes through omprövning and the court; a second request is a repeat or refused
create unique index overklagande_ett_i_ratt_tid on overklagande (beslut_id) where i_ratt_tid;
