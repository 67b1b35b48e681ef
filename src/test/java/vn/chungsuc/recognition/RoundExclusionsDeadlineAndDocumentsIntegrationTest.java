package vn.chungsuc.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.chungsuc.IntegrationTest;
import vn.chungsuc.recognition.domain.Catalogue;
import vn.chungsuc.recognition.domain.Criterion;
import vn.chungsuc.recognition.domain.RecognitionRefused;
import vn.chungsuc.recognition.domain.Rounds;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.shared.time.TestClock;

/**
 * Issue 13 item 3 on the 2026 round of khu phố 7, former phường Lam Sơn (in phường Bỉm Sơn since 1/7/2025; no other
 * test writes it, and this one never sends it, so no ward's proposals change): an excluded household is neither
 * scored nor counted in "scored", and shows no score; the 25/11 deadline of NĐ 86/2023/NĐ-CP warns once it has come;
 * the meeting's minutes and the notice-board list print as PDF with their fonts embedded.
 */
@IntegrationTest
class RoundExclusionsDeadlineAndDocumentsIntegrationTest {

    static final String AREA = "14815-07";
    static final int YEAR = 2026;
    static final String BASE = "/recognition/rounds/" + AREA + "/" + YEAR;

    @Autowired MockMvc mvc;
    @Autowired Rounds rounds;
    @Autowired Catalogue catalogue;
    @Autowired TestClock clock;

    @AfterEach
    void release() {
        clock.release();
    }

