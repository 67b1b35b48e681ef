package vn.chungsuc.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.chungsuc.IntegrationTest;

/**
 * Other modules name residential areas through the territory API, so after the 2025 merger phường Bỉm Sơn's several
 * "Khu phố 1" read apart on their pages and documents too: a poverty certificate (PDF), a household's registry page
 * and the registry's filter of areas, a ward's cultural-family rounds. Reads only the demo.
 */
@IntegrationTest
class AreaNamesElsewhereIntegrationTest {

    static final String NAME = "Khu phố 1 (Ba Đình cũ)";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    private String html(String path, String user) throws Exception {
        return mvc.perform(get(path).with(httpBasic(user, "chungsuc"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void thePovertyCertificateOfAHouseholdInKhuPho1OfBaDinhNamesItsOldWard() throws Exception {
        String code = jdbc.sql("""
                select c.household_code from poverty_classification c join poverty_round r on r.id = c.round_id
                where c.area_code = '14812-01' and c.year = 2025 and c.decided_on is not null
                  and coalesce(c.override_result, c.result) <> 'NOT_POOR' and r.commune_code = '38-BS'
                order by c.household_code limit 1""").query(String.class).single();
        long round = jdbc.sql("select round_id from poverty_classification where household_code = ? and year = 2025")
                .param(code).query(Long.class).single();
        byte[] pdf = mvc.perform(get("/poverty/rounds/" + round + "/certificates/" + code + ".pdf")
                .with(httpBasic("badinh", "chungsuc"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("nơi cư trú", NAME, "Phường Bỉm Sơn");
        }
    }

    @Test
    void theRegistryNamesTheAreaWithItsOldWardOnTheHouseholdPageAndInItsFilter() throws Exception {
        String code = jdbc.sql("""
                select h.code from registry_household h join registry_household_location l on l.household_id = h.id
                where l.area_code = '14812-01' and l.valid_from <= '2024-01-01' and l.valid_to is null
                  and h.ended_on is null
                order by h.code limit 1""")
                .query(String.class).single();
        assertThat(html("/registry/households/" + code, "badinh")).contains(NAME);
        assertThat(html("/registry/households?unit=38-BS", "badinh")).contains(NAME, "Khu phố 1 (Lam Sơn cũ)");
        // Before the merger the ward had one Khu phố 1, and its name needs nothing more.
        assertThat(html("/registry/households/" + code + "?asOf=01/01/2024", "badinh")).contains(">Khu phố 1<");
    }

    @Test
    void theWardsRoundsListNamesTheAreaWithItsOldWard() throws Exception {
        assertThat(html("/recognition/rounds?unit=38-BS&year=2026", "badinh")).contains(NAME);
    }
}
