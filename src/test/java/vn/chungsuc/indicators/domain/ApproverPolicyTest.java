package vn.chungsuc.indicators.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.chungsuc.shared.permission.Function;
import vn.chungsuc.territory.Body;
import vn.chungsuc.territory.BodyKind;
import vn.chungsuc.territory.UnitType;
import vn.chungsuc.territory.UnitView;

class ApproverPolicyTest {

    private static final LocalDate TWO_TIER = LocalDate.of(2025, 7, 1);
    private static final LocalDate START = LocalDate.of(2015, 1, 1);
    private static final UnitView PROVINCE = new UnitView("38", "Thanh Hóa", UnitType.PROVINCE, "VN", "/VN/38/",
            START, null);
    private static final UnitView TOWN = new UnitView("381", "Bỉm Sơn", UnitType.DISTRICT_TOWN, "38", "/VN/38/381/", START,
            TWO_TIER);
    private static final UnitView BA_DINH = new UnitView("14812", "Ba Đình", UnitType.WARD, "381",
            "/VN/38/381/14812/", START, TWO_TIER);
    private static final UnitView BIM_SON = new UnitView("38-BS", "Bỉm Sơn", UnitType.WARD, "38", "/VN/38/38-BS/",
            TWO_TIER, null);

    private static final Body TOWN_FRONT = body("381-MTTQ", "381", BodyKind.FRONT_COMMITTEE, START, TWO_TIER,
            Function.FRONT);
    private static final Body TOWN_CULTURE = body("381-VHTT", "381", BodyKind.GOVERNMENT, START, TWO_TIER,
            Function.CULTURE);
    private static final Body WARD_OFFICE = body("38-BS-VP", "38-BS", BodyKind.GOVERNMENT, TWO_TIER, null,
            Function.OFFICE, Function.HOME_AFFAIRS);
    private static final Body WARD_FRONT = body("38-BS-MTTQ", "38-BS", BodyKind.FRONT_COMMITTEE, TWO_TIER, null,
            Function.FRONT);
    private static final Body PROVINCE_CULTURE = body("38-SVHTTDL", "38", BodyKind.GOVERNMENT, START, null,
            Function.CULTURE);
    private static final Map<String, Body> BODIES = Map.of(TOWN_FRONT.code(), TOWN_FRONT, TOWN_CULTURE.code(),
            TOWN_CULTURE, WARD_OFFICE.code(), WARD_OFFICE, WARD_FRONT.code(), WARD_FRONT, PROVINCE_CULTURE.code(),
            PROVINCE_CULTURE);
    private static final Map<String, UnitView> UNITS = Map.of("38", PROVINCE, "381", TOWN, "14812", BA_DINH,
            "38-BS", BIM_SON);

    private static Body body(String code, String unit, BodyKind kind, LocalDate from, LocalDate to, Function... f) {
        return new Body(1, code, unit, kind, Set.of(f), code, from, to, null);
    }

    private static Approver decide(String indicator, UnitView unit, UnitView parent, LocalDate on,
            List<ApproverRule> rules, Function owner) {
        return ApproverPolicy.decide(new ApproverPolicy.Situation(indicator, unit, parent, on, rules,
                code -> Optional.ofNullable(BODIES.get(code)), code -> Optional.ofNullable(UNITS.get(code)), owner,
                BODIES.values().stream().filter(b -> b.unitCode().equals(parent.code())).toList(),
                BODIES.values().stream().filter(b -> b.unitCode().equals(unit.code())).toList()));
    }

    @Test
    void beforeTheMergerTheTownsFrontApprovesAWardsFigure() {
        Approver a = decide("waste-collection", BA_DINH, TOWN, LocalDate.of(2021, 12, 31), List.of(), null);
        assertThat(a.source()).isEqualTo(Approver.Source.OWNER_ABOVE);
        assertThat(a.bodyCode()).isEqualTo("381-MTTQ");
    }

