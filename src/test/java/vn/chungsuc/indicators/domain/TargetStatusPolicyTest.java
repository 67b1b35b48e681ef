package vn.chungsuc.indicators.domain;

import vn.chungsuc.shared.time.Period;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.chungsuc.campaign.Goal;
import vn.chungsuc.indicators.domain.TargetStatusPolicy.Observation;

class TargetStatusPolicyTest {

    private static final double DEADLINE_2020 = 2021.0;
    private static final Observation BASELINE_2017 = at(Period.year(2017), 50, 100);

    private static Observation at(Period p, long num, long den) {
        return new Observation(p.endTime(), new Fraction(num, den));
    }

    private static TargetStatus status(Goal goal, Observation now, Observation base) {
        return TargetStatusPolicy.assess(goal, now, base, DEADLINE_2020).status();
    }

    @Test
    void aValueThatMeetsTheGoalIsAchievedWhateverTheYear() {
        assertThat(status(Goal.share("70", false), at(Period.year(2018), 71, 100), BASELINE_2017))
                .isEqualTo(TargetStatus.ACHIEVED);
    }

    @Test
    void aValueAtTheSteadyPathIsOnTrack() {
        // 50% in 2017, 70% due at the end of 2020: the path stands at 56.7% at the end of 2018.
        assertThat(status(Goal.share("70", false), at(Period.year(2018), 57, 100), BASELINE_2017))
                .isEqualTo(TargetStatus.ON_TRACK);
    }

    @Test
    void aValueThatCoveredHalfTheWayAskedForIsAtRisk() {
        assertThat(status(Goal.share("70", false), at(Period.year(2018), 54, 100), BASELINE_2017))
                .isEqualTo(TargetStatus.AT_RISK);
    }

    @Test
    void aValueThatCoveredLessThanHalfTheWayIsOffTrack() {
        assertThat(status(Goal.share("70", false), at(Period.year(2018), 52, 100), BASELINE_2017))
                .isEqualTo(TargetStatus.OFF_TRACK);
    }

    @Test
    void aValueMovingAwayFromTheGoalIsOffTrack() {
        assertThat(status(Goal.share("70", false), at(Period.year(2019), 48, 100), BASELINE_2017))
                .isEqualTo(TargetStatus.OFF_TRACK);
    }

    @Test
    void atTheDeadlineOnlyTheGoalCounts() {
        // "Trên 80%": exactly 80% at the end of 2020 is not achieved and cannot be on track any more.
        TargetStatus s = status(Goal.share("80", true), at(Period.year(2020), 80, 100), at(Period.year(2017), 70, 100));
        assertThat(s).isEqualTo(TargetStatus.AT_RISK);
    }

    @Test
    void theLastYearOnceOverIsFinal() {
        // The year 2020 seen in 2026: 80% of "Trên 80%" is "Không đạt"; seen in mid-2020 it is still at risk.
        Observation end2020 = at(Period.year(2020), 80, 100);
        Observation base = at(Period.year(2017), 70, 100);
        assertThat(TargetStatusPolicy.assess(Goal.share("80", true), end2020, base, DEADLINE_2020, 2026.9).status())
                .isEqualTo(TargetStatus.NOT_MET);
        assertThat(TargetStatusPolicy.assess(Goal.share("80", true), end2020, base, DEADLINE_2020, 2020.5).status())
                .isEqualTo(TargetStatus.AT_RISK);
        // A half-year of the last year is not its end: still a path.
        assertThat(TargetStatusPolicy.assess(Goal.share("80", true), at(Period.firstHalf(2020), 79, 100), base,
                DEADLINE_2020, 2026.9).status()).isNotEqualTo(TargetStatus.NOT_MET);
    }

    @Test
    void afterTheProgrammesLastYearATargetNotMetIsNotMet() {
        // 2021 is after the programme's period (deadline 2020): 79% of "Trên 80%" is "Không đạt", not at risk.
        TargetStatus s = status(Goal.share("80", true), at(Period.year(2021), 79, 100), at(Period.year(2017), 70, 100));
        assertThat(s).isEqualTo(TargetStatus.NOT_MET);
        assertThat(status(Goal.share("80", true), at(Period.year(2021), 81, 100), BASELINE_2017))
                .isEqualTo(TargetStatus.ACHIEVED);
    }

    @Test
    void aCeilingRunsTheOtherWay() {
        Goal poor = Goal.ceiling("1");
        Observation base = at(Period.year(2017), 48, 1000);
        assertThat(status(poor, at(Period.year(2018), 35, 1000), base)).isEqualTo(TargetStatus.ON_TRACK);
        assertThat(status(poor, at(Period.year(2020), 14, 1000), base)).isEqualTo(TargetStatus.AT_RISK);
        assertThat(status(poor, at(Period.year(2019), 50, 1000), base)).isEqualTo(TargetStatus.OFF_TRACK);
        assertThat(status(poor, at(Period.year(2020), 10, 1000), base)).isEqualTo(TargetStatus.ACHIEVED);
    }

    @Test
    void theFirstHalfOfAYearStandsHalfwayAlongThePath() {
        // From 50% (end of 2017) to 70% (end of 2020): by mid-2018 the path stands at 53.3%.
        assertThat(status(Goal.share("70", false), at(Period.firstHalf(2018), 54, 100), BASELINE_2017))
                .isEqualTo(TargetStatus.ON_TRACK);
    }

    @Test
    void theFirstValueOfTheProgrammeIsItsOwnBaselineAndOnTrack() {
        assertThat(status(Goal.share("70", false), BASELINE_2017, null)).isEqualTo(TargetStatus.ON_TRACK);
    }

    @Test
    void noValueIsNoDataAndNoGoalIsNoGoal() {
        assertThat(status(Goal.share("70", false), null, BASELINE_2017)).isEqualTo(TargetStatus.NO_DATA);
        assertThat(status(null, at(Period.year(2018), 3, 5), null)).isEqualTo(TargetStatus.NO_GOAL);
        assertThat(status(Goal.share("70", false), at(Period.year(2018), 0, 0), null))
                .isEqualTo(TargetStatus.NO_DATA);
    }
}