    private String page() throws Exception {
        return mvc.perform(get(BASE + "?state=").with(httpBasic("badinh", "chungsuc"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** The round screen filtered to one household's code: its row's score cell. */
    private String scoreCell(String code) throws Exception {
        String html = mvc.perform(get(BASE).param("q", code).with(httpBasic("badinh", "chungsuc")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("data-household=\"" + Pattern.quote(code)
                + "\"[\\s\\S]*?class=\"small criteria-met\">([^<]*)<").matcher(html);
        assertThat(m.find()).as(html).isTrue();
        return m.group(1).strip();
    }

    private String pdfText(String url) throws Exception {
        MvcResult res = mvc.perform(get(url).with(httpBasic("badinh", "chungsuc"))).andExpect(status().isOk())
                .andReturn();
        assertThat(res.getResponse().getContentType()).startsWith("application/pdf");
        byte[] bytes = res.getResponse().getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            for (PDPage p : doc.getPages()) {
                for (var name : p.getResources().getFontNames()) {
                    PDFont font = p.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void excludedHouseholdsAreNotScoredTheDeadlineWarnsAndTheMinutesAndListPrint() throws Exception {
        clock.pin(LocalDate.of(YEAR, 11, 5));
        long id = rounds.open(AREA, YEAR, UnitScope.ALL).id();
        int registered = rounds.register(id, List.of(), null, UnitScope.ALL);
        assertThat(registered).isGreaterThan(10);
        List<Rounds.Row> rows = rounds.view(id, UnitScope.ALL).rows();
        String excluded = rows.get(0).code();
        String excludedHead = rows.get(0).headName();
        String other = rows.get(1).code();
        Criterion kind = catalogue.criteria(rounds.find(id).orElseThrow().setId()).stream()
                .filter(Criterion::exclusion).findFirst().orElseThrow();
        rounds.exclude(id, excluded, kind.id(), "Quyết định xử phạt số 77/QĐ-XPHC ngày 02/3/2026", UnitScope.ALL);

        // Before 25/11 there is no warning, and no minutes exist yet (the refusal page, not a PDF).
        assertThat(page()).doesNotContain("id=\"round-deadline\"", "id=\"minutes-pdf\"", "id=\"posting-pdf\"");
        String refused = mvc.perform(get(BASE + "/minutes.pdf").with(httpBasic("badinh", "chungsuc")))
                .andExpect(status().is4xxClientError()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("Chưa ghi cuộc họp bình xét");

        // "Chấm đạt" scores every registered household except the excluded one, and says so.
        var flash = mvc.perform(post(BASE + "/score-all").with(httpBasic("badinh", "chungsuc")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getFlashMap();
        assertThat(flash.get("flash")).isEqualTo("Đã chấm đạt đủ tiêu chuẩn cho " + (registered - 1)
                + " hộ; 1 hộ thuộc trường hợp không xét không được chấm.");
        Rounds.View v = rounds.view(id, UnitScope.ALL);
        Rounds.Row row = v.rows().stream().filter(r -> r.code().equals(excluded)).findFirst().orElseThrow();
        assertThat(row.state()).isEqualTo(Rounds.State.EXCLUDED);
        assertThat(row.scored()).isFalse();
        assertThat(v.count(Rounds.State.EXCLUDED)).isEqualTo(1);
        assertThat(v.rows().stream().filter(Rounds.Row::scoreCounts).count()).isEqualTo(registered - 1);
        int criteria = v.criteria().size();
        assertThat(scoreCell(excluded)).isEqualTo("—");
        assertThat(scoreCell(other)).isEqualTo(criteria + "/" + criteria);
        // Scoring it by hand is refused, with the reason.
        assertThatThrownBy(() -> rounds.score(id, excluded, List.of(), UnitScope.ALL))
                .isInstanceOf(RecognitionRefused.class).hasMessageContaining("recognition.refused.score.excluded");

        // The meeting and the vote: the excluded household is not voted on; the rest pass.
        assertThat(rounds.meeting(id, LocalDate.of(YEAR, 11, 4), 90, 70, "Bí thư chi bộ, Trưởng khu phố, "
                + "Trưởng Ban Công tác Mặt trận và đại diện các hộ", UnitScope.ALL)).isTrue();
        assertThat(rounds.vote(id, null, 60, UnitScope.ALL)).isEqualTo(registered - 1);
        v = rounds.view(id, UnitScope.ALL);
        assertThat(v.proposed()).hasSize(registered - 1).extracting(Rounds.Row::code).doesNotContain(excluded);
        String html = page();
        assertThat(html).contains("id=\"minutes-pdf\"", BASE + "/minutes.pdf", "id=\"posting-pdf\"")
                .doesNotContain("id=\"round-deadline\"");

        String minutes = pdfText(BASE + "/minutes.pdf");
        assertThat(minutes).contains("BIÊN BẢN", "Họp bình xét danh hiệu “Gia đình văn hóa” năm 2026",
                "KHU PHỐ 7", "ngày 04/11/2026", "Số người được mời: 90; số người dự họp: 70",
                "đủ số người dự", "Trưởng Ban Công tác Mặt trận", excluded, excludedHead, "Không xét",
                "77/QĐ-XPHC", "Số hộ đăng ký: " + registered + "; không xét: 1",
                "đạt, đề nghị công nhận: " + (registered - 1), "THƯ KÝ", "CHỦ TRÌ");
        String posting = pdfText(BASE + "/posting.pdf");
        assertThat(posting).contains("DANH SÁCH NIÊM YẾT CÔNG KHAI",
                "Các hộ gia đình đề nghị công nhận danh hiệu “Gia đình văn hóa” năm 2026", other,
                "Danh sách có " + (registered - 1) + " hộ", "TM. BAN CÔNG TÁC MẶT TRẬN", "TRƯỞNG KHU DÂN CƯ")
                .doesNotContain(excluded);
        rounds.post(id, LocalDate.of(YEAR, 11, 5), null, UnitScope.ALL);
        assertThat(pdfText(BASE + "/posting.pdf")).contains("từ ngày 05/11/2026 đến ngày 15/11/2026");

        // On 25/11 the deadline has come and the dossier is not sent: the page warns, with the legal basis.
        clock.pin(LocalDate.of(YEAR, 11, 25));
        html = page();
        assertThat(html).contains("id=\"round-deadline\"", "Đã quá hạn bình xét", "25/11/2026",
                "Nghị định 86/2023/NĐ-CP");
        clock.pin(LocalDate.of(YEAR, 12, 3));
        assertThat(mvc.perform(get(BASE + "?lang=en").with(httpBasic("badinh", "chungsuc")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("The evaluation deadline has passed");
    }
}
