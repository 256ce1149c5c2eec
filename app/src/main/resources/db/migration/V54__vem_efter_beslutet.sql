-- Who did each step after the decision, kept on the step's own record, for the auditor's case history
-- (/revision/arenden/{id}): who reported the start of the insats and when it was registered (the order keeps the
-- day only), who registered the follow-up's result and when, who registered the individuell plan drawn up and when, and
-- who ended the investigation and when (signing it completes Utreda, whose next step records the end). A review of the plan has
-- had its registrar since V43 (individuell_plan_omprovning.registrerad_av).
--
-- All nullable, and no check ties them to the day they belong to: a row written before this change keeps null where
-- nothing below tells who (the page says "Ej registrerat"), and nothing the database accepted before is refused now.
-- "if not exists": RevisionTest runs this script again on rows it has emptied, to test the filling below.

alter table bestallning
    add column if not exists verkstalld_registrerad     timestamptz,
    add column if not exists verkstalld_registrerad_av  varchar(100);

alter table uppfoljning
    add column if not exists resultat_registrerad       timestamptz,
    add column if not exists resultat_registrerad_av    varchar(100);

alter table individuell_plan
    add column if not exists upprattad_av               varchar(100),
    add column if not exists upprattad_registrerad      timestamptz;

alter table utredning
    add column if not exists avslutad_av                varchar(100),
    add column if not exists avslutad_registrerad       timestamptz;

-- A start reported while the history read it from the access log (the merge of branch tider until this change): the
-- use case wrote a SKRIV row "Verkställighet rapporterad (beslut <id>)" with the person and the moment. The rows stay
-- in the log (append-only); the order now says it itself.
update bestallning o
   set verkstalld_registrerad = l.tidpunkt, verkstalld_registrerad_av = l.anvandarnamn
  from beslut b
  cross join lateral (select x.tidpunkt, x.anvandarnamn from atkomstlogg x
                       where x.arende_id = b.arende_id and x.handling = 'SKRIV'
                         and x.beskrivning = 'Verkställighet rapporterad (beslut ' || b.id || ')'
                       order by x.tidpunkt limit 1) l
 where b.id = o.beslut_id and o.verkstalld is not null and o.verkstalld_registrerad_av is null;

-- The other steps were each recorded right after a user task of the engine was completed, in the same transaction:
-- the person is whoever completed that task (the Complete operation's user: our pages and the API complete without
-- taking the task), else the task's assignee. The task is found by the id the process carries (utredningId, planId);
-- a follow-up by its decision (beslutId) and the day, as one process follows a decision up year after year, and only
-- where one completed task fits. The engine writes its times without a zone, in the application's zone, which is the
-- zone of this session too (the same JDBC driver in the same JVM): end_time_::timestamptz is the moment.
-- The start of the insats is a message, not a task: an older start has no one to fill in.
do $$
begin
    if to_regclass('act_hi_taskinst') is null or to_regclass('act_hi_varinst') is null
            or to_regclass('act_hi_op_log') is null then
        return; -- a new installation: Flyway runs before the engine creates its tables, and nothing is old
    end if;

    create temporary table v54_slutford on commit drop as
    select t.task_def_key_ as uppgift, t.proc_inst_id_ as instans, t.end_time_::timestamptz as klar,
           coalesce((select o.user_id_ from act_hi_op_log o
                      where o.task_id_ = t.id_ and o.operation_type_ = 'Complete' and o.user_id_ is not null
                      order by o.timestamp_ limit 1), t.assignee_) as vem
      from act_hi_taskinst t
     where t.task_def_key_ in ('Task_FoljaUpp', 'Task_UpprattaIndividuellPlan', 'Task_Utreda')
       and t.delete_reason_ = 'completed' and t.end_time_ is not null;

    update uppfoljning u
       set resultat_registrerad = s.klar, resultat_registrerad_av = s.vem
      from (select u2.id, min(s2.klar) as klar, min(s2.vem) as vem, count(*) as antal
              from uppfoljning u2
              join v54_slutford s2 on s2.uppgift = 'Task_FoljaUpp'
               and (s2.klar at time zone 'Europe/Stockholm')::date = u2.genomford
               and exists (select 1 from act_hi_varinst v where v.proc_inst_id_ = s2.instans and v.name_ = 'beslutId'
                            and v.text_ = u2.beslut_id::text)
             where u2.genomford is not null and u2.resultat_registrerad_av is null
             group by u2.id) s
     where s.id = u.id and s.antal = 1;

    update individuell_plan p
       set upprattad_av = s.vem, upprattad_registrerad = s.klar
      from v54_slutford s
     where s.uppgift = 'Task_UpprattaIndividuellPlan' and p.upprattad is not null and p.upprattad_av is null
       and exists (select 1 from act_hi_varinst v where v.proc_inst_id_ = s.instans and v.name_ = 'planId'
                    and v.text_ = p.id::text);

    update utredning u
       set avslutad_av = s.vem, avslutad_registrerad = s.klar
      from v54_slutford s
     where s.uppgift = 'Task_Utreda' and u.avslutad is not null and u.avslutad_av is null
       and exists (select 1 from act_hi_varinst v where v.proc_inst_id_ = s.instans and v.name_ = 'utredningId'
                    and v.text_ = u.id::text);
end $$;
