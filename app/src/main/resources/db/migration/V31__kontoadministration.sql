-- Account and unit administration by ADMIN and the municipality's user provisioning (issue 16).

-- An account whose login is the municipality's identity provider only has no local password.
alter table anvandare alter column losenord_hash drop not null;

-- Raised with every change of what the account may do (a role given or taken, deactivated, reactivated). A live
-- session carries the version it logged in with and ends at its next request when the account's version has moved.
alter table anvandare add column behorighetsversion bigint not null default 0;

-- A unit is deactivated, never deleted: its cases, roles and history keep pointing at it.
alter table enhet add column aktiv boolean not null default true;
alter table enhet add column andrad timestamptz;
alter table enhet add column andrad_av varchar(100);

-- The user provisioning's service account (PROVISIONERING): accounts and units through /api/admin/konton and
-- /api/admin/enheter, nothing else.
alter table anvandare_roll drop constraint anvandare_roll_roll_check;
alter table anvandare_roll add constraint anvandare_roll_roll_check
    check (roll in ('HANDLAGGARE', 'CHEF', 'REVISOR', 'UTFORARE', 'ADMIN', 'INTEGRATION', 'REGION', 'LEXSARAH_ANSVARIG',
                    'PROVISIONERING'));
