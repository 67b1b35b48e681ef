package vn.chungsuc.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.chungsuc.IntegrationTest;
import vn.chungsuc.shared.awards.AwardRegister;
import vn.chungsuc.shared.awards.AwardRegister.NewAward;
import vn.chungsuc.shared.awards.AwardRegister.Occasion;
import vn.chungsuc.shared.problem.Refused;

/** The register as other modules use it: awards decided at an occasion are listed there and by their recipient. */
@IntegrationTest
class AwardRegisterIntegrationTest {

    @Autowired AwardRegister register;

    @Test
    @WithUserDetails("mttq")
    void anAwardDecidedAtAReviewIsListedThereAndByItsRecipientAndTheRuleStillHolds() {
        Occasion review = new Occasion("PLAN_REVIEW", 987_001);
        NewAward award = new NewAward("BANG_KHEN", "381", "12/QĐ-UBND", "2020-12-20",
                "Thành tích trong 4 năm thực hiện chương trình phối hợp", "2017-2020", "ORGANISATION", "ORG-REG-1",
                "Hội Nông dân thị xã");
        long id = register.recordAt(review, award);

        assertThat(register.decidedAt(review)).singleElement().satisfies(l -> {
            assertThat(l.id()).isEqualTo(id);
            assertThat(l.formKey()).isEqualTo("evaluation.award.form.BANG_KHEN");
            assertThat(l.decisionNumber()).isEqualTo("12/QĐ-UBND");
        });
        assertThat(register.receivedBy("ORGANISATION", "ORG-REG-1", 10)).extracting(AwardRegister.AwardLine::id)
                .containsExactly(id);
        assertThat(register.decidedAt(new Occasion("UNITY_DAY", 987_001))).isEmpty();

        // the same achievement again, at another occasion: refused as the API refuses it
        assertThatThrownBy(() -> register.recordAt(new Occasion("UNITY_DAY", 5), award))
                .isInstanceOf(Refused.class);
    }
}
