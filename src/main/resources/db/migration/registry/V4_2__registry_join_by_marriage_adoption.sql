-- How a person joins a household ("Vào hộ do"): besides birth and moving in, by marriage (kết hôn) and by adoption
-- (nhận con nuôi), whether the person is new to the register or moves from another household of it.
alter table registry_membership drop constraint registry_membership_joined_by_check;
alter table registry_membership add constraint registry_membership_joined_by_check
    check (joined_by in ('FOUNDED', 'BORN', 'MOVED_IN', 'MARRIED', 'ADOPTED', 'SPLIT', 'IMPORTED', 'ENTERED',
                         'RELATION'));
