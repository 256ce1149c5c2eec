-- The authority unit that placed the order: the chef's view counts ej verkställda beslut per unit.
alter table bestallning add column bestallande_enhet varchar(32) references enhet (kod);
create index ej_verkstallt_oppna on ej_verkstallt (beslut_id) where stangd is null;
