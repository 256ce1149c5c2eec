-- The region's service account (issue 5/7): its own role, for the region's discharge and SIP messages only.
alter table anvandare_roll drop constraint anvandare_roll_roll_check;
alter table anvandare_roll add constraint anvandare_roll_roll_check
    check (roll in ('HANDLAGGARE', 'CHEF', 'REVISOR', 'UTFORARE', 'ADMIN', 'INTEGRATION', 'REGION'));
