package vn.chungsuc.shared.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.chungsuc.IntegrationTest;

/** /actuator/prometheus for the operator's network only, with the timings by route and the modules' gauges. */
@IntegrationTest
class PrometheusIntegrationTest {

    @Autowired MockMvc mvc;

    private String scrape() throws Exception {
        return mvc.perform(get("/actuator/prometheus").with(r -> {
            r.setRemoteAddr("127.0.0.1");
            return r;
        })).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void loopbackScrapesTheRouteTimingsAndTheModulesGauges() throws Exception {
        mvc.perform(get("/api/v1/programmes/1/targets").param("year", "2020").with(httpBasic("mttq", "chungsuc")))
                .andExpect(status().isOk());
        String text = scrape();
        assertThat(text).contains("http_server_requests_seconds_count{", "uri=\"/api/v1/programmes/{id}/targets\"",
                "chungsuc_events_outstanding", "chungsuc_events_oldest_outstanding_age_seconds",
                "chungsuc_figures_lag_seconds", "chungsuc_figures_recount_seconds");
    }

    @Test
    void anyOtherAddressIsRefusedEvenSignedIn() throws Exception {
        mvc.perform(get("/actuator/prometheus").with(r -> {
            r.setRemoteAddr("203.0.113.7");
            return r;
        })).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").with(httpBasic("admin", "chungsuc")).with(r -> {
            r.setRemoteAddr("10.20.30.40");
            return r;
        })).andExpect(status().isForbidden());
    }
}
