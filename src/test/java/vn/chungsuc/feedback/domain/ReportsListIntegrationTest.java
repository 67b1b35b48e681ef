package vn.chungsuc.feedback.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.chungsuc.IntegrationTest;

/**
 * The public list reads the histories and photos of a page in two queries for the whole page; every row must still
 * be what the report's own public page shows (history filtered to its public lines, photos in order, no identity).
 * The places of the form are cached for the day and dropped on demand.
 */
@IntegrationTest
class ReportsListIntegrationTest {

    @Autowired Reports reports;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    private List<Long> ids(Reports.PublicPage p) {
        return p.rows().stream().map(v -> v.report().id()).toList();
    }

    /** Every report in the list's order (newest first, then by id), filtered like the public list. */
    private List<Long> expected(String where) {
        return jdbc.sql("select id from feedback_report where " + where + " order by received_at desc, id desc")
                .query(Long.class).list();
    }

    @Test
    void theKeysetPagesWalkEveryReportOnceForwardAndBackAndMatchTheNumberedPages() {
        List<Long> forward = new ArrayList<>();
        List<List<Long>> pages = new ArrayList<>();
        Reports.PublicPage p = reports.publicPage("", "", "", null, null, 0);
        assertThat(p.before()).isNull();
        while (true) {
            assertThat(p.rows()).hasSizeLessThanOrEqualTo(Reports.PAGE_SIZE).isNotEmpty();
            pages.add(ids(p));
            forward.addAll(ids(p));
            assertThat(ids(p)).isEqualTo(ids(reports.publicPage("", "", "", null, null, pages.size() - 1)));
            if (p.after() == null) {
                break;
            }
            p = reports.publicPage("", "", "", p.after(), null, 0);
            assertThat(p.before()).isNotNull();
        }
        assertThat(pages.size()).as("the demo has several pages").isGreaterThan(3);
        assertThat(forward).isEqualTo(expected("true"));
        // back from the last page by ?before=, page by page, to the first
        List<List<Long>> back = new ArrayList<>();
        back.add(ids(p));
        while (p.before() != null) {
            p = reports.publicPage("", "", "", null, p.before(), 0);
            back.add(ids(p));
        }
        Collections.reverse(back);
        assertThat(back).isEqualTo(pages);
        assertThat(p.total()).isEqualTo(forward.size());
        assertThat(p.more()).isFalse();
    }

    @Test
    void theFiltersHoldOnEveryKeysetPage() {
        String commune = jdbc.sql("select commune_code from feedback_report group by 1 order by count(*) desc limit 1")
                .query(String.class).single();
        List<Long> walked = new ArrayList<>();
        Reports.PublicPage p = reports.publicPage("open", "", commune, null, null, 0);
        walked.addAll(ids(p));
        while (p.after() != null) {
            p = reports.publicPage("open", "", commune, p.after(), null, 0);
            walked.addAll(ids(p));
        }
        assertThat(walked).isNotEmpty().isEqualTo(expected("commune_code = '" + commune + "' and status in "
                + "('RECEIVED', 'ASSIGNED', 'IN_PROGRESS', 'REOPENED')"));
        String category = jdbc.sql("select category_code from feedback_report group by 1 order by count(*) desc "
                + "limit 1").query(String.class).single();
        Reports.PublicPage c = reports.publicPage("", category, "", null, null, 0);
        assertThat(c.rows()).isNotEmpty().allMatch(v -> v.report().categoryCode().equals(category));
        assertThat(c.total()).isEqualTo(expected("category_code = '" + category + "'").size());
    }

