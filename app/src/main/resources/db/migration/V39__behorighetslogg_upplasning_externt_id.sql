-- Issue 16: two more changes of an account in the change log: an administrator lifts a lockout after repeated failed
-- logins (KONTO_UPPLAST), and sets, changes or removes the identity provider's id of a person (KONTO_EXTERNT_ID).
alter table behorighetslogg drop constraint behorighetslogg_handelse_check;
alter table behorighetslogg add constraint behorighetslogg_handelse_check
    check (handelse in ('KONTO_SKAPAT', 'ROLL_GIVEN', 'ROLL_TAGEN', 'KONTO_INAKTIVERAT', 'KONTO_AKTIVERAT',
                        'KONTO_UPPLAST', 'KONTO_EXTERNT_ID',
                        'ENHET_SKAPAD', 'ENHET_NYTT_NAMN', 'ENHET_INAKTIVERAD', 'ENHET_AKTIVERAD', 'ENHET_ARENDETYPER'));
