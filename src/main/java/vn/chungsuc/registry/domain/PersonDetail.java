package vn.chungsuc.registry.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A person and every household he belonged to (latest first). */
public record PersonDetail(long id, String fullName, Sex sex, LocalDate birthDate, String citizenId, String phone,
        String ethnicity, LocalDate diedOn, Long mergedInto, String mergedIntoName, List<MemberRow> memberships) {

    public Optional<MemberRow> membershipOn(LocalDate date) {
        return memberships.stream().filter(m -> m.validOn(date)).findFirst();
    }

    /** The latest membership, current or not. */
    public Optional<MemberRow> lastMembership() {
        return memberships.stream().findFirst();
    }
}
