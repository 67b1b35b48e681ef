package vn.chungsuc.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;
import vn.chungsuc.IntegrationTest;
import vn.chungsuc.shared.scope.UnitScope;

/**
 * Mergers, moves, renames and dissolutions on a made-up province (code 99, unused by the GSO), each test in a
 * transaction that is rolled back, so the shared demo data stays as it is.
 */
@IntegrationTest
@Transactional
@RecordApplicationEvents
class ReorganisationIntegrationTest {

    static final LocalDate START = LocalDate.of(2000, 1, 1);
    static final LocalDate MERGER = LocalDate.of(2020, 1, 1);

    @Autowired Reorganisation reorganisation;
    @Autowired TerritoryApi territory;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEvents events;

    @BeforeEach
    void aProvinceWithOneDistrictThreeCommunesAndTheirAreas() {
        reorganisation.add(NewUnit.of("99", "Thử Nghiệm", UnitType.PROVINCE, "VN", START));
        reorganisation.add(NewUnit.of("999", "Đồng Thử", UnitType.RURAL_DISTRICT, "99", START));
        reorganisation.add(NewUnit.of("99901", "An Thử", UnitType.COMMUNE, "999", START));
        reorganisation.add(NewUnit.of("99902", "Bình Thử", UnitType.COMMUNE, "999", START));
        reorganisation.add(NewUnit.of("99903", "Châu Thử", UnitType.WARD, "999", START));
        reorganisation.add(NewUnit.of("99901-01", "Đông", UnitType.VILLAGE, "99901", START));
        reorganisation.add(NewUnit.of("99901-02", "Đoài", UnitType.HAMLET, "99901", START));
        reorganisation.add(NewUnit.of("99902-01", "Nam", UnitType.VILLAGE, "99902", START));
        reorganisation.add(NewUnit.of("99903-01", "1", UnitType.RESIDENTIAL_GROUP, "99903", START));
    }

    @Test
    void mergingIntoANewCommuneEndsTheOldOnesAndMovesTheirAreas() {
        UnitView ab = reorganisation.merge(new Merge(List.of("99901", "99902"),
                new Merge.IntoNew("99-AB", "An Bình", UnitType.COMMUNE, "999"), MERGER, "Nghị quyết thử", null, false));

        assertThat(ab.path()).isEqualTo("/VN/99/999/99-AB/");
        assertThat(territory.children("999", MERGER.minusDays(1), UnitScope.ALL)).hasSize(3);
        assertThat(territory.children("999", MERGER, UnitScope.ALL)).extracting(UnitView::code)
                .containsExactlyInAnyOrder("99-AB", "99903");
        assertThat(territory.find("99901", MERGER, UnitScope.ALL)).isEmpty();
        assertThat(territory.children("99-AB", MERGER, UnitScope.ALL)).extracting(UnitView::code)
                .containsExactlyInAnyOrder("99901-01", "99901-02", "99902-01");
        assertThat(territory.find("99901-01", MERGER, UnitScope.ALL)).hasValueSatisfying(v -> {
            assertThat(v.path()).isEqualTo("/VN/99/999/99-AB/99901-01/");
            assertThat(v.type()).isEqualTo(UnitType.VILLAGE);
        });
        assertThat(territory.find("99901-01", MERGER.minusDays(1), UnitScope.ALL))
                .hasValueSatisfying(v -> assertThat(v.parentCode()).isEqualTo("99901"));
        assertThat(events.stream(UnitsMerged.class)).singleElement()
                .satisfies(e -> assertThat(e.sources()).containsExactly("99901", "99902"));
    }

