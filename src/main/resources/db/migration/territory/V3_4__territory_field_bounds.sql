-- Issue 18, hole 13: the bounds of what is typed about a unit, as the application checks them (UnitRules): a name
-- of at most 200 characters. NOT VALID: checked for every new or changed row, without refusing a row written before.
alter table territory_unit_version
    add constraint territory_unit_version_name_length check (char_length(name) <= 200) not valid;
-- A version never starts at 'infinity' or '-infinity' (which PostgreSQL's date accepts).
alter table territory_unit_version
    add constraint territory_unit_version_finite_start check (isfinite(valid_from)) not valid;