    @Test
    @Transactional
    void theCountStopsAtTenThousandAndDeepNumberedPagesAreBounded() {
        String category = jdbc.sql("select code from feedback_category where active order by position limit 1")
                .query(String.class).single();
        String commune = jdbc.sql("select commune_code from feedback_report limit 1").query(String.class).single();
        jdbc.sql("""
                insert into feedback_report (public_no, tracking_code, category_code, commune_code, description,
                    anonymous, status, received_at, received_on, due_on, current_due_on)
                select 'TEST-' || g, 'TEST-' || g, :cat, :commune, 'Phản ánh thử đếm', true, 'RECEIVED',
                    now() - interval '1 minute' * g, current_date, current_date, current_date
                from generate_series(1, 10050) g""").param("cat", category).param("commune", commune).update();
        Reports.PublicPage p = reports.publicPage("", "", "", null, null, 0);
        assertThat(p.total()).isEqualTo(Reports.COUNT_CAP);
        assertThat(p.more()).isTrue();
        Reports.PublicPage deep = reports.publicPage("", "", "", null, null, 1_000_000);
        assertThat(deep.rows()).hasSize(Reports.PAGE_SIZE);
        assertThat(ids(deep)).isEqualTo(ids(reports.publicPage("", "", "", null, null,
                Reports.COUNT_CAP / Reports.PAGE_SIZE)));
    }

    @Test
    void thePagesLinksFollowTheKeysetWithTheFiltersKept() throws Exception {
        String commune = jdbc.sql("select commune_code from feedback_report group by 1 order by count(*) desc limit 1")
                .query(String.class).single();
        String first = page("/public/reports?unit=" + commune);
        assertThat(first).contains("Trang sau");
        Matcher next = Pattern.compile("href=\"(/public/reports\\?after=(\\d+)[^\"]*)\"").matcher(first);
        assertThat(next.find()).as("a link to the next page").isTrue();
        String link = next.group(1).replace("&amp;", "&");
        assertThat(link).contains("unit=" + commune);
        String second = page(link);
        assertThat(first).as("the map on the first page").contains("id=\"report-map\"");
        assertThat(second).as("not repeated on the next ones").doesNotContain("id=\"report-map\"");
        Matcher previous = Pattern.compile("href=\"(/public/reports\\?before=\\d+[^\"]*)\"").matcher(second);
        assertThat(previous.find()).as("a link back").isTrue();
        assertThat(previous.group(1)).contains("unit=" + commune);
        List<String> numbers = jdbc.sql("select public_no from feedback_report where commune_code = :c order by "
                + "received_at desc, id desc limit 50").param("c", commune).query(String.class).list();
        assertThat(second).contains(numbers.get(Reports.PAGE_SIZE)).doesNotContain(">" + numbers.get(0) + "<");
        assertThat(page(previous.group(1).replace("&amp;", "&"))).contains(">" + numbers.get(0) + "<");
        mvc.perform(get("/public/reports").param("after", "abc")).andExpect(status().isNotFound());
        mvc.perform(get("/public/reports").param("before", "99999999999")).andExpect(status().isOk());
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void everyRowOfAPublicPageIsTheReportsOwnPublicView() {
        Reports.Filter none = new Reports.Filter(null, null, null, null, null, false);
        int withHistory = 0;
        for (int p = 0; p < 3; p++) {
            Reports.Page page = reports.publicList(none, p);
            assertThat(page.rows()).isNotEmpty();
            for (Reports.View row : page.rows()) {
                assertThat(row).isEqualTo(reports.publicView(row.report().publicNo()).orElseThrow());
                assertThat(row.report().reporterName()).isNull();
                assertThat(row.report().reporterPhone()).isNull();
                withHistory += row.history().size() > 1 ? 1 : 0;
            }
        }
        assertThat(withHistory).as("rows with answers, so the batched history is really compared").isPositive();
    }

    @Test
    void thePlacesAreCachedAndDroppedOnDemand() {
        List<Reports.Place> first = reports.places();
        assertThat(first).isNotEmpty();
        assertThat(reports.places()).isSameAs(first);
        reports.forgetPlaces();
        List<Reports.Place> again = reports.places();
        assertThat(again).isNotSameAs(first).isEqualTo(first);
    }
}
