package vn.chungsuc.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;
import vn.chungsuc.IntegrationTest;
import vn.chungsuc.campaign.CampaignApi;

@IntegrationTest
class PortalIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    CampaignApi campaign;

    private long programme() {
        return campaign.programmes().stream().filter(p -> p.number().startsWith("1995/CTrPH")).findFirst().orElseThrow().id();
    }

    @Test
    void anyoneReadsTheProgrammesProgressWithoutASession() throws Exception {
        MvcResult home = mvc.perform(get("/public")).andExpect(status().isOk()).andReturn();
        assertThat(home.getResponse().getContentAsString()).contains("1995/CTrPH");
        assertThat(home.getRequest().getSession(false)).isNull();

        MvcResult page = mvc.perform(get("/public/programmes/" + programme()).param("year", "2018"))
                .andExpect(status().isOk()).andReturn();
        String html = page.getResponse().getContentAsString();
        assertThat(html).contains("Tiến độ thực hiện – Thị xã Bỉm Sơn, năm 2018")
                .contains("Phường Ba Đình").contains("Xã Hà Lan")
                .contains("giảm tỷ lệ hộ nghèo còn 1%").doesNotContain("_csrf");
        assertThat(page.getRequest().getSession(false)).isNull();
        assertThat(page.getResponse().getHeader("Cache-Control")).contains("max-age=1");

        // Asked again (from the micro-cache, or rendered again if a second has passed): the same page and headers.
        MockHttpServletResponse again = mvc.perform(get("/public/programmes/" + programme()).param("year", "2018")
                .header("Accept-Encoding", "gzip")).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(again.getHeader("Content-Security-Policy")).contains("default-src 'self'");
        assertThat(again.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(again.getContentType()).isEqualTo("text/html;charset=UTF-8");
        assertThat(again.getCookies()).isEmpty();
    }

    @Test
    void aUnitUnderTheProgrammeAndTheYearsOfItsPeriod() throws Exception {
        String html = mvc.perform(get("/public/programmes/" + programme()).param("unit", "14812")
                .param("year", "2020")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Tiến độ thực hiện – Phường Ba Đình, năm 2020");
        // Hà Lan was merged into Đông Sơn on 1/12/2019: not a unit of the town in 2020.
        assertThat(html).doesNotContain("Xã Hà Lan");

        mvc.perform(get("/public/programmes/" + programme()).param("unit", "14812-01").param("year", "2020"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/public/programmes/" + programme()).param("unit", "00001").param("year", "2020"))
                .andExpect(status().isNotFound());
        String missing = mvc.perform(get("/public/programmes/" + programme()).param("year", "2030"))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        assertThat(missing).contains("<html").contains("Đã xảy ra lỗi (404)");
        mvc.perform(get("/public/programmes/999999")).andExpect(status().isNotFound());
        mvc.perform(get("/public/programmes/" + programme()).param("year", "abc")).andExpect(status().isBadRequest());
    }

    @Test
    void englishOnRequest() throws Exception {
        String html = mvc.perform(get("/public/programmes/" + programme()).param("year", "2018")
                .param("lang", "en")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Progress – Thị xã Bỉm Sơn, 2018");
    }

    @Test
    void theHomeListsTheContributedSectionsOnThePortalLayout() throws Exception {
        MvcResult home = mvc.perform(get("/public")).andExpect(status().isOk()).andReturn();
        String html = home.getResponse().getContentAsString();
        // Contributed by indicators (the programmes' progress) and by poverty (the lists under public posting).
        assertThat(html).contains("id=\"section-programmes\"").contains("id=\"section-poverty\"")
                .contains("href=\"/public/programmes\"").contains("href=\"/public/poverty\"")
                .contains("Tiến độ thực hiện các chương trình phối hợp")
                .contains("Danh sách hộ nghèo, hộ cận nghèo đang niêm yết công khai")
                // the seed programme's coverage; other tests of the shared context may add programmes beside it
                .containsPattern("Phạm vi: [^<]*Thị xã Bỉm Sơn: 2017–2020");
        assertThat(html.indexOf("section-programmes")).isLessThan(html.indexOf("section-poverty"));
        assertThat(home.getRequest().getSession(false)).isNull();

        MvcResult poverty = mvc.perform(get("/public/poverty")).andExpect(status().isOk()).andReturn();
        assertThat(poverty.getResponse().getContentAsString()).contains("Chung Sức – Trang công khai")
                .contains("Trong thời gian niêm yết").doesNotContain("_csrf");
        assertThat(poverty.getRequest().getSession(false)).isNull();
        assertThat(poverty.getResponse().getHeader("Cache-Control")).contains("max-age=1");

        String programmes = mvc.perform(get("/public/programmes")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(programmes).contains("href=\"/public/programmes/" + programme() + "\"");
    }

    @Test
    void theHomePageLinksVisitorsToThePublicPagesAndPromisesOnlyWhatExists() throws Exception {
        String home = mvc.perform(get("/")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(home).contains("id=\"home-public\"").contains("href=\"/public\"")
                .doesNotContain("Quỹ “Vì người nghèo”").doesNotContain("báo cáo định kỳ");
    }

    @Test
    void anUnknownSectionOrItemIsAVietnamese404() throws Exception {
        String section = mvc.perform(get("/public/no-such-section")).andExpect(status().isNotFound()).andReturn()
                .getResponse().getContentAsString();
        assertThat(section).contains("<html").contains("Đã xảy ra lỗi (404)").contains("Chung Sức – Trang công khai");
        String round = mvc.perform(get("/public/poverty/999999")).andExpect(status().isNotFound()).andReturn()
                .getResponse().getContentAsString();
        assertThat(round).contains("Đã xảy ra lỗi (404)");
        mvc.perform(get("/public/programmes/abc")).andExpect(status().isNotFound());
        mvc.perform(get("/public/no-such-section/1")).andExpect(status().isNotFound());
    }
}
