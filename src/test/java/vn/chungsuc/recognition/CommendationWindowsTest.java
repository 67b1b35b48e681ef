package vn.chungsuc.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.chungsuc.recognition.domain.AgencyCycle;
import vn.chungsuc.recognition.domain.CommendationWindows;
import vn.chungsuc.recognition.domain.CommendationWindows.Window;

/** Giấy khen windows (NĐ 122/2018/NĐ-CP) and the agency cycle (TT 08/2014/TT-BVHTTDL). */
class CommendationWindowsTest {

    private static final Set<Integer> EVERY_YEAR = Set.of(2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025);

    @Test
    void afterAnAwardFor2020To2022the2021To2023WindowIsNotEligibleBut2023To2025Is() {
        List<Window> given = List.of(new Window(2020, 2022));
        assertThat(CommendationWindows.eligible(EVERY_YEAR, given, 3, 2023)).isEmpty();
        assertThat(CommendationWindows.eligible(EVERY_YEAR, given, 3, 2024)).isEmpty();
        assertThat(CommendationWindows.eligible(EVERY_YEAR, given, 3, 2025)).contains(new Window(2023, 2025));
    }

    @Test
    void threeConsecutiveYearsAreNeededForAFamilyAndFiveForAnArea() {
        Set<Integer> gap = Set.of(2020, 2021, 2023, 2024);
        assertThat(CommendationWindows.eligible(gap, List.of(), 3, 2022)).isEmpty();
        assertThat(CommendationWindows.eligible(gap, List.of(), 3, 2024)).isEmpty();
        assertThat(CommendationWindows.eligible(Set.of(2020, 2021, 2022), List.of(), 3, 2022))
                .contains(new Window(2020, 2022));
        assertThat(CommendationWindows.eligible(Set.of(2020, 2021, 2022, 2023), List.of(), 5, 2023)).isEmpty();
        assertThat(CommendationWindows.eligible(EVERY_YEAR, List.of(), 5, 2022)).contains(new Window(2018, 2022));
    }

    @Test
    void theScheduleNeverOverlaps() {
        assertThat(CommendationWindows.schedule(EVERY_YEAR, List.of(), 3, 2018, 2025))
                .containsExactly(new Window(2018, 2020), new Window(2021, 2023));
    }

    @Test
    void anAgencyIsFirstRecognisedTwoYearsAfterRegistrationThenEveryFiveYears() {
        AgencyCycle cycle = new AgencyCycle(2, 5);
        assertThat(cycle.mayRecognise(2017, java.util.OptionalInt.empty(), 2018)).isFalse();
        assertThat(cycle.mayRecognise(2017, java.util.OptionalInt.empty(), 2019)).isTrue();
        assertThat(cycle.mayRecognise(2017, java.util.OptionalInt.of(2019), 2023)).isFalse();
        assertThat(cycle.mayRecognise(2017, java.util.OptionalInt.of(2019), 2024)).isTrue();
        assertThat(cycle.renewalDue(2019)).isEqualTo(2024);
    }
}
