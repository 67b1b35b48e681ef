package vn.chungsuc.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class GoalTest {

    private static final Locale VI = Locale.forLanguageTag("vi");

    @Test
    void aCountOfFortySevenOutOfFortyEightIsMetByFortySevenQuarters() {
        Goal goal = Goal.count(47, 48);
        assertThat(goal.isMetBy(47, 48)).isTrue();
        assertThat(goal.isMetBy(46, 48)).isFalse();
    }

    @Test
    void aCountOutOfAWholeThatGrewAfterAMergerAsksForTheSameProportionOfTheNewWhole() {
        Goal goal = Goal.count(47, 48);
        // Hà Lan's six thôn became khu phố of Đông Sơn: 54 quarters, 47/48 of them rounded up is 53.
        assertThat(goal.required(54)).isEqualByComparingTo("53");
        assertThat(goal.isMetBy(52, 54)).isFalse();
        assertThat(goal.isMetBy(53, 54)).isTrue();
    }

    @Test
    void allOfAWholeThatShrankIsStillAllOfIt() {
        Goal goal = Goal.count(17, 17);
        assertThat(goal.required(11)).isEqualByComparingTo("11");
        assertThat(goal.isMetBy(11, 11)).isTrue();
    }

    @Test
    void aCountWithoutAWholeIsMetByReachingTheNumber() {
        Goal goal = Goal.count(85, null);
        assertThat(goal.required(93)).isEqualByComparingTo("85");
        assertThat(goal.isMetBy(84, 93)).isFalse();
        assertThat(goal.isMetBy(85, 0)).isTrue();
    }

    @Test
    void aShareIsMetAtTheLevelAndAStrictShareOnlyAboveIt() {
        assertThat(Goal.share("75", false).isMetBy(75, 100)).isTrue();
        assertThat(Goal.share("80", true).isMetBy(80, 100)).isFalse();
        assertThat(Goal.share("80", true).isMetBy(801, 1000)).isTrue();
        assertThat(Goal.share("100", false).isMetBy(2845, 2846)).isFalse();
    }

    @Test
    void aCeilingIsMetAtOrBelowTheLevel() {
        Goal goal = Goal.ceiling("1");
        assertThat(goal.isMetBy(26, 2600)).isTrue();
        assertThat(goal.isMetBy(27, 2600)).isFalse();
        assertThat(goal.higherIsBetter()).isFalse();
    }

    @Test
    void aShareOfNothingHasNoMeasure() {
        assertThat(Goal.share("70", false).measure(0, 0)).isNull();
        assertThat(Goal.share("70", false).isMetBy(0, 0)).isFalse();
        assertThat(Goal.share("70", false).measure(1, 3)).isEqualByComparingTo(new BigDecimal("33.3333"));
    }

    @Test
    void goalsReadAsTheProgrammeWritesThem() {
        assertThat(Goal.count(47, 48).text(VI)).isEqualTo("47/48");
        assertThat(Goal.count(85, null).text(VI)).isEqualTo("85");
        assertThat(Goal.share("75", false).text(VI)).isEqualTo("75%");
        assertThat(Goal.share("80", true).text(VI)).isEqualTo("Trên 80%");
        assertThat(Goal.share("80", true).text(Locale.ENGLISH)).isEqualTo("Over 80%");
        assertThat(Goal.ceiling("1").text(VI)).isEqualTo("≤ 1%");
        assertThat(Goal.share("82.5", false).text(VI)).isEqualTo("82,5%");
    }

    @Test
    void aShareAboveAHundredIsRefused() {
        assertThatThrownBy(() -> Goal.share("101", false)).isInstanceOf(IllegalArgumentException.class);
    }
}
