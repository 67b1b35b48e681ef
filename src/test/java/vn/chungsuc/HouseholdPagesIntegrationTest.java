package vn.chungsuc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The registry's and the poverty register's pages of one household link to each other (shared.web.HouseholdPage),
 * only where the other page exists.
 */
@IntegrationTest
class HouseholdPagesIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(httpBasic("admin", "chungsuc"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aClassifiedHouseholdsPagesLinkToEachOtherAndAnUnclassifiedOneHasNoPovertyLink() throws Exception {
        String poor = jdbc.sql("select household_code from poverty_classification where result = 'POOR'"
                + " order by household_code limit 1").query(String.class).single();
        String registry = page("/registry/households/" + poor);
        assertThat(registry).contains("id=\"household-pages\"").contains("href=\"/poverty/households/" + poor + "\"");
        String poverty = page("/poverty/households/" + poor);
        assertThat(poverty).contains("href=\"/registry/households/" + poor + "\"")
                .doesNotContain("href=\"/poverty/households/" + poor + "\"");

        String never = jdbc.sql("select code from registry_household h where not exists (select 1 from"
                + " poverty_classification c where c.household_code = h.code) order by code limit 1")
                .query(String.class).single();
        assertThat(page("/registry/households/" + never)).doesNotContain("id=\"household-pages\"");
    }
}
