package vn.chungsuc.poverty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.chungsuc.IntegrationTest;

/**
 * {@code POST /api/v1/poverty/classify} on the standards as the migrations ship them: the domain file's test
 * tables, boundaries, the score form, and a 400 naming the field for each kind of bad input.
 */
@IntegrationTest
class PovertyApiIntegrationTest {

    @Autowired MockMvc mvc;
    private final JsonMapper json = JsonMapper.builder().build();

    private JsonNode classify(String body, int expectedStatus) throws Exception {
        String out = mvc.perform(post("/api/v1/poverty/classify").with(httpBasic("ldtbxh", "chungsuc"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().is(expectedStatus)).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        return json.readTree(out);
    }

    @ParameterizedTest(name = "{0} {1} {2} with {3}: {4}")
    @CsvSource(delimiter = '|', value = {
            "QD59_2015|RURAL|700000|[]|POOR",
            "QD59_2015|RURAL|700001|[\"HEALTH_INSURANCE\",\"LATRINE\",\"WATER_SOURCE\"]|POOR",
            "QD59_2015|RURAL|1000000|[\"HEALTH_INSURANCE\",\"LATRINE\"]|NEAR_POOR",
            "QD59_2015|RURAL|1000001|[\"HEALTH_INSURANCE\",\"LATRINE\",\"WATER_SOURCE\",\"TELECOM_USE\",\"HOUSING_AREA\"]|NOT_POOR",
            "ND07_2021|URBAN|2000000|[\"EMPLOYMENT\",\"NUTRITION\",\"LATRINE\"]|POOR",
            "ND07_2021|URBAN|2000000|[\"EMPLOYMENT\",\"NUTRITION\"]|NEAR_POOR",
            "ND07_2021|URBAN|2000001|[\"EMPLOYMENT\",\"NUTRITION\",\"LATRINE\",\"DEPENDANTS\",\"WATER_SOURCE\",\"TELECOM_USE\"]|NOT_POOR",
            "ND07_2021|RURAL|1500000|[]|NEAR_POOR",
            "QD59_2015|URBAN|900000|[]|POOR",
            "QD59_2015|URBAN|900001|[\"LATRINE\",\"HEALTH_INSURANCE\"]|NEAR_POOR",
            "QD59_2015|URBAN|1300000|[\"LATRINE\",\"HEALTH_INSURANCE\",\"INFORMATION_ASSETS\"]|POOR",
            "ND07_2021|RURAL|1500001|[\"EMPLOYMENT\",\"NUTRITION\",\"LATRINE\"]|NOT_POOR",
            "ND351_2025|RURAL|2200000|[\"EMPLOYMENT\",\"INTERNET_USE\",\"HOUSEHOLD_WASTE\"]|POOR",
            "ND351_2025|URBAN|2800000|[\"DIGITAL_SERVICE_USE\",\"HEALTH_INSURANCE\"]|NEAR_POOR",
            "ND351_2025|URBAN|2800001|[\"EMPLOYMENT\",\"INTERNET_USE\",\"HOUSEHOLD_WASTE\"]|NOT_POOR",
    })
    void classifiesByIncomeUnderTheStandardsAsShipped(String standard, String area, long income, String deprivations,
            String expected) throws Exception {
        JsonNode out = classify("""
                {"standard": "%s", "area": "%s", "monthlyIncomePerPerson": %d, "deprivations": %s}"""
                .formatted(standard, area, income, deprivations), 200);
        assertThat(out.get("result").asString()).isEqualTo(expected);
        assertThat(out.get("reasons").size()).isGreaterThanOrEqualTo(2);
        assertThat(out.get("legalBasis").asString()).isNotBlank();
    }

    @ParameterizedTest(name = "{0} {1} A {2} B {3}: {4}")
    @CsvSource({
            "QD59_2015, RURAL, 120, 0, POOR", "QD59_2015, RURAL, 121, 30, POOR", "QD59_2015, RURAL, 150, 20, NEAR_POOR",
            "QD59_2015, RURAL, 151, 30, NOT_POOR", "QD59_2015, URBAN, 140, 0, POOR", "QD59_2015, URBAN, 175, 30, POOR",
            "QD59_2015, URBAN, 176, 40, NOT_POOR", "ND07_2021, RURAL, 140, 30, POOR", "ND07_2021, RURAL, 140, 20, NEAR_POOR",
            "ND07_2021, RURAL, 141, 30, NOT_POOR", "ND07_2021, URBAN, 175, 30, POOR", "ND07_2021, URBAN, 176, 30, NOT_POOR",
    })
    void classifiesByScores(String standard, String area, int a, int b, String expected) throws Exception {
        JsonNode out = classify("""
                {"standard": "%s", "area": "%s", "scoreA": %d, "scoreB": %d}""".formatted(standard, area, a, b), 200);
        assertThat(out.get("result").asString()).isEqualTo(expected);
        if (standard.equals("QD59_2015")) {
            assertThat(out.get("legalBasis").asString()).contains("17/2016").contains("14/2018");
        } else {
            assertThat(out.get("legalBasis").asString()).contains("07/2021");
        }
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "{\"standard\": \"QD99\", \"area\": \"RURAL\", \"monthlyIncomePerPerson\": 1}|standard",
            "{\"area\": \"RURAL\", \"monthlyIncomePerPerson\": 1}|standard",
            "{\"standard\": \"ND07_2021\", \"area\": \"CITY\", \"monthlyIncomePerPerson\": 1}|area",
            "{\"standard\": \"ND07_2021\", \"area\": \"RURAL\", \"monthlyIncomePerPerson\": -1}|monthlyIncomePerPerson",
            "{\"standard\": \"ND07_2021\", \"area\": \"RURAL\", \"monthlyIncomePerPerson\": 1, \"deprivations\": [\"INFORMATION_ASSETS\"]}|deprivations",
            "{\"standard\": \"QD59_2015\", \"area\": \"RURAL\", \"monthlyIncomePerPerson\": 1, \"deprivations\": [\"EMPLOYMENT\"]}|deprivations",
            "{\"standard\": \"ND351_2025\", \"area\": \"RURAL\", \"monthlyIncomePerPerson\": 1, \"deprivations\": [\"INFORMATION_DEVICES\"]}|deprivations",
            "{\"standard\": \"ND07_2021\", \"area\": \"RURAL\"}|monthlyIncomePerPerson",
            "{\"standard\": \"ND07_2021\", \"area\": \"RURAL\", \"scoreA\": 100}|scoreB",
            "{\"standard\": \"ND07_2021\", \"area\": \"RURAL\", \"scoreA\": -5, \"scoreB\": 10}|scoreA",
    })
    void refusesBadInputNamingTheField(String body, String field) throws Exception {
        JsonNode out = classify(body, 400);
        assertThat(out.get("field").asString()).isEqualTo(field);
        assertThat(out.get("detail").asString()).isNotBlank();
    }

    @Test
    void unreadableJsonIsABadRequest() throws Exception {
        assertThat(classify("{\"standard\": ", 400).get("detail").asString()).isNotBlank();
    }

    @Test
    void reclassificationIsForAdministratorsOnly() throws Exception {
        mvc.perform(post("/api/v1/poverty/reclassifications").with(httpBasic("ldtbxh", "chungsuc"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"year\": 2020, \"standard\": \"ND07_2021\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void reclassifiesEveryHouseholdSurveyedForAYear() throws Exception {
        String out = mvc.perform(post("/api/v1/poverty/reclassifications").with(httpBasic("admin", "chungsuc"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"year\": 2019, \"standard\": \"ND351_2025\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        JsonNode n = json.readTree(out);
        long households = n.get("households").asLong();
        assertThat(households).isGreaterThan(15_000);
        JsonNode by = n.get("byResult");
        assertThat(by.get("POOR").asLong() + by.get("NEAR_POOR").asLong() + by.get("NOT_POOR").asLong())
                .isEqualTo(households);
        // the 2027 lines are higher than 2016's near-poverty lines: more households fall below them
        assertThat(by.get("POOR").asLong() + by.get("NEAR_POOR").asLong()).isGreaterThan(households / 50);
        System.out.printf("Reclassification of the demo's %d households of 2019 under ND351_2025: %d ms%n",
                households, n.get("millis").asLong());
    }
}
