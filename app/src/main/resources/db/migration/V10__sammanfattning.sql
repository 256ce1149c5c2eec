-- The daily digest is a third kind of e-mail, not about one case.
alter table skickad_epost drop constraint skickad_epost_slag_check;
alter table skickad_epost add constraint skickad_epost_slag_check check (slag in ('PAMINNELSE', 'ESKALERING', 'SAMMANFATTNING'));
