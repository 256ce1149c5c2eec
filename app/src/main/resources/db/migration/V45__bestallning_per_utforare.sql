-- The provider's list counts and pages its orders in the database (issue 17): find a provider unit's orders by index,
-- not by reading every order of the municipality.
create index bestallning_utforare on bestallning (utforare);
