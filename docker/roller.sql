-- The application's own database account, with less than the owner (issue 18). Run as the database's owner (the
-- account that applies Camunda's scripts and Tillit's migrations), once before the first start and again after any
-- upgrade; it is idempotent. The DBA creates the account first:
--
--   create role tillit_app login password '...';
--
-- and Tillit is then started with SPRING_DATASOURCE_USERNAME=tillit_app for its work and SPRING_FLYWAY_USER /
-- SPRING_FLYWAY_PASSWORD set to the owner for its migrations (docs/operations.md, "Database").

grant usage on schema public to tillit_app;
grant select, insert, update, delete on all tables in schema public to tillit_app;
grant usage, select on all sequences in schema public to tillit_app;
-- what the owner creates later (Camunda's upgrade scripts, Tillit's migrations) is granted the same way
alter default privileges in schema public grant select, insert, update, delete on tables to tillit_app;
alter default privileges in schema public grant usage, select on sequences to tillit_app;

-- The access log: the application writes and reads rows, never changes or removes one. Its sealing runs through
-- atkomstlogg_forsegla, which runs as the owner. (Migration V49 revokes the same from every account but the owner, so
-- this holds even if the script is not run again after an upgrade.)
do $$
begin
    if to_regclass('atkomstlogg') is not null then
        revoke update, delete, truncate on atkomstlogg from tillit_app;
    end if;
end;
$$;

-- Gallring's grants (V52, ADR 24): only gallring_tillat and gallring_tillat_personen write them, as the owner; the
-- application reads them. The access log's pseudonymisation runs through atkomstlogg_pseudonymisera, as the owner, and
-- still requires such a grant in the calling transaction. (V52 revokes the same from every account but the owner.)
do $$
begin
    if to_regclass('gallringstillstand') is not null then
        revoke insert, update, delete, truncate on gallringstillstand from tillit_app;
    end if;
end;
$$;
