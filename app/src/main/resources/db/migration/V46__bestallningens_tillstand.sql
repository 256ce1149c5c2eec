-- Issue 17, ADR 21: the order's state is stored on the order, written by the use cases that change it (in their
-- transaction) and by a nightly job for the ends that come with the date, so that the provider's list counts and pages
-- a provider unit's orders by index instead of deriving every order's state from the decision, the case and the
-- interruptions on each request (docs/performance.md, "Stockholm, 2026-12-07, second run").
--
-- The names are Bestallning.Status's, in the order the provider works them: NY, ACCEPTERAD, VERKSTALLD, AVBRUTEN,
-- AVSLUTAD.
alter table bestallning add column tillstand varchar(20)
    check (tillstand in ('NY', 'ACCEPTERAD', 'VERKSTALLD', 'AVBRUTEN', 'AVSLUTAD'));

-- Every order as the list derived it until V45 (BestallningLasning.STATUSAR), on the municipality's day: ended first
-- (the order closed, the decision's validity out, the case closed), then interrupted (its latest avbrott open), started,
-- accepted, new.
update bestallning o
   set tillstand = case
           when (o.avslutad is not null and o.avslutad <= (now() at time zone 'Europe/Stockholm')::date)
                or (b.giltig_tom is not null and b.giltig_tom < (now() at time zone 'Europe/Stockholm')::date)
                or a.avslutat is not null then 'AVSLUTAD'
           when coalesce((select x.till is null from avbrott x where x.beslut_id = o.beslut_id
                           order by x.fran desc, x.skapad desc limit 1), false) then 'AVBRUTEN'
           when o.verkstalld is not null then 'VERKSTALLD'
           when o.accepterad is not null then 'ACCEPTERAD'
           else 'NY' end
  from beslut b join arende a on a.id = b.arende_id
 where b.id = o.beslut_id;

-- no default: whoever writes an order says its state (a default of NY would file a started order as new)
alter table bestallning alter column tillstand set not null;

-- The list's page: one provider unit's orders in one state, by requested start (then case number, from the case);
-- the counts per state read the same index alone. It replaces V45's index on the unit, which it begins with.
create index bestallning_utforare_tillstand on bestallning (utforare, tillstand, onskad_start);
drop index bestallning_utforare;
