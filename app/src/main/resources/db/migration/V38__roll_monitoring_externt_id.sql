-- Issue 16: a purpose-bound role for the monitoring system's service account (reads /actuator/prometheus, nothing
-- else), and the identity provider's id of a person (e.g. an HSA-id or an employee number) for the login through the
-- municipality's identity provider when the installation matches on it (tillit.inloggning.oidc.matchning=EXTERNT_ID).
alter table anvandare_roll drop constraint anvandare_roll_roll_check;
alter table anvandare_roll add constraint anvandare_roll_roll_check
    check (roll in ('HANDLAGGARE', 'CHEF', 'REVISOR', 'UTFORARE', 'ADMIN', 'INTEGRATION', 'REGION', 'LEXSARAH_ANSVARIG',
                    'PROVISIONERING', 'MONITORING'));
alter table anvandare add column externt_id varchar(200);
create unique index anvandare_externt_id on anvandare (lower(externt_id)) where externt_id is not null;
