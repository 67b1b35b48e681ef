package vn.chungsuc.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.chungsuc.campaign.domain.AllocationCheck;

class AllocationCheckTest {

    @Test
    void countsThatSumToTheGoalAndItsWholeAddUp() {
        AllocationCheck check = AllocationCheck.of(Goal.count(47, 48),
                Map.of("A", Goal.count(11, 11), "B", Goal.count(36, 37)), List.of("A", "B"));
        assertThat(check.addsUp()).isTrue();
    }

    @Test
    void countsShortOfTheGoalAreNamedWithBothSums() {
        AllocationCheck check = AllocationCheck.of(Goal.count(85, null),
                Map.of("A", Goal.count(50, null), "B", Goal.count(30, null)), List.of("A", "B"));
        assertThat(check.warnings()).singleElement().satisfies(w -> {
            assertThat(w.key()).isEqualTo("campaign.allocation.countShort");
            assertThat(w.args()).containsExactly("80", "85");
        });
    }

    @Test
    void unitsLeftWithoutAnAllocationAreCounted() {
        AllocationCheck check = AllocationCheck.of(Goal.count(2, 6), Map.of("A", Goal.count(2, 6)),
                List.of("A", "B", "C"));
        assertThat(check.warnings()).extracting(AllocationCheck.Warning::key)
                .containsExactly("campaign.allocation.missing");
    }

    @Test
    void sharesAveragingBelowTheGoalAreAWarning() {
        AllocationCheck check = AllocationCheck.of(Goal.share("80", true),
                Map.of("A", Goal.share("80", true), "B", Goal.share("80", true)), List.of("A", "B"));
        assertThat(check.warnings()).extracting(AllocationCheck.Warning::key)
                .containsExactly("campaign.allocation.shareShort");
    }

    @Test
    void ceilingsAveragingAboveTheGoalAreAWarning() {
        AllocationCheck check = AllocationCheck.of(Goal.ceiling("1"),
                Map.of("A", Goal.ceiling("0.5"), "B", Goal.ceiling("2")), List.of("A", "B"));
        assertThat(check.warnings()).extracting(AllocationCheck.Warning::key)
                .containsExactly("campaign.allocation.ceilingOver");
    }

    @Test
    void nothingAllocatedSaysSo() {
        assertThat(AllocationCheck.of(Goal.count(2, 2), Map.of(), List.of("A")).warnings())
                .extracting(AllocationCheck.Warning::key).containsExactly("campaign.allocation.none");
    }
}
