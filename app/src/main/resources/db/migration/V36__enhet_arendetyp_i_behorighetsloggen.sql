-- A unit's case types (enhet_arendetyp, V35) are set by an administrator on the unit's page or through the API
-- (issue 16): each change is a row of the change log. uppgift holds the old and the new codes, "LSS, VUXEN → LSS",
-- the empty set (the unit takes every type) written ALLA.
alter table behorighetslogg drop constraint behorighetslogg_handelse_check;
alter table behorighetslogg add constraint behorighetslogg_handelse_check check (handelse in ('KONTO_SKAPAT',
    'ROLL_GIVEN', 'ROLL_TAGEN', 'KONTO_INAKTIVERAT', 'KONTO_AKTIVERAT', 'ENHET_SKAPAD', 'ENHET_NYTT_NAMN',
    'ENHET_INAKTIVERAD', 'ENHET_AKTIVERAD', 'ENHET_ARENDETYPER'));
