-- R24: tomdygnsersättning runs from the day the provider received the order for a *booked place*, not from the
-- order itself: a housing decision that waits for a place (ej verkställt) costs nothing until a place is booked.
alter table bestallning add column plats_bokad date;
