package vn.chungsuc.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.chungsuc.IntegrationTest;
import vn.chungsuc.shared.stats.StatisticSource;

/**
 * Organisations registered through the JSON API (what a district's or a province's systems, and the benchmark, use):
 * a valid one is saved and counted; a refused one names each field in Vietnamese and saves nothing.
 */
@IntegrationTest
class RegistryOrganisationApiIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired vn.chungsuc.shared.time.Today today;
    @Autowired List<StatisticSource> sources;

    private long organisations() {
        return jdbc.sql("select count(*) from registry_organisation").query(Long.class).single();
    }

    private long agenciesCounted(String unit) {
        return sources.stream().filter(s -> s.metrics().stream()
                        .anyMatch(m -> m.code().equals("registry.organisations.agency"))).findFirst().orElseThrow()
                .countByUnit("registry.organisations.agency", today.date(), List.of(unit)).getOrDefault(unit, 0L);
    }

    @Test
    void anAgencyIsRegisteredListedAndCounted() throws Exception {
        long before = agenciesCounted("14812");
        String created = mvc.perform(post("/api/v1/organisations").with(httpBasic("badinh", "chungsuc"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"name": "Trạm Y tế phường Ba Đình (API)", "kind": "AGENCY", "unitCode": "14812",
                                 "address": "Số 2, phố Trần Phú", "establishedOn": "2001-05-01"}"""))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        assertThat(created).contains("\"name\":\"Trạm Y tế phường Ba Đình (API)\"", "\"kind\":\"AGENCY\"",
                "\"unitCode\":\"14812\"", "\"establishedOn\":\"2001-05-01\"");
        assertThat(agenciesCounted("14812")).isEqualTo(before + 1);

        String list = mvc.perform(get("/api/v1/organisations").param("q", "tram y te phuong ba dinh (api)")
                .with(httpBasic("badinh", "chungsuc"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(list).contains("Trạm Y tế phường Ba Đình (API)", "\"total\":1");
        // Quang Trung's officer does not see Ba Đình's organisations.
        String other = mvc.perform(get("/api/v1/organisations").param("q", "tram y te phuong ba dinh (api)")
                .with(httpBasic("quangtrung", "chungsuc"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(other).contains("\"total\":0");
    }

    @Test
    void aRefusalNamesEachFieldInVietnameseAndSavesNothing() throws Exception {
        long before = organisations();
        String refused = mvc.perform(post("/api/v1/organisations").with(httpBasic("admin", "chungsuc"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"name": " ", "kind": "CHURCH", "unitCode": "99999",
                                 "establishedOn": "2020-01-01", "closedOn": "2019-01-01"}"""))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("\"field\":\"name\"", "\"field\":\"kind\"", "\"field\":\"unitCode\"",
                "\"field\":\"closedOn\"", "Vui lòng nhập tên.", "không có gì được lưu");

        mvc.perform(post("/api/v1/organisations").with(httpBasic("admin", "chungsuc"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Trường Tiểu học\", \"kind\": \"SCHOOL\", \"unitCode\": \"14812\", "
                                + "\"establishedOn\": \"01/05/2001\"}"))
                .andExpect(status().isBadRequest());
        // Ba Đình's officer cannot register one in Quang Trung.
        String outside = mvc.perform(post("/api/v1/organisations").with(httpBasic("badinh", "chungsuc"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Trường Mầm non Quang Trung\", \"kind\": \"SCHOOL\", "
                                + "\"unitCode\": \"14824\"}"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(outside).contains("\"field\":\"unitCode\"");
        assertThat(organisations()).isEqualTo(before);
    }
}
