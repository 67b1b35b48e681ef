-- Issue 18, hole 13: the lengths of what is typed in the register, as PersonRules checks them: an address 500
-- characters, a name of an organisation or place 200, a person's full name 100 and never blank, the ethnic note 200.
-- NOT VALID: checked for every new or changed row, without refusing a row written before.
alter table registry_household
    add constraint registry_household_address_length check (char_length(address) <= 500) not valid;
alter table registry_organisation
    add constraint registry_organisation_name_length check (char_length(name) <= 200) not valid,
    add constraint registry_organisation_address_length check (char_length(address) <= 500) not valid;
alter table registry_public_place
    add constraint registry_public_place_name_length check (char_length(name) <= 200) not valid,
    add constraint registry_public_place_address_length check (char_length(address) <= 500) not valid;
alter table registry_person
    add constraint registry_person_full_name check (btrim(full_name) <> '' and char_length(full_name) <= 100) not valid;
