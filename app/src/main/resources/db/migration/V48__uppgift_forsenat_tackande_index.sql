-- Försenat counts the unit's tasks due before the horizon per task type and per handläggare (issue 15): with the type
-- and the assignee in the index itself the counts are index-only scans of that range, not a heap fetch per task
-- (tens of thousands per unit at Stockholm's size). It replaces the index it extends, so the projection's writes
-- keep the same number of indexes.
drop index if exists uppgift_enhet_forfaller;
create index uppgift_enhet_forfaller on uppgift (enhet_kod, kandidatroll, forfaller nulls last) include (uppgiftstyp, tilldelad);
