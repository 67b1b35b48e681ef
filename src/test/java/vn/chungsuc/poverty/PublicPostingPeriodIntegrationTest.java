package vn.chungsuc.poverty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.chungsuc.IntegrationTest;
import vn.chungsuc.shared.time.Today;

/**
 * Issue 18, hole 15: a list on public posting leaves the portal when its days are over, even if the officer has
 * not finished step 4; and no page of the poverty lists may be indexed. The round is made up (commune 14824, 2099)
 * so that no other test's round is touched.
 */
@IntegrationTest
class PublicPostingPeriodIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Today today;

    @Test
    void aPostingPastItsDaysIsOfflineAndNoPovertyPageIsIndexed() throws Exception {
        String standard = jdbc.sql("select code from poverty_standard order by code limit 1").query(String.class)
                .single();
        long id = jdbc.sql("""
                insert into poverty_round (commune_code, year, kind, standard_code, posting_days, created_by, posted_from)
                values ('14824', 2099, 'PERIODIC', ?, 3, 'test', ?) returning id""")
                .params(standard, java.sql.Date.valueOf(today.date().minusDays(10))).query(Long.class).single();
        MvcResult list = mvc.perform(get("/public/poverty")).andExpect(status().isOk()).andReturn();
        assertThat(list.getResponse().getHeader("X-Robots-Tag")).contains("noindex");
        assertThat(list.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain("/public/poverty/" + id + "\"");
        MvcResult page = mvc.perform(get("/public/poverty/" + id)).andReturn();
        assertThat(page.getResponse().getHeader("X-Robots-Tag")).contains("noindex");
        assertThat(page.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("id=\"posting-ended\"")
                .doesNotContain("id=\"public-list\"");
        // Still within its days, it is on the portal.
        jdbc.sql("update poverty_round set posted_from = ? where id = ?")
                .params(java.sql.Date.valueOf(today.date()), id).update();
        Thread.sleep(1_100); // the portal's micro-cache keeps a page one second
        assertThat(mvc.perform(get("/public/poverty")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("/public/poverty/" + id);
        jdbc.sql("delete from poverty_round where id = ?").param(id).update();
    }
}
