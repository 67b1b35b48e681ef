package vn.chungsuc.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.chungsuc.IntegrationTest;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.shared.text.VietnameseText;
import vn.chungsuc.territory.TerritoryApi;

/**
 * Issue 13 item 10 (recognition): the demo's largest cultural-family decision (over 2,000 households) shows its list
 * 100 rows a page, searched without accents by the head's name or the residential area's name and filtered by
 * area; the decisions list pages and filters by year and deciding unit. Reads only the demo's decisions.
 */
@IntegrationTest
class DecisionListsPageAndFilterIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired TerritoryApi territory;

    private String html(String url) throws Exception {
        return mvc.perform(get(url).with(httpBasic("mttq", "chungsuc"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** The page with one query parameter, given as typed (MockMvc would not turn a "+" of a URL into a space). */
    private String html(String url, String name, String value) throws Exception {
        return mvc.perform(get(url).param(name, value).with(httpBasic("mttq", "chungsuc"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static List<String> subjects(String html) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("data-subject=\"([^\"]+)\"").matcher(html);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static String vi(long n) {
        return NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi")).format(n);
    }

    record Award(String code, String name, String unit) {
    }

    @Test
    void aDecisionOfTwoThousandHouseholdsShowsAHundredAPageSearchedWithoutAccents() throws Exception {
        long id = jdbc.sql("""
                select a.decision_id from recognition_award a join recognition_decision d on d.id = a.decision_id
                where d.created_by = 'demo' and a.title_code = 'CULTURAL_FAMILY'
                group by a.decision_id order by count(*) desc, a.decision_id limit 1""").query(Long.class).single();
        List<Award> all = jdbc.sql("select subject_code, subject_name, counted_unit from recognition_award "
                + "where decision_id = ? order by counted_unit, subject_code").param(id)
                .query((rs, i) -> new Award(rs.getString(1), rs.getString(2), rs.getString(3))).list();
        assertThat(all.size()).isGreaterThan(2000);
        String base = "/recognition/decisions/" + id;

        String first = html(base);
        assertThat(subjects(first)).hasSize(100).containsExactlyElementsOf(all.subList(0, 100).stream()
                .map(Award::code).toList());
        assertThat(first).contains("id=\"award-count\">" + all.size() + "<",
                "Trường hợp 1–100 trong " + vi(all.size()) + ".", "page=1");
        int last = (all.size() - 1) / 100;
        String end = html(base + "?page=" + last);
        assertThat(subjects(end)).containsExactlyElementsOf(all.subList(last * 100, all.size()).stream()
                .map(Award::code).toList());
        assertThat(subjects(html(base + "?page=99999"))).isEqualTo(subjects(end));
        assertThat(subjects(html(base + "?page=-3"))).isEqualTo(subjects(first));

        // A head's name typed without accents (and in other case) finds every household whose name holds it.
        String name = all.stream().map(Award::name).filter(n -> n != null && !n.equals(VietnameseText.searchKey(n)))
                .findFirst().orElseThrow();
        String query = VietnameseText.searchKey(name).toUpperCase(Locale.ROOT);
        List<String> expected = all.stream().filter(a -> VietnameseText.searchKey(a.name())
                .contains(VietnameseText.searchKey(name))).map(Award::code).toList();
        String found = html(base, "q", query);
        assertThat(subjects(found)).containsExactlyElementsOf(expected.subList(0, Math.min(100, expected.size())));
        assertThat(found).contains("trong " + vi(expected.size()) + ".", name);

        // A residential area's name typed without accents finds that area's households (and any whose name holds it).
        LocalDate signed = jdbc.sql("select signed_on from recognition_decision where id = ?").param(id)
                .query(LocalDate.class).single();
        Map<String, String> names = new java.util.HashMap<>();
        all.stream().map(Award::unit).distinct().forEach(u -> names.put(u, territory.find(u, signed, UnitScope.ALL)
                .orElseThrow().fullName()));
        String unit = all.get(all.size() - 1).unit();
        String areaKey = VietnameseText.searchKey(names.get(unit));
        List<String> inArea = all.stream().filter(a -> VietnameseText.searchKey(names.get(a.unit())).contains(areaKey)
                || VietnameseText.searchKey(a.name()).contains(areaKey)
                || a.code().toLowerCase(Locale.ROOT).contains(areaKey)).map(Award::code).toList();
        String byArea = html(base, "q", areaKey);
        assertThat(subjects(byArea)).containsExactlyElementsOf(inArea.subList(0, Math.min(100, inArea.size())));
        assertThat(byArea).contains("trong " + vi(inArea.size()) + ".");

        // The area filter keeps one area's rows; the pager's links keep the filter.
        List<String> ofUnit = all.stream().filter(a -> a.unit().equals(unit)).map(Award::code).toList();
        String filtered = html(base + "?area=" + unit);
        assertThat(subjects(filtered)).containsExactlyElementsOf(ofUnit.subList(0, Math.min(100, ofUnit.size())));
        assertThat(filtered).contains("trong " + vi(ofUnit.size()) + ".");
        // A search nothing matches says so, and a code found anywhere in the list is found.
        assertThat(html(base + "?q=zzzqqq")).contains("Không có hộ nào phù hợp.").doesNotContain("data-subject=");
        assertThat(subjects(html(base + "?q=" + all.get(1234).code()))).containsExactly(all.get(1234).code());
        assertThat(html(base + "?lang=en")).contains("Entries 1–100 of " + NumberFormat.getIntegerInstance(
                Locale.ENGLISH).format(all.size()) + ".");
    }

    @Test
    void theDecisionsListPagesAndFiltersByYearAndDecidingUnit() throws Exception {
        String list = html("/recognition/decisions");
        int rows = Pattern.compile("href=\"/recognition/decisions/\\d+\"").matcher(list).results().toList().size();
        long total = jdbc.sql("select count(*) from recognition_decision").query(Long.class).single();
        assertThat(total).isGreaterThan(50);
        assertThat(rows).isEqualTo(50);
        assertThat(list).contains("Quyết định 1–50 trong ", "page=1", "<option value=\"14812\"");

        // By year: only that year's decisions, all on one page for the demo's 2020.
        String year = html("/recognition/decisions?year=2020");
        long of2020 = jdbc.sql("select count(*) from recognition_decision where year = 2020").query(Long.class)
                .single();
        assertThat(of2020).isBetween(2L, 49L);
        assertThat(Pattern.compile("<td>2020</td>").matcher(year).results().count()).isEqualTo(of2020);
        assertThat(Pattern.compile("<td>20(1\\d|2[1-9])</td>").matcher(year).results().count()).isZero();

        // By deciding unit: phường Ba Đình's own decisions (family titles, one a year), none of the town's.
        String baDinh = html("/recognition/decisions?unit=14812");
        long ofBaDinh = jdbc.sql("select count(*) from recognition_decision where unit_code = '14812'")
                .query(Long.class).single();
        assertThat(ofBaDinh).isGreaterThan(5);
        assertThat(Pattern.compile("<td>Phường Ba Đình</td>").matcher(baDinh).results().count()).isEqualTo(ofBaDinh);
        assertThat(baDinh).doesNotContain("<td>Thị xã Bỉm Sơn</td>");
        // The town's filter holds the decisions of its wards too (by the unit tree on the day each was signed).
        String town = html("/recognition/decisions?unit=381&year=2020");
        assertThat(Pattern.compile("<td>2020</td>").matcher(town).results().count()).isEqualTo(of2020);

        // The second page follows the first, with the filter kept in the pager.
        String second = html("/recognition/decisions?page=1");
        assertThat(second).contains("Quyết định 51–");
        assertThat(html("/recognition/decisions?year=1800")).contains("Quyết định 1–50 trong ");
    }
}
