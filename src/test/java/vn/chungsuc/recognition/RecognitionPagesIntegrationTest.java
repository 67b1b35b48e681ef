package vn.chungsuc.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.chungsuc.IntegrationTest;
import vn.chungsuc.recognition.domain.Commendations;
import vn.chungsuc.recognition.domain.Title;

/**
 * The recognition pages over the demo history (in Vietnamese and English), the Giấy khen eligibility with windows
 * that never overlap, and the criteria page where a province adapts a set.
 */
@IntegrationTest
class RecognitionPagesIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Commendations commendations;
    @Autowired vn.chungsuc.territory.TerritoryApi territory;

    private String html(String path, String user) throws Exception {
        return mvc.perform(get(path).with(httpBasic(user, "chungsuc"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void thePagesShowTheDemoHistory() throws Exception {
        assertThat(html("/recognition/rounds?unit=14812&year=2023", "badinh")).contains("Khu phố 1",
                "Đã gửi hồ sơ 24/11/2023");
        String round = html("/recognition/rounds/14812-02/2023", "badinh");
        assertThat(round).contains("Bình xét Gia đình văn hóa năm 2023 – Khu phố 2", "Nghị định 122/2018/NĐ-CP",
                "Đã được công nhận", "Không xét");
        assertThat(html("/recognition/rounds/14812-02/2023?lang=en", "badinh"))
                .contains("Cultural-family round 2023 – Khu phố 2");
        mvc.perform(get("/recognition/rounds/14824-01/2023").with(httpBasic("kp1badinh", "chungsuc")))
                .andExpect(status().isNotFound());
        String decisions = html("/recognition/decisions?title=CULTURAL_FAMILY&year=2023", "badinh");
        assertThat(decisions).contains("Phường Ba Đình", "/QĐ-UBND").doesNotContain("Xã Quang Trung");
        long id = jdbc.sql("select id from recognition_decision where title_code = 'CULTURAL_FAMILY' and year = 2023 "
                + "and unit_code = '14812'").query(Long.class).single();
        assertThat(html("/recognition/decisions/" + id, "badinh")).contains("Gia đình văn hóa – 2023",
                "Giấy công nhận");
        assertThat(html("/recognition/decisions/new?title=CULTURAL_AREA&year=2023&unit=381", "mttq"))
                .contains("Chủ tịch UBND cấp huyện");
        assertThat(html("/recognition/titles?unit=381&asOf=2020-06-30&title=CULTURAL_AREA", "mttq"))
                .contains("Thị xã Bỉm Sơn, ngày 30/06/2020: 59 danh hiệu của năm 2019");
        String criteria = html("/recognition/criteria", "vhtt");
        assertThat(criteria).contains("Nghị định 122/2018/NĐ-CP", "Quyết định 318/QĐ-TTg",
                "Tiêu chí Công dân gương mẫu (Thanh Hóa)");
        assertThat(html("/recognition/criteria?lang=en", "vhtt")).contains("Titles and criteria sets");
    }

    @Test
    void familiesRecognisedThreeYearsRunningAreEligibleForAGiayKhenAndWindowsNeverOverlap() throws Exception {
        List<String> area = List.of("14818-02");
        List<Commendations.Eligible> eligible2018 = commendations.eligible(Title.CULTURAL_FAMILY, 2018, area);
        assertThat(eligible2018).isNotEmpty().allSatisfy(e -> assertThat(e.window().toString())
                .isEqualTo("2016–2018"));
        String subject = eligible2018.get(0).subjectCode();
        // the ward's list runs over several pages: the search finds the family wherever it falls
        assertThat(html("/recognition/commendations?year=2018&unit=14818&q=" + subject, "mttq"))
                .contains(subject, "2016–2018");

        mvc.perform(post("/recognition/commendations").with(httpBasic("mttq", "chungsuc")).with(csrf())
                        .param("title", Title.CULTURAL_FAMILY).param("year", "2018").param("unit", "14818-02")
                        .param("subject", subject).param("number", "").param("signedOn", "20/12/2018"))
                .andExpect(flash().attribute("flashError", "Vui lòng nhập số quyết định khen thưởng."));
        mvc.perform(post("/recognition/commendations").with(httpBasic("mttq", "chungsuc")).with(csrf())
                        .param("title", Title.CULTURAL_FAMILY).param("year", "2018").param("unit", "14818-02")
                        .param("subject", subject).param("number", "88/QĐ-UBND").param("signedOn", "20/12/2018"))
                .andExpect(flash().attribute("flash", "Đã ghi Giấy khen cho 1 trường hợp."));
        // 2017–2019 and 2018–2020 overlap 2016–2018; 2019–2021 does not (if the family held the title).
        assertThat(commendations.eligible(Title.CULTURAL_FAMILY, 2019, area)).noneMatch(e -> e.subjectCode()
                .equals(subject));
        assertThat(commendations.eligible(Title.CULTURAL_FAMILY, 2020, area)).noneMatch(e -> e.subjectCode()
                .equals(subject));
        boolean heldThrough2021 = jdbc.sql("select count(*) from recognition_award where title_code = ? "
                + "and subject_code = ? and year between 2019 and 2021").params(Title.CULTURAL_FAMILY, subject)
                .query(Long.class).single() == 3;
        assertThat(commendations.eligible(Title.CULTURAL_FAMILY, 2021, area).stream()
                .anyMatch(e -> e.subjectCode().equals(subject))).isEqualTo(heldThrough2021);
        mvc.perform(post("/recognition/commendations").with(httpBasic("mttq", "chungsuc")).with(csrf())
                        .param("title", Title.CULTURAL_FAMILY).param("year", "2019").param("unit", "14818-02")
                        .param("subject", subject).param("number", "99/QĐ-UBND").param("signedOn", "20/12/2019"))
                .andExpect(flash().attribute("flashError", subject + " chưa đủ điều kiện Giấy khen năm 2019 "
                        + "(cần đủ năm liên tục, không trùng thời gian đã khen)."));
    }

    @Test
    void theTownsLongEligibleListIsPagedSearchedAndRecordedForAllThatMatch() throws Exception {
        List<String> town = territory.subtree("381", java.time.LocalDate.of(2023, 12, 31), vn.chungsuc.shared.scope.UnitScope.ALL)
                .stream().map(vn.chungsuc.territory.UnitView::code).toList();
        List<Commendations.Eligible> all = commendations.eligible(Title.CULTURAL_FAMILY, 2023, town);
        assertThat(all).hasSizeGreaterThan(CommendationPageSize.ROWS);
        String first = html("/recognition/commendations?year=2023&unit=381", "mttq");
        int pages = (all.size() + CommendationPageSize.ROWS - 1) / CommendationPageSize.ROWS;
        assertThat(first).contains(String.format(java.util.Locale.forLanguageTag("vi"), "%,d", all.size()) + " trường hợp đủ điều kiện", "(trang 1/" + pages + ")")
                .contains(all.get(0).subjectCode()).doesNotContain(all.get(CommendationPageSize.ROWS).subjectCode());
        assertThat(first.split("name=\"subject\"", -1)).hasSize(CommendationPageSize.ROWS + 1);
        String second = html("/recognition/commendations?year=2023&unit=381&page=1", "mttq");
        assertThat(second).contains(all.get(CommendationPageSize.ROWS).subjectCode());

        // the search ignores accents; "all that match" records the filter, not just the page
        Commendations.Eligible one = all.get(all.size() - 1);
        String found = html("/recognition/commendations?year=2023&unit=381&q=" + one.subjectCode(), "mttq");
        assertThat(found).contains("Khớp tìm kiếm: 1 trường hợp");
        mvc.perform(post("/recognition/commendations").with(httpBasic("mttq", "chungsuc")).with(csrf())
                        .param("title", Title.CULTURAL_FAMILY).param("year", "2023").param("unit", "381")
                        .param("q", one.subjectCode()).param("all", "true").param("number", "77/QĐ-UBND")
                        .param("signedOn", "20/12/2023"))
                .andExpect(flash().attribute("flash", "Đã ghi Giấy khen cho 1 trường hợp."));
        assertThat(commendations.eligible(Title.CULTURAL_FAMILY, 2023, town)).hasSize(all.size() - 1);
        mvc.perform(get("/recognition/commendations?year=99999").with(httpBasic("mttq", "chungsuc")))
                .andExpect(status().isBadRequest());
    }

    /** The page size of the eligible list, as the controller pages it. */
    static final class CommendationPageSize {
        static final int ROWS = 100;
    }

    @Test
    void aRefusalReadsInVietnameseByDefaultAndInEnglishWithLangEn() throws Exception {
        // A step of a round never opened: the notice names the year (never "2,030" nor "2.030").
        mvc.perform(post("/recognition/rounds/14812-02/2030/register").with(httpBasic("badinh", "chungsuc"))
                        .with(csrf()))
                .andExpect(flash().attribute("flashError", "Chưa mở đợt bình xét năm 2030."));
        mvc.perform(post("/recognition/rounds/14812-02/2030/register?lang=en").with(httpBasic("badinh", "chungsuc"))
                        .with(csrf()))
                .andExpect(flash().attribute("flashError", "No round has been opened for 2030."));
        // A Giấy khen without its number, and one for a family not eligible, in English.
        mvc.perform(post("/recognition/commendations?lang=en").with(httpBasic("mttq", "chungsuc")).with(csrf())
                        .param("title", Title.CULTURAL_FAMILY).param("year", "2018").param("unit", "14818-02")
                        .param("subject", "x").param("number", "").param("signedOn", "20/12/2018"))
                .andExpect(flash().attribute("flashError", "Please enter the number of the commendation decision."));
        mvc.perform(post("/recognition/commendations?lang=en").with(httpBasic("mttq", "chungsuc")).with(csrf())
                        .param("title", Title.CULTURAL_FAMILY).param("year", "2018").param("unit", "14818-02")
                        .param("subject", "NO-SUCH").param("number", "7/QĐ-UBND").param("signedOn", "20/12/2018"))
                .andExpect(flash().attribute("flashError", "NO-SUCH is not eligible for a certificate of merit in "
                        + "2018 (it needs the consecutive years, not overlapping a period already commended)."));
        // A date that cannot be read: the shared refusal (key problem.badDateText) in the user's language.
        mvc.perform(post("/recognition/commendations").with(httpBasic("mttq", "chungsuc")).with(csrf())
                        .param("title", Title.CULTURAL_FAMILY).param("year", "2018").param("unit", "14818-02")
                        .param("subject", "x").param("number", "7/QĐ-UBND").param("signedOn", "31/02/2018"))
                .andExpect(flash().attribute("flashError",
                        "Ngày không hợp lệ: “31/02/2018” (viết dd/mm/yyyy, từ năm 1900 đến năm 2100)."));
        String page = mvc.perform(get("/recognition/titles?unit=381&asOf=31/02/2020&lang=en")
                        .with(httpBasic("mttq", "chungsuc")))
                .andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Not a valid date: “31/02/2020”").doesNotContain("Ngày không hợp lệ");
        // The criteria page of a province's copy names the province in English too.
        long copy = jdbc.sql("select min(id) from recognition_criteria_set where province_code is not null")
                .query(Long.class).single();
        String province = jdbc.sql("select province_code from recognition_criteria_set where id = ?").param(copy)
                .query(String.class).single();
        assertThat(html("/recognition/criteria/" + copy + "?lang=en", "vhtt")).contains("(province " + province + ")");
    }

    @Test
    void theCultureDepartmentCopiesASetForItsProvinceAndFillsTheEmptyOne() throws Exception {
        long empty = jdbc.sql("select id from recognition_criteria_set where title_code = 'MODEL_FAMILY'")
                .query(Long.class).single();
        assertThat(html("/recognition/criteria/" + empty, "tinh")).contains("Bộ tiêu chí đang trống");
        mvc.perform(post("/recognition/criteria/" + empty + "/criteria").with(httpBasic("tinh", "chungsuc"))
                        .with(csrf()).param("text", "Gia đình chấp hành tốt hương ước, quy ước của khu dân cư")
                        .param("legalBasis", "QĐ 488/2014/QĐ-UBND tỉnh Thanh Hóa"))
                .andExpect(flash().attribute("flash", "Đã thêm tiêu chí."));
        assertThat(html("/recognition/criteria/" + empty, "tinh")).contains("hương ước, quy ước")
                .doesNotContain("Bộ tiêu chí đang trống");
        mvc.perform(post("/recognition/criteria/" + empty + "/criteria").with(httpBasic("kp1badinh", "chungsuc"))
                .with(csrf()).param("text", "x")).andExpect(status().isForbidden());
        mvc.perform(post("/recognition/criteria/" + empty + "/parameters").with(httpBasic("tinh", "chungsuc")).with(csrf())
                        .param("quorum", "150").param("approval", "60"))
                .andExpect(flash().attribute("flashError", "Tỷ lệ phải từ 0 đến 100%."));
        String location = mvc.perform(post("/recognition/criteria/6/copy").with(httpBasic("tinh", "chungsuc"))
                        .with(csrf()).param("province", "38").param("name", "Khu dân cư văn hóa (Thanh Hóa)")
                        .param("validFrom", "01/01/2098"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(html(location, "tinh")).contains("Khu dân cư văn hóa (Thanh Hóa)", "tỉnh 38",
                "Luật TĐKT 2022 Điều 30; Nghị định 86/2023/NĐ-CP Phụ lục II");
    }
}
