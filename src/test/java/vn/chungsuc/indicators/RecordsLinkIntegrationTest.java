package vn.chungsuc.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.chungsuc.IntegrationTest;
import vn.chungsuc.shared.web.LocalLinks;

/**
 * Issue 18, hole 11: an indicator's records link is a path inside the application; a Front officer cannot store a
 * link to another site (an open redirect from the dashboard's drill-down).
 */
@IntegrationTest
class RecordsLinkIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    @Test
    void aRecordsLinkToAnotherSiteIsRefusedAndNothingChanges() throws Exception {
        Map<String, Object> i = jdbc.sql("select code, method, numerator_metric, denominator_metric, records_link "
                + "from indicators_indicator where records_link is not null order by code limit 1").query().singleRow();
        String code = (String) i.get("code");
        for (String link : new String[] {"https://evil.example/x", "//evil.example/x", "/\\evil.example",
                "javascript:alert(1)", " /x y", "/x\u0000"}) {
            var r = post("/indicators/definitions/" + code).with(csrf()).with(httpBasic("mttq", "chungsuc"))
                    .param("method", (String) i.get("method")).param("recordsLink", link);
            if (i.get("numerator_metric") != null) {
                r = r.param("numeratorMetric", (String) i.get("numerator_metric"));
            }
            if (i.get("denominator_metric") != null) {
                r = r.param("denominatorMetric", (String) i.get("denominator_metric"));
            }
            int status = mvc.perform(r).andReturn().getResponse().getStatus();
            assertThat(status).as(link).isIn(302, 400);
            assertThat(jdbc.sql("select records_link from indicators_indicator where code = ?").param(code)
                    .query(String.class).single()).as(link).isEqualTo(i.get("records_link"));
        }
        assertThat(LocalLinks.local((String) i.get("records_link"))).isTrue();
        assertThat(LocalLinks.local("/units/{unit}?asOf={asOf}")).isTrue();
        assertThat(LocalLinks.local("https://evil.example")).isFalse();
    }
}
