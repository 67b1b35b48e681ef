package vn.chungsuc.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.chungsuc.IntegrationTest;

/** The unit browser's pages as the review found them: dates, scopes, namesakes, lineage and paging. */
@IntegrationTest
class UnitPagesIntegrationTest {

    @Autowired MockMvc mvc;

    @Test
    void aMistypedDateGivesThePageBackInVietnameseWithTodaysTree() throws Exception {
        MvcResult tree = get("admin", "/units?asOf=2017-13-45");
        assertThat(tree.getResponse().getStatus()).isEqualTo(400);
        assertThat(tree.getResponse().getContentType()).startsWith("text/html");
        assertThat(html(tree)).contains("Ngày “2017-13-45” không hợp lệ", "yyyy-MM-dd", "Cây đơn vị ngày");

        MvcResult unit = get("admin", "/units/381?asOf=bad");
        assertThat(unit.getResponse().getStatus()).isEqualTo(400);
        assertThat(unit.getResponse().getContentType()).startsWith("text/html");
        assertThat(html(unit)).contains("Ngày “bad” không hợp lệ", "Thị xã Bỉm Sơn");

        MvcResult page = get("admin", "/units?q=ba+dinh&page=abc");
        assertThat(page.getResponse().getStatus()).isEqualTo(400);
        assertThat(html(page)).contains("Số trang “abc” không hợp lệ", "Phường Ba Đình");
    }

    @Test
    void aPagePastTheEndShowsTheLastPageAndAnEmptySearchSaysSo() throws Exception {
        String last = html(get("admin", "/units?q=a&page=99999&asOf=2017-10-09"));
        java.util.regex.Matcher pages = java.util.regex.Pattern.compile("Trang ([0-9.]+)/([0-9.]+)").matcher(last);
        assertThat(pages.find()).isTrue();
        assertThat(pages.group(1)).isEqualTo(pages.group(2));
        assertThat(last).contains("list-group-item");

        assertThat(html(get("admin", "/units?q=zzqqxxw&asOf=2017-10-09")))
                .contains("Tìm thấy 0 đơn vị", "Không có đơn vị nào có tên khớp “zzqqxxw” vào ngày 09/10/2017");
    }

    @Test
    void anEndedUnitListsTheUnitsItHadOnItsLastDay() throws Exception {
        String town = html(get("admin", "/units/381?asOf=2026-01-01"));
        assertThat(town).contains("Đơn vị trực thuộc (7) ngày 30/06/2025", "Phường Ba Đình", "Xã Quang Trung")
                .doesNotContain("Xã Hà Lan");
        assertThat(town).contains("/units/14812?asOf=2025-06-30");
        assertThat(html(get("admin", "/units/14812?asOf=2026-01-01"))).contains("Đơn vị trực thuộc (11) ngày 30/06/2025");
    }

    @Test
    void thiXaBimSonListsTheWardsThatTookOverItsTerritory() throws Exception {
        String town = html(get("admin", "/units/381?asOf=2025-06-30"));
        String successors = town.substring(town.indexOf("Đơn vị sau"), town.indexOf("Các sự kiện"));
        assertThat(successors).contains("href=\"/units/38-BS?asOf=2025-06-30\"", "Phường Bỉm Sơn",
                "href=\"/units/38-QT?asOf=2025-06-30\"", "Phường Quang Trung").doesNotContain("Không có");
    }

    @Test
    void namesakesAfterTheMergerShowTheWardTheyCameFrom() throws Exception {
        String ward = html(get("admin", "/units/38-BS?asOf=2025-07-01"));
        assertThat(ward).contains("Khu phố 1 (Ba Đình cũ)", "Khu phố 1 (Lam Sơn cũ)", "Khu phố 3 (Đông Sơn cũ)")
                // A name no other area shares needs nothing more.
                .contains(">Khu phố Điền Lư<").doesNotContain("Khu phố Điền Lư (");
        assertThat(html(get("admin", "/units/38-BS/children?asOf=2025-07-01")))
                .contains("Khu phố 3 (Ba Đình cũ)", "Khu phố 3 (Lam Sơn cũ)", "Khu phố 3 (Đông Sơn cũ)");
        assertThat(html(get("admin", "/units?q=khu+pho+1&asOf=2025-07-01")))
                .contains("Khu phố 1 (Ba Đình cũ)", "Khu phố 1 (Lam Sơn cũ)");
        // Before the merger each ward had one Khu phố 1.
        assertThat(html(get("admin", "/units/14812?asOf=2017-10-09"))).contains(">Khu phố 1<")
                .doesNotContain("Ba Đình cũ");
    }

    @Test
    void aScopedOfficerGetsNoLinkHeCannotFollow() throws Exception {
        String ward = html(get("badinh", "/units/38-BS?asOf=2025-07-01"));
        assertThat(ward).contains("href=\"/units/14812?asOf=2025-07-01\"", "Phường Lam Sơn", "Phường Đông Sơn")
                .doesNotContain("href=\"/units/14815?", "href=\"/units/14821?");
    }

    @Test
    void outsideHisScopeAnOfficerIsToldOnlyThatTheUnitIsNotInIt() throws Exception {
        // Khu phố 1 of Lam Sơn existed in 2017 but lay outside badinh's scope until it moved into phường Bỉm Sơn.
        String area = html(get("badinh", "/units/14815-01?asOf=2017-10-09"));
        assertThat(area).contains("Không có đơn vị mã “14815-01” vào ngày 09/10/2017 trong phạm vi của bạn.")
                .doesNotContain("chưa tồn tại", "không tồn tại vào ngày");

        MvcResult quangTrung = get("badinh", "/units/14824?asOf=2017-10-09");
        assertThat(quangTrung.getResponse().getStatus()).isEqualTo(404);
        assertThat(html(quangTrung)).contains("Không tìm thấy đơn vị",
                "Không có đơn vị mã “14824” vào ngày 09/10/2017 trong phạm vi của bạn.").doesNotContain("Xã Quang Trung");
        // A code that exists nowhere reads the same.
        assertThat(html(get("badinh", "/units/00000?asOf=2017-10-09")))
                .contains("Không có đơn vị mã “00000” vào ngày 09/10/2017 trong phạm vi của bạn.");
    }

    @Test
    void afterTheReorganisationTheTreeSaysTheRestFollowsTheOldCatalogue() throws Exception {
        assertThat(html(get("admin", "/units?asOf=2025-07-01"))).contains("id=\"catalogue-notice\"",
                "có hiệu lực từ 01/01/2015, trước đợt sắp xếp có hiệu lực từ 01/07/2025");
        assertThat(html(get("admin", "/units?asOf=2025-06-30"))).doesNotContain("catalogue-notice");
    }

    @Test
    void aDateFromTheCatalogueSaysSo() throws Exception {
        assertThat(html(get("admin", "/units/381?asOf=2020-01-01")))
                .contains("Theo danh mục, từ 01/01/2015 đến trước 01/07/2025");
        assertThat(html(get("admin", "/units/38-BS?asOf=2025-07-01")))
                .contains("Từ 01/07/2025 đến nay").doesNotContain("Theo danh mục");
    }

    private MvcResult get(String user, String uri) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(uri).with(httpBasic(user, "chungsuc"))).andReturn();
    }

    private static String html(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
