-- Issue 16 (docs/adr/0019): the values of a task's form, field by field, as the handläggare submitted them: our
-- record of them, not the engine's. Only a form's flags (motor.Formularflaggor: booleans and codes a gateway reads)
-- go to the engine as process variables; free text (motiveringar, assessments, notes) never does.
-- The document a handläggare reads stays in handling (V11: labels and shown values); this is the raw value per key.
-- Append-only, like the journal: a value is never changed or removed.
create table formularsvar (
    id                  bigint        generated always as identity primary key,
    task_id             varchar(64),
    arende_id           uuid,
    process_instans_id  varchar(64),
    formular            varchar(100),
    falt                varchar(100)  not null,
    varde               text          not null,
    registrerad_av      varchar(100)  not null,
    registrerad         timestamptz   not null,
    -- FORMULAR: submitted on the task page or an API; MIGRERAD: moved here from the engine's variables by this migration
    kalla               varchar(16)   not null check (kalla in ('FORMULAR', 'MIGRERAD'))
);
create index formularsvar_arende on formularsvar (arende_id, registrerad);
create index formularsvar_task on formularsvar (task_id);

create function formularsvar_andras_aldrig() returns trigger language plpgsql as $$
begin
    raise exception 'formularsvar: % ändras eller raderas aldrig', tg_op using errcode = 'integrity_constraint_violation';
end;
$$;
create trigger formularsvar_andras_aldrig before update or delete on formularsvar
    for each row execute function formularsvar_andras_aldrig();
create trigger formularsvar_tommas_aldrig before truncate on formularsvar
    for each statement execute function formularsvar_andras_aldrig();

-- The values the forms put into the engine before this change and that are not flags: copied here (one row per value;
-- a call activity's copy in its parent is the same value), then removed from the engine's runtime and history tables.
-- The engine's tables may not exist yet (a new installation where Flyway runs before the engine creates them): then
-- there is nothing to move. Names: the non-flag fields of forms/*.form and the follow-up API's note.
do $$
declare
    namn constant text[] := array['motivering', 'atgarder', 'anteckning', 'planering', 'kommunensDel', 'hemgang',
                                  'deltog', 'helhetsansvar'];
begin
    if to_regclass('act_hi_varinst') is null or to_regclass('act_ru_variable') is null then
        return;
    end if;
    insert into formularsvar (task_id, arende_id, process_instans_id, formular, falt, varde, registrerad_av, registrerad,
                              kalla)
    select distinct on (coalesce(s.arende_id::text, s.proc_inst_id_), s.name_, s.text_)
           s.task_id, s.arende_id, s.proc_inst_id_, null, s.name_, s.text_, s.vem, s.nar, 'MIGRERAD'
      from (select v.name_, v.text_, v.proc_inst_id_, t.id_ as task_id,
                   coalesce(t.assignee_, 'okänd (flyttad från motorn)') as vem,
                   coalesce(t.end_time_, v.create_time_, now()) as nar,
                   (select case when a.text_ ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
                                then a.text_::uuid end
                      from act_hi_varinst a
                     where a.proc_inst_id_ = v.proc_inst_id_ and a.name_ = 'arendeId' limit 1) as arende_id
              from act_hi_varinst v
              left join lateral (select d.act_inst_id_ from act_hi_detail d
                                  where d.var_inst_id_ = v.id_ order by d.time_ desc limit 1) d on true
              left join act_hi_taskinst t on t.act_inst_id_ = d.act_inst_id_
             where v.name_ = any (namn) and v.var_type_ = 'string' and v.text_ is not null) s
     order by coalesce(s.arende_id::text, s.proc_inst_id_), s.name_, s.text_, s.task_id nulls last;

    delete from act_hi_detail where name_ = any (namn) and var_type_ = 'string';
    delete from act_hi_varinst where name_ = any (namn) and var_type_ = 'string';
    delete from act_ru_variable where name_ = any (namn) and type_ = 'string';
end $$;