    @Test
    void anIndicatorOwnedByADepartmentGoesToThatDepartmentAbove() {
        Approver a = decide("cultural-agencies", BA_DINH, TOWN, LocalDate.of(2021, 12, 31), List.of(),
                Function.CULTURE);
        assertThat(a.bodyCode()).isEqualTo("381-VHTT");
    }

    @Test
    void withoutADistrictTheSameWardsChairApprovesThroughItsOffice() {
        Approver a = decide("waste-collection", BIM_SON, PROVINCE, LocalDate.of(2026, 12, 31), List.of(), null);
        assertThat(a.source()).isEqualTo(Approver.Source.CHAIR_SAME_LEVEL);
        assertThat(a.bodyCode()).isEqualTo("38-BS-VP");
        Actor chair = new Actor("ubndbimson", new vn.chungsuc.shared.scope.UnitScope(false, Set.of("38-BS"),
                Set.of()), false, Set.of(Function.COMMUNE, Function.OFFICE));
        Actor wardOfficer = new Actor("badinh", new vn.chungsuc.shared.scope.UnitScope(false, Set.of("38-BS"),
                Set.of()), false, Set.of(Function.COMMUNE));
        assertThat(a.admits(chair)).isTrue();
        assertThat(a.admits(wardOfficer)).isFalse();
    }

    @Test
    void aConfiguredLineWinsWhileItHoldsAndTheDeepestLineWinsOverOneAbove() {
        ApproverRule province = new ApproverRule(7, "38", "model-families", "38-SVHTTDL", TWO_TIER, null, null, "admin");
        ApproverRule ward = new ApproverRule(8, "38-BS", null, "38-BS-MTTQ", LocalDate.of(2026, 1, 1), null, null,
                "admin");
        Approver a = decide("model-families", BIM_SON, PROVINCE, LocalDate.of(2025, 12, 31), List.of(province, ward),
                null);
        assertThat(a.source()).isEqualTo(Approver.Source.CONFIGURED);
        assertThat(a.bodyCode()).isEqualTo("38-SVHTTDL");
        assertThat(a.ruleId()).isEqualTo(7L);
        Approver later = decide("model-families", BIM_SON, PROVINCE, LocalDate.of(2026, 6, 30),
                List.of(province, ward), null);
        assertThat(later.bodyCode()).isEqualTo("38-BS-MTTQ");
        // Another indicator is not covered by the province's line.
        assertThat(decide("clean-water", BIM_SON, PROVINCE, LocalDate.of(2025, 12, 31), List.of(province), null)
                .source()).isEqualTo(Approver.Source.CHAIR_SAME_LEVEL);
    }

    @Test
    void aLineWhoseBodyHadEndedIsPassedOver() {
        ApproverRule stale = new ApproverRule(9, "14812", null, "381-VHTT", START, null, null, "admin");
        Approver a = decide("waste-collection", BA_DINH, TOWN, LocalDate.of(2025, 6, 30), List.of(stale),
                null);
        assertThat(a.bodyCode()).isEqualTo("381-VHTT");
        // The same line, for a figure dated after the town's departments ended, gives way to the default.
        UnitView baDinhLate = new UnitView("14812", "Ba Đình", UnitType.WARD, "381", "/VN/38/381/14812/", START, null);
        Approver after = decide("waste-collection", baDinhLate, TOWN, LocalDate.of(2025, 8, 1), List.of(stale), null);
        assertThat(after.source()).isNotEqualTo(Approver.Source.CONFIGURED);
    }

    @Test
    void whereTheLevelAboveHasNoBodyItsOfficersApprove() {
        UnitView area = new UnitView("14812-01", "Khu phố 1", UnitType.QUARTER, "14812", "/VN/38/381/14812/14812-01/",
                START, TWO_TIER);
        Approver a = decide("civilised-streets", area, BA_DINH, LocalDate.of(2020, 12, 31), List.of(), null);
        assertThat(a.source()).isEqualTo(Approver.Source.OFFICERS_ABOVE);
        assertThat(a.admits(new Actor("badinh", new vn.chungsuc.shared.scope.UnitScope(false, Set.of("14812"),
                Set.of()), false))).isTrue();
    }
}
