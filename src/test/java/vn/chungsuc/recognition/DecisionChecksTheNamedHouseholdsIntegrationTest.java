package vn.chungsuc.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;
import vn.chungsuc.IntegrationTest;
import vn.chungsuc.registry.HouseholdRef;
import vn.chungsuc.registry.RegistryApi;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.territory.TerritoryApi;
import vn.chungsuc.territory.UnitView;

/**
 * A title decision checks the households it names (one query for all of them, not every household of the commune)
 * and answers the decision as stored.
 */
@IntegrationTest
@Transactional
@RecordApplicationEvents
class DecisionChecksTheNamedHouseholdsIntegrationTest {

    static final LocalDate SIGNED = LocalDate.of(2023, 12, 20);
    static final String QUANG_TRUNG = "14824";
    static final String BA_DINH = "14812";

    @Autowired RecognitionApi recognition;
    @Autowired RegistryApi registry;
    @Autowired TerritoryApi territory;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEvents events;

    private List<String> householdsOf(String commune, int n) {
        List<String> areas = territory.children(commune, SIGNED, UnitScope.ALL).stream().map(UnitView::code).toList();
        // Leave out what the demo's 2023 rounds already decided, listed or excluded.
        java.util.Set<String> awarded = new java.util.HashSet<>(jdbc.sql("""
                select subject_code from recognition_award where year = 2023
                union select e.household_code from recognition_entry e join recognition_round r on r.id = e.round_id
                      where r.year = 2023
                union select household_code from recognition_exclusion""").query(String.class).list());
        List<String> out = new ArrayList<>();
        for (HouseholdRef h : registry.households(areas, SIGNED)) {
            if (!awarded.contains(h.code()) && out.size() < n) {
                out.add(h.code());
            }
        }
        return out;
    }

    private NewDecision decision(String number, List<String> households) {
        return new NewDecision("CULTURAL_FAMILY", 2023, QUANG_TRUNG, number, SIGNED, "Chủ tịch UBND",
                households.stream().map(c -> new NewDecision.Subject(c, null, null)).toList());
    }

    @Test
    void aHouseholdOfAnotherCommuneIsRefusedAndNothingIsRecorded() {
        List<String> mine = householdsOf(QUANG_TRUNG, 3);
        List<String> theirs = householdsOf(BA_DINH, 1);
        assertThat(mine).hasSize(3);
        assertThat(theirs).hasSize(1);
        List<String> named = new ArrayList<>(mine);
        named.add(theirs.get(0));
        long before = jdbc.sql("select count(*) from recognition_award").query(Long.class).single();
        assertThatThrownBy(() -> recognition.decide(decision("901/QĐ-UBND", named), UnitScope.ALL))
                .hasMessageContaining("recognition.refused.decision.householdsNotInUnit");
        assertThatThrownBy(() -> recognition.decide(decision("902/QĐ-UBND", List.of("KHONG-CO-HO-NAY")),
                UnitScope.ALL)).hasMessageContaining("recognition.refused.decision.householdsNotInUnit");
        assertThat(jdbc.sql("select count(*) from recognition_award").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void theAnswerIsTheDecisionAsStoredWithEachHouseholdsHeadAndArea() {
        List<String> mine = householdsOf(QUANG_TRUNG, 40);
        assertThat(mine).hasSize(40);
        DecisionView made = recognition.decide(decision("903/QĐ-UBND", mine), UnitScope.ALL);
        DecisionView stored = recognition.decision(made.id(), UnitScope.ALL).orElseThrow();
        assertThat(made.awardCount()).isEqualTo(40);
        assertThat(made.awards()).isEqualTo(stored.awards());
        assertThat(made).usingRecursiveComparison().isEqualTo(stored);
        HouseholdRef first = registry.household(mine.get(0), SIGNED).orElseThrow();
        assertThat(stored.awards()).anySatisfy(a -> {
            assertThat(a.subjectCode()).isEqualTo(first.code());
            assertThat(a.subjectName()).isEqualTo(first.headName());
            assertThat(a.countedUnit()).isEqualTo(first.areaCode());
        });
    }

    /**
     * The audit entry names the decision and its count (its list is the decision's, read back by id), and the event
     * carries the units where the awards count rather than every household: what a 1,280-family decision wrote
     * twice besides its awards.
     */
    @Test
    void theAuditEntryAndTheEventCarryTheCountAndTheUnitsNotEverySubject() {
        List<String> mine = householdsOf(QUANG_TRUNG, 30);
        assertThat(mine).hasSize(30);
        DecisionView made = recognition.decide(decision("904/QĐ-UBND", mine), UnitScope.ALL);
        String entry = jdbc.sql("select new_value::text from shared_audit_entry where entity_type = "
                + "'recognition.decision' and entity_id = ?").param(String.valueOf(made.id())).query(String.class)
                .single();
        assertThat(entry).contains("\"subjectCount\": 30").contains("\"decision\": " + made.id())
                .doesNotContain(mine.get(0)).doesNotContain("subjects");
        assertThat(recognition.decision(made.id(), UnitScope.ALL).orElseThrow().awards())
                .extracting(DecisionView.AwardView::subjectCode).containsExactlyInAnyOrderElementsOf(mine);
        TitleAwarded awarded = events.stream(TitleAwarded.class).filter(e -> e.decisionId() == made.id())
                .findFirst().orElseThrow();
        List<String> areas = made.awards().stream().map(DecisionView.AwardView::countedUnit).distinct().sorted()
                .toList();
        assertThat(awarded.countedUnits()).isEqualTo(areas).isNotEmpty();
        assertThat(areas).allSatisfy(a -> assertThat(a).isNotEqualTo(QUANG_TRUNG));
    }
}
