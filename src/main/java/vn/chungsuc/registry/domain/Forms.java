package vn.chungsuc.registry.domain;

import java.util.List;

/**
 * What officers type on the registry's screens. Fields are text as typed (dates as dd/MM/yyyy) and are checked by
 * {@link HouseholdCommands}, which says what is wrong field by field in Vietnamese.
 */
public final class Forms {

    private Forms() {
    }

    /** A new household and its head. */
    public record NewHousehold(String code, String areaCode, String address, String startedOn, String fullName,
            String sex, String birthDate, String citizenId, String ethnicity, String phone) {

        public static NewHousehold empty(String areaCode, String today) {
            return new NewHousehold("", areaCode, "", today, "", "", "", "", "Kinh", "");
        }

        public PersonData person() {
            return new PersonData(fullName, sex, birthDate, citizenId, ethnicity, phone);
        }
    }

    /** A person's own data. */
    public record PersonData(String fullName, String sex, String birthDate, String citizenId, String ethnicity,
            String phone) {
    }

    /**
     * A person new to the register joining a household ("Vào hộ do"): by birth ({@code BORN}), marriage
     * ({@code MARRIED}), adoption ({@code ADOPTED}) or moving in from outside the register ({@code MOVED_IN}).
     * {@code EXISTING} asks to move a person the register already holds instead ({@link Transfer}).
     */
    public record NewMember(String fullName, String sex, String birthDate, String citizenId, String ethnicity,
            String phone, String relation, String joinedBy, String on) {

        public static NewMember empty(String today) {
            return new NewMember("", "", "", "", "Kinh", "", "CHILD", "BORN", today);
        }

        public PersonData person() {
            return new PersonData(fullName, sex, birthDate, citizenId, ethnicity, phone);
        }
    }

    /**
     * A person the register already holds, living in another household the officer manages, joins this one: by
     * marriage, adoption or moving in, from a date, with a note; {@code q} is the search that found him.
     */
    public record Transfer(String q, Long personId, String joinedBy, String relation, String on, String note) {

        public static Transfer empty(String q, String today) {
            return new Transfer(q == null ? "" : q, null, "MOVED_IN", "OTHER", today, "");
        }
    }

    /** A member leaving: death, moving out of the register, or moving to another household. */
    public record Leave(String reason, String on, String toHouseholdCode, String toRelation, Long newHeadId) {

        public static Leave empty(String today) {
            return new Leave("MOVED_OUT", today, "", "OTHER", null);
        }
    }

    /** The household moves to another residential area (and address). */
    public record Move(String areaCode, String address, String on) {
    }

    /** Some members form a new household. */
    public record Split(String newCode, String areaCode, String address, String on, List<Long> memberIds,
            Long newHeadId) {

        public Split {
            memberIds = memberIds == null ? List.of() : List.copyOf(memberIds);
        }
    }

    /** The household ends. */
    public record End(String reason, String on) {
    }

    /** The household's own data. */
    public record Edit(String address) {
    }

    /** A field and what is wrong with it. */
    public record Violation(String field, Problem problem) {
    }
}
