-- R35: the committee's indicators for a period, frozen at the period's end so a closed period reproduces the same
-- figures whatever is recorded later. One row per indicator, group (e.g. case type) and unit ('*' = all units).
create table nyckeltal_fryst (
    period_fran  date           not null,
    period_tom   date           not null,
    enhet        varchar(32)    not null,
    kod          varchar(40)    not null,
    grupp        varchar(40)    not null default '',
    taljare      numeric(14, 2) not null,
    namnare      numeric(14, 2) not null,
    fryst        timestamptz    not null default now(),
    primary key (period_fran, period_tom, enhet, kod, grupp),
    check (period_tom >= period_fran)
);