    @Test
    void predecessorsAndSuccessorsComeFromTheMergerLinks() {
        reorganisation.merge(new Merge(List.of("99901", "99902"),
                new Merge.IntoNew("99-AB", "An Bình", UnitType.COMMUNE, "999"), MERGER, "Nghị quyết thử", null, false));

        Lineage merged = territory.lineage("99-AB");
        assertThat(merged.predecessors()).extracting(UnitRef::fullName).containsExactly("Xã An Thử", "Xã Bình Thử");
        assertThat(merged.successors()).isEmpty();
        assertThat(merged.events()).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(LineageKind.MERGE);
            assertThat(e.effectiveOn()).isEqualTo(MERGER);
            assertThat(e.legalBasis()).isEqualTo("Nghị quyết thử");
        });
        assertThat(territory.lineage("99901").successors()).extracting(UnitRef::code).containsExactly("99-AB");
        // The areas record their move, named before and after, without counting themselves as predecessors.
        Lineage area = territory.lineage("99901-01");
        assertThat(area.predecessors()).isEmpty();
        assertThat(area.events()).extracting(LineageEvent::kind).containsExactly(LineageKind.MOVE);
    }

    @Test
    void aCommuneMergedIntoAWardHasItsThonBecomeKhuPhoWhenTheDecisionSaysSo() {
        reorganisation.merge(new Merge(List.of("99901"), new Merge.Into("99903"), MERGER, "Nghị quyết thử",
                null, true));

        assertThat(territory.children("99903", MERGER, UnitScope.ALL))
                .extracting(UnitView::fullName)
                .containsExactlyInAnyOrder("Khu phố Đông", "Khu phố Đoài", "Tổ dân phố 1");
        assertThat(territory.lineage("99903").predecessors()).extracting(UnitRef::code).containsExactly("99901");
        assertThat(territory.find("99903", MERGER, UnitScope.ALL))
                .hasValueSatisfying(v -> assertThat(v.validFrom()).isEqualTo(START));
    }

    @Test
    void movingACommuneRepathsEverythingUnderIt() {
        reorganisation.add(NewUnit.of("998", "Tây Thử", UnitType.RURAL_DISTRICT, "99", START));
        reorganisation.move("99903", "998", MERGER, "Quyết định thử", null);

        assertThat(territory.find("99903-01", MERGER, UnitScope.ALL))
                .hasValueSatisfying(v -> assertThat(v.path()).isEqualTo("/VN/99/998/99903/99903-01/"));
        assertThat(territory.versions("99903-01", UnitScope.ALL)).hasSize(2);
        UnitScope oldDistrict = new UnitScope(false, java.util.Set.of(), java.util.Set.of("999"));
        assertThat(territory.find("99903-01", MERGER.minusDays(1), oldDistrict)).isPresent();
        assertThat(territory.find("99903-01", MERGER, oldDistrict)).isEmpty();
    }

    @Test
    void aRenameOpensANewVersionAndKeepsTheOldName() {
        reorganisation.rename("99901", "An Thử Mới", null, MERGER, "Nghị quyết thử", null);

        assertThat(territory.versions("99901", UnitScope.ALL)).extracting(UnitView::fullName)
                .containsExactly("Xã An Thử", "Xã An Thử Mới");
        assertThat(territory.lineage("99901").events()).singleElement()
                .satisfies(e -> assertThat(e.links()).singleElement().satisfies(l -> {
                    assertThat(l.from().fullName()).isEqualTo("Xã An Thử");
                    assertThat(l.to().fullName()).isEqualTo("Xã An Thử Mới");
                }));
    }

    @Test
    void aUnitWithUnitsUnderItCannotBeDissolvedUntilTheyAreMoved() {
        assertThatThrownBy(() -> reorganisation.dissolve("99902", MERGER, null, null))
                .isInstanceOf(ReorganisationRefused.class)
                .satisfies(e -> assertThat(((ReorganisationRefused) e).messageKey())
                        .isEqualTo("territory.error.hasChildren"));
        reorganisation.move("99902-01", "99901", MERGER, null, null);
        reorganisation.dissolve("99902", MERGER, null, null);
        assertThat(territory.find("99902", MERGER, UnitScope.ALL)).isEmpty();
        assertThat(territory.lineage("99902").events()).extracting(LineageEvent::kind)
                .containsExactly(LineageKind.DISSOLVE);
    }

    @Test
    void aDissolvedUnitNamesTheUnitsThatTookOverItsTerritory() {
        reorganisation.add(NewUnit.of("998", "Tây Thử", UnitType.RURAL_DISTRICT, "99", START));
        reorganisation.move("99903", "998", MERGER, null, null);
        reorganisation.move("99901", "998", MERGER, null, null);
        reorganisation.move("99902", "99", MERGER, null, null);
        reorganisation.dissolve("999", MERGER, "Nghị quyết thử", null, List.of("998", "99902"));

        assertThat(territory.find("999", MERGER, UnitScope.ALL)).isEmpty();
        Lineage ended = territory.lineage("999");
        assertThat(ended.successors()).extracting(UnitRef::code).containsExactly("998", "99902");
        assertThat(ended.events()).extracting(LineageEvent::kind).contains(LineageKind.DISSOLVE);
        // Taking over territory does not make the dissolved unit a predecessor.
        assertThat(territory.lineage("998").predecessors()).isEmpty();
        assertThatThrownBy(() -> reorganisation.dissolve("99903-01", MERGER.plusDays(1), null, null,
                List.of("00000"))).hasMessageContaining("territory.error.noUnit");
    }

    @Test
    void namesakesBroughtTogetherByAMergerCarryTheirFormerCommune() {
        reorganisation.add(NewUnit.of("99902-02", "Đông", UnitType.VILLAGE, "99902", START));
        reorganisation.merge(new Merge(List.of("99901", "99902"),
                new Merge.IntoNew("99-AB", "An Bình", UnitType.COMMUNE, "999"), MERGER, "Nghị quyết thử", null, false));

        assertThat(territory.childNodes("99-AB", MERGER, UnitScope.ALL))
                .extracting(n -> n.unit().code(), n -> n.formerParent() == null ? null : n.formerParent().name())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("99901-01", "An Thử"),
                        org.assertj.core.groups.Tuple.tuple("99902-02", "Bình Thử"),
                        org.assertj.core.groups.Tuple.tuple("99901-02", null),
                        org.assertj.core.groups.Tuple.tuple("99902-01", null));
        assertThat(territory.search("thon dong", MERGER, UnitScope.ALL, 0, 20).items())
                .filteredOn(m -> m.unit().path().contains("/99-AB/") && m.unit().name().equals("Đông"))
                .extracting(m -> m.formerParent().name()).containsExactlyInAnyOrder("An Thử", "Bình Thử");
        // Before the merger each commune had one Thôn Đông: nothing to tell apart.
        assertThat(territory.childNodes("99901", START, UnitScope.ALL)).allSatisfy(n ->
                assertThat(n.formerParent()).isNull());
    }

    @Test
    void changesThatCannotBeMadeAreRefusedWithAReason() {
        assertThatThrownBy(() -> reorganisation.add(NewUnit.of("99901", "Trùng", UnitType.COMMUNE, "999", MERGER)))
                .isInstanceOf(ReorganisationRefused.class).hasMessageContaining("territory.error.codeTaken");
        assertThatThrownBy(() -> reorganisation.add(NewUnit.of("9990", "Sai mã", UnitType.COMMUNE, "999", MERGER)))
                .hasMessageContaining("territory.error.code");
        assertThatThrownBy(() -> reorganisation.add(NewUnit.of("99904", "Cấp sai", UnitType.COMMUNE, "99901-01",
                MERGER))).hasMessageContaining("territory.error.level");
        assertThatThrownBy(() -> reorganisation.merge(new Merge(List.of("99901"), new Merge.Into("999"), MERGER,
                null, null, false))).hasMessageContaining("territory.error.mergeLevel");
        assertThatThrownBy(() -> reorganisation.merge(new Merge(List.of("99901"), new Merge.Into("99902"),
                LocalDate.of(1990, 1, 1), null, null, false))).hasMessageContaining("territory.error.noUnit");
    }

    @Test
    void theDatabaseRefusesTwoVersionsOfOneCodeOnTheSameDay() {
        assertThatThrownBy(() -> jdbc.sql("""
                        insert into territory_unit_version
                            (code, name, type, level, parent_code, path, valid_from, valid_to, search_key)
                        values ('99901', 'Chồng lấn', 'COMMUNE', 3, '999', '/VN/99/999/99901/', date '2010-01-01',
                                null, 'xa chong lan')""").update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}
