package vn.chungsuc.poverty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import vn.chungsuc.IntegrationTest;
import vn.chungsuc.poverty.domain.Standards;

/** The standards are data an administrator corrects: an indicator added to NĐ 351/2025 is at once classifiable. */
@IntegrationTest
class StandardEditsIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired Standards standards;

    @Test
    void anAdministratorAddsAnIndicatorToTheStandardWhoseListIsOnlyPartlyKnown() throws Exception {
        mvc.perform(post("/poverty/standards/ND351_2025/indicators").with(httpBasic("ldtbxh", "chungsuc")).with(csrf())
                .param("indicator", "PROBE_INDICATOR").param("dimension", "Thử").param("name", "Chỉ số thử")
                .param("deprivedWhen", "Khi thử")).andExpect(status().isForbidden());
        mvc.perform(post("/poverty/standards/ND351_2025/indicators").with(httpBasic("admin", "chungsuc")).with(csrf())
                .param("indicator", "probe_indicator").param("dimension", "Thử").param("name", "Chỉ số thử")
                .param("deprivedWhen", "Khi thử")).andExpect(status().is3xxRedirection());
        assertThat(standards.find("ND351_2025").orElseThrow().indicator("PROBE_INDICATOR")).isPresent();
        mvc.perform(post("/api/v1/poverty/classify").with(httpBasic("ldtbxh", "chungsuc"))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"standard": "ND351_2025", "area": "RURAL", "monthlyIncomePerPerson": 2000000,
                         "deprivations": ["PROBE_INDICATOR"]}""")).andExpect(status().isOk());
        mvc.perform(post("/poverty/standards/ND351_2025").with(httpBasic("admin", "chungsuc")).with(csrf())
                .param("ruralUpperLine", "0").param("urbanUpperLine", "2800000").param("minDeprivations", "3"))
                .andExpect(status().is3xxRedirection());
        assertThat(standards.find("ND351_2025").orElseThrow().ruralUpperLine()).as("refused: unchanged")
                .isEqualTo(2_200_000);
    }
}
