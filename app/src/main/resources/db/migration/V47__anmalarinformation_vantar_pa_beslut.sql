-- Issue 17, the reporter's information (SoL 2025:400 19 kap. 6 §; law-and-peers.md C1 item 3): the week runs from the
-- decision to open an investigation or not, also for a request that came before it. Such a request has no start until
-- the decision is taken (frist_start null); the förhandsbedömning's outcome sets it. A request due at once (late, or an
-- investigation already running) always has its start: the request's day.
alter table anmalarinformation alter column frist_start drop not null;
alter table anmalarinformation add constraint anmalarinformation_genast_har_start
    check (frist_start is not null or not sen_begaran);
alter table anmalarinformation add constraint anmalarinformation_lamnad_efter_start
    check (frist_start is not null or lamnad is null);
comment on column anmalarinformation.frist_start is
    'the decision''s day, or the request''s (due at once); null while the decision to open an investigation or not is not taken';
comment on column anmalarinformation.sen_begaran is
    'due at once: asked more than a week after the decision, or while an investigation was already running';
