-- R25: every version of a decision table (DMN) an administrator deployed from /admin/tabeller or
-- /api/admin/tabeller: which table and version, the engine's deployment, the file (its name as uploaded and
-- its SHA-256), when and by whom. Written in the transaction of the deployment itself; append-only.
-- Versions the application deploys at start from its own decisions/ folder have no row (shown as "vid start").
create table tabellversion (
    id             bigint        generated always as identity primary key,
    beslutsnyckel  varchar(255)  not null,
    version        integer       not null,
    deployment_id  varchar(64)   not null unique,
    filnamn        varchar(255)  not null,
    sha256         char(64)      not null,
    driftsatt      timestamptz   not null,
    driftsatt_av   varchar(100)  not null
);
-- not unique: a version number comes back if its deployment is deleted in Cockpit and a new one is deployed
create index tabellversion_nyckel on tabellversion (beslutsnyckel, version);
