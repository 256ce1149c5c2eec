-- The unit's unassigned tasks (/uppgifter?vy=enhetens), in the list's own order and only those rows: the count of a
-- city's unit (100 000 open tasks in the Stockholm load test) is read from this index alone, and the first page is its
-- first 25 entries instead of a sort of every task due on the same day (docs/performance.md).
create index if not exists uppgift_enhetens_otilldelade
    on uppgift (enhet_kod, kandidatroll, forfaller nulls last, skapad) where tilldelad is null;
