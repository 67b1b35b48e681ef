package vn.chungsuc.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.chungsuc.recognition.domain.ProcedureRules;

/**
 * The meeting and vote rules of each regime's cultural-family set, with the shares the migration seeds (60% of
 * invitees attend, 60% of attendees agree: NĐ 122/2018/NĐ-CP Điều 9; kept as data for TT 12/2011 and NĐ 86/2023).
 */
class ProcedureRulesTest {

    /** The shares seeded for the regime (V7_1__recognition_titles_and_criteria.sql). */
    private static ProcedureRules seeded(String regime) {
        return switch (regime) {
            case "TT-12-2011", "ND-122-2018", "ND-86-2023" -> new ProcedureRules(BigDecimal.valueOf(60),
                    BigDecimal.valueOf(60));
            default -> throw new IllegalArgumentException(regime);
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"TT-12-2011", "ND-122-2018", "ND-86-2023"})
    void withAHundredInviteesFiftyNinePresentFailTheQuorumAndSixtyReachIt(String regime) {
        ProcedureRules rules = seeded(regime);
        assertThat(rules.quorumMet(100, 59)).isFalse();
        assertThat(rules.quorumMet(100, 60)).isTrue();
        assertThat(rules.minimumAttendees(100)).isEqualTo(60);
    }

    @ParameterizedTest
    @ValueSource(strings = {"TT-12-2011", "ND-122-2018", "ND-86-2023"})
    void withSixtyPresentThirtySixAgreeingPassAHouseholdAndThirtyFiveDoNot(String regime) {
        ProcedureRules rules = seeded(regime);
        assertThat(rules.passes(60, 36)).isTrue();
        assertThat(rules.passes(60, 35)).isFalse();
        assertThat(rules.minimumAgree(60)).isEqualTo(36);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ND-122-2018"})
    void noRoundingLetsASmallMeetingSlipThrough(String regime) {
        ProcedureRules rules = seeded(regime);
        // 60% of 7 invitees is 4.2: four are not enough, five are.
        assertThat(rules.quorumMet(7, 4)).isFalse();
        assertThat(rules.quorumMet(7, 5)).isTrue();
        // Impossible counts never pass.
        assertThat(rules.quorumMet(10, 11)).isFalse();
        assertThat(rules.passes(10, 11)).isFalse();
        assertThat(rules.passes(0, 0)).isFalse();
        assertThat(List.of(rules.quorumMet(0, 0))).containsExactly(false);
    }

    @ParameterizedTest
    @ValueSource(ints = {70})
    void anotherShareIsOnlyData(int percent) {
        // QĐ 04/2022/QĐ-TTg: the appraisal council meets with at least 70% of its members.
        ProcedureRules council = new ProcedureRules(BigDecimal.valueOf(percent), null);
        assertThat(council.quorumMet(10, 6)).isFalse();
        assertThat(council.quorumMet(10, 7)).isTrue();
    }
}
