-- The auditor's timeline lists e-mails sent about a case (without their content).
alter table skickad_epost add column arende_id uuid references arende (id);
create index skickad_epost_arende on skickad_epost (arende_id);
