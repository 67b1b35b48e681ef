package vn.chungsuc.registry.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A household with its whole history: where it lived, who belonged to it, what happened. */
public record HouseholdDetail(long id, String code, String address, LocalDate startedOn, LocalDate endedOn,
        String endReason, List<Location> locations, List<MemberRow> memberships, List<EventRow> events) {

    /** Where the household lived during [validFrom, validTo). */
    public record Location(String areaCode, LocalDate validFrom, LocalDate validTo) {

        public boolean validOn(LocalDate date) {
            return !date.isBefore(validFrom) && (validTo == null || date.isBefore(validTo));
        }
    }

    /** Something that happened to the household or one of its members. */
    public record EventRow(long id, String kind, LocalDate occurredOn, String areaCode, Long personId,
            String personName, String otherHouseholdCode, String note, String recordedBy) {
    }

    public Optional<Location> locationOn(LocalDate date) {
        return locations.stream().filter(l -> l.validOn(date)).findFirst();
    }

    /** The last place it lived (the current one while it exists). */
    public Location lastLocation() {
        return locations.get(locations.size() - 1);
    }

    public List<MemberRow> membersOn(LocalDate date) {
        return memberships.stream().filter(m -> m.validOn(date)).toList();
    }

    public Optional<MemberRow> headOn(LocalDate date) {
        return membersOn(date).stream().filter(m -> m.relation() == Relation.HEAD).findFirst();
    }

    public boolean existsOn(LocalDate date) {
        return !date.isBefore(startedOn) && (endedOn == null || date.isBefore(endedOn));
    }
}
