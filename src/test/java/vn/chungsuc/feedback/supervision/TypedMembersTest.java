package vn.chungsuc.feedback.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chungsuc.shared.problem.Refused;

/** Members typed one per line, as the supervision and board forms take them. */
class TypedMembersTest {

    @Test
    void aBoardRoleIsReadFromItsVietnameseTitleWithOrWithoutAccents() {
        assertThat(Boards.role("Trưởng ban")).isEqualTo("HEAD");
        assertThat(Boards.role("pho truong ban")).isEqualTo("DEPUTY");
        assertThat(Boards.role("Thành viên")).isEqualTo("MEMBER");
        assertThat(Boards.role("MEMBER")).isEqualTo("MEMBER");
        assertThat(Boards.role("Thủ quỹ")).isNull();
    }

    @Test
    void aDelegationMemberNeedsANameAndARoleSeparatedByADash() {
        List<Refused.Reason> wrong = new ArrayList<>();
        List<Supervision.Member> members = Supervision.members("Nguyễn Văn An – Trưởng đoàn\n\nLê Thị Bình - Thành viên",
                wrong);
        assertThat(wrong).isEmpty();
        assertThat(members).containsExactly(new Supervision.Member("Nguyễn Văn An", "Trưởng đoàn"),
                new Supervision.Member("Lê Thị Bình", "Thành viên"));
        Supervision.members("Nguyễn Văn An", wrong);
        assertThat(wrong).extracting(Refused.Reason::key).containsExactly("feedback.supervision.members.line");
    }
}
