package vn.chungsuc.indicators.domain;

import vn.chungsuc.shared.time.Period;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.chungsuc.shared.permission.Function;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.territory.UnitType;
import vn.chungsuc.territory.UnitView;

class EntryPolicyTest {

    private static final UnitView BA_DINH = new UnitView("14812", "Ba Đình", UnitType.WARD, "381", "/VN/38/381/14812/",
            LocalDate.of(2015, 1, 1), LocalDate.of(2025, 7, 1));
    private static final Actor WARD_OFFICER = new Actor("badinh", new UnitScope(false, Set.of("14812"), Set.of()),
            false);
    private static final Actor TOWN_FRONT = new Actor("mttq", new UnitScope(false, Set.of("381"), Set.of()), false,
            Set.of(Function.FRONT));
    private static final Actor TOWN_CULTURE = new Actor("vhtt", new UnitScope(false, Set.of("381"), Set.of()), false,
            Set.of(Function.CULTURE));
    private static final Approver TOWN_FRONT_COMMITTEE = new Approver(Approver.Source.OWNER_ABOVE, "381-MTTQ",
            "Ủy ban MTTQ Việt Nam thị xã Bỉm Sơn", Set.of(Function.FRONT), "381", "Thị xã Bỉm Sơn", "/VN/38/381/", null);
    private static final Actor OTHER_WARD = new Actor("quangtrung", new UnitScope(false, Set.of("14824"), Set.of()),
            false);

    private static Entry entry(EntryStatus status, String submittedBy) {
        return new Entry(1, "clean-water", "14812", Period.year(2020), status, 5, 10, null, null, null, null, null,
                submittedBy, Instant.now(), "badinh", Instant.now(), 0);
    }

    @Test
    void theWardsOfficersEnterItsValuesAndOthersDoNot() {
        assertThat(EntryPolicy.mayEnter(WARD_OFFICER, BA_DINH, null).allowed()).isTrue();
        assertThat(EntryPolicy.mayEnter(OTHER_WARD, BA_DINH, null).reasonKey())
                .isEqualTo("indicators.entry.refused.scope");
    }

    @Test
    void aSubmittedValueCannotBeChangedUntilItIsDecided() {
        assertThat(EntryPolicy.mayEnter(WARD_OFFICER, BA_DINH, entry(EntryStatus.SUBMITTED, "badinh")).allowed())
                .isFalse();
        assertThat(EntryPolicy.mayEnter(WARD_OFFICER, BA_DINH, entry(EntryStatus.RETURNED, "badinh")).allowed())
                .isTrue();
    }

    @Test
    void theTownApprovesAWardsValueButTheWardDoesNot() {
        Entry submitted = entry(EntryStatus.SUBMITTED, "badinh");
        assertThat(EntryPolicy.mayApprove(TOWN_FRONT, TOWN_FRONT_COMMITTEE, submitted).allowed()).isTrue();
        assertThat(EntryPolicy.mayApprove(WARD_OFFICER, TOWN_FRONT_COMMITTEE, submitted).reasonKey())
                .isEqualTo("indicators.entry.refused.approver");
    }

    @Test
    void aTownOfficerWhoDoesNotActForTheApprovingBodyDoesNotApprove() {
        Entry submitted = entry(EntryStatus.SUBMITTED, "badinh");
        assertThat(EntryPolicy.mayApprove(TOWN_CULTURE, TOWN_FRONT_COMMITTEE, submitted).allowed()).isFalse();
        Approver townOfficers = new Approver(Approver.Source.OFFICERS_ABOVE, null, null, Set.of(), "381",
                "Thị xã Bỉm Sơn", "/VN/38/381/", null);
        assertThat(EntryPolicy.mayApprove(TOWN_CULTURE, townOfficers, submitted).allowed()).isTrue();
    }

    @Test
    void nobodyApprovesHisOwnSubmission() {
        assertThat(EntryPolicy.mayApprove(TOWN_FRONT, TOWN_FRONT_COMMITTEE, entry(EntryStatus.SUBMITTED, "mttq")).reasonKey())
                .isEqualTo("indicators.entry.refused.own");
    }

    @Test
    void onlyASubmittedValueCanBeApproved() {
        assertThat(EntryPolicy.mayApprove(TOWN_FRONT, TOWN_FRONT_COMMITTEE, entry(EntryStatus.DRAFT, "badinh")).reasonKey())
                .isEqualTo("indicators.entry.refused.notSubmitted");
    }

    @Test
    void theParentPathDropsTheLastUnit() {
        assertThat(EntryPolicy.parentPath(BA_DINH)).isEqualTo("/VN/38/381/");
    }
}
