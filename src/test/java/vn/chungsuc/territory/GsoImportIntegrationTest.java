package vn.chungsuc.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.chungsuc.IntegrationTest;
import vn.chungsuc.shared.scope.UnitScope;

/** Importing the GSO catalogue again, and files that are broken or carry a bad entry. */
@IntegrationTest
class GsoImportIntegrationTest {

    static final LocalDate CATALOGUE_FROM = LocalDate.of(2015, 1, 1);

    @Autowired GsoImport catalogue;
    @Autowired TerritoryApi territory;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;
    @Autowired TransactionTemplate transaction;
    @Autowired MockMvc mvc;

    @Test
    void importingTheWholeCatalogueAgainChangesNothing() throws IOException {
        Counts before = counts();
        ImportResult provinces = catalogue.importFile(demoFile("tinh_tp"), CATALOGUE_FROM);
        ImportResult districts = catalogue.importFile(demoFile("quan_huyen"), CATALOGUE_FROM);
        long start = System.nanoTime();
        ImportResult communes = catalogue.importFile(demoFile("xa_phuong"), CATALOGUE_FROM);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(List.of(provinces, districts, communes))
                .extracting(ImportResult::level, ImportResult::total, ImportResult::added, ImportResult::changed,
                        ImportResult::unchanged)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(UnitLevel.PROVINCE, 63, 0, 0, 63),
                        org.assertj.core.groups.Tuple.tuple(UnitLevel.DISTRICT, 705, 0, 0, 705),
                        org.assertj.core.groups.Tuple.tuple(UnitLevel.COMMUNE, 10_599, 0, 0, 10_599));
        assertThat(counts()).isEqualTo(before);
        // A figure, not a threshold (the benchmark measures speed): printed for the log.
        System.out.printf("Re-import of 10,599 communes: %d ms%n", millis);
    }

    @Test
    void aTruncatedFileIsRefusedWithThePlaceOfTheFaultAndChangesNothing() throws IOException {
        Counts before = counts();
        byte[] whole = demoFile("xa_phuong").readAllBytes();
        byte[] cut = Arrays.copyOf(whole, whole.length / 2);

        assertThatThrownBy(() -> catalogue.importFile(new ByteArrayInputStream(cut), LocalDate.of(2030, 1, 1)))
                .isInstanceOf(ImportRejected.class)
                .satisfies(e -> assertThat(((ImportRejected) e).problems()).singleElement().satisfies(p -> {
                    assertThat(p.entry()).matches("\\d{5}");
                    assertThat(p.messageKey()).isEqualTo("territory.import.error.truncated");
                }));
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aFileWithBadEntriesNamesEachEntryAndFieldAndChangesNothing() throws IOException {
        Counts before = counts();
        ObjectNode districts = (ObjectNode) json.readTree(demoFile("quan_huyen"));
        ((ObjectNode) districts.get("381")).put("type", "phuong");
        ((ObjectNode) districts.get("380")).put("name", " ");
        ((ObjectNode) districts.get("382")).put("parent_code", "99");
        ((ObjectNode) districts.get("384")).remove("parent_code");
        // A good change next to the bad ones must not be written either.
        ((ObjectNode) districts.get("001")).put("name", "Ba Đình Mới");

        assertThatThrownBy(() -> catalogue.importFile(bytes(districts), LocalDate.of(2030, 1, 1)))
                .isInstanceOf(ImportRejected.class)
                .satisfies(e -> assertThat(((ImportRejected) e).problems())
                        .extracting(ImportProblem::entry, ImportProblem::field)
                        .containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple("381", "type"),
                                org.assertj.core.groups.Tuple.tuple("380", "name"),
                                org.assertj.core.groups.Tuple.tuple("382", "parent_code"),
                                org.assertj.core.groups.Tuple.tuple("384", "parent_code")));
        assertThat(counts()).isEqualTo(before);
        assertThat(territory.find("001", LocalDate.of(2030, 1, 1), UnitScope.ALL))
                .hasValueSatisfying(v -> assertThat(v.name()).isEqualTo("Ba Đình"));
    }

    @Test
    void aCommuneFileBeforeItsDistrictsIsRefused() throws IOException {
        assertThatThrownBy(() -> catalogue.importFile(demoFile("xa_phuong"), LocalDate.of(1990, 1, 1)))
                .isInstanceOf(ImportRejected.class)
                .satisfies(e -> assertThat(((ImportRejected) e).problems().get(0).messageKey())
                        .isEqualTo("territory.import.error.noParent"));
    }

    @Test
    void aRenameInALaterCatalogueClosesTheOldVersionAndOpensANewOne() throws IOException {
        LocalDate later = LocalDate.of(2030, 1, 1);
        ObjectNode provinces = (ObjectNode) json.readTree(demoFile("tinh_tp"));
        ((ObjectNode) provinces.get("38")).put("name", "Thanh Hoá Mới");
        transaction.executeWithoutResult(status -> {
            ImportResult result = catalogue.importFile(bytes(provinces), later);
            assertThat(result.changed()).isEqualTo(1);
            assertThat(result.changedCodes()).containsExactly("38");
            assertThat(result.unchanged()).isEqualTo(62);
            assertThat(territory.find("38", later.minusDays(1), UnitScope.ALL))
                    .hasValueSatisfying(v -> assertThat(v.name()).isEqualTo("Thanh Hóa"));
            assertThat(territory.find("38", later, UnitScope.ALL))
                    .hasValueSatisfying(v -> assertThat(v.name()).isEqualTo("Thanh Hoá Mới"));
            assertThat(territory.lineage("38").events()).extracting(LineageEvent::kind).contains(LineageKind.RENAME);
            // The same file once more: nothing left to change.
            assertThat(catalogue.importFile(bytes(provinces), later).unchanged()).isEqualTo(63);
            status.setRollbackOnly();
        });
    }

    @Test
    void theApiImportsAGzippedFileForAnAdministratorOnly() throws Exception {
        byte[] gz = new ClassPathResource("demo/territory/tinh_tp.json.gz").getContentAsByteArray();
        MockMultipartFile file = new MockMultipartFile("file", "tinh_tp.json.gz", "application/gzip", gz);

        MvcResult ok = mvc.perform(multipart("/api/v1/units/import").file(file).param("validFrom", "2015-01-01")
                .with(httpBasic("admin", "chungsuc"))).andReturn();
        assertThat(ok.getResponse().getStatus()).isEqualTo(200);
        JsonNode result = json.readTree(ok.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(result.get("unchanged").asInt()).isEqualTo(63);
        assertThat(result.get("added").asInt()).isZero();

        assertThat(mvc.perform(multipart("/api/v1/units/import").file(file).with(httpBasic("badinh", "chungsuc")))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void theApiAnswers400InVietnameseNamingTheEntryAndField() throws Exception {
        ObjectNode provinces = (ObjectNode) json.readTree(demoFile("tinh_tp"));
        ((ObjectNode) provinces.get("38")).put("type", "huyen");
        MockMultipartFile file = new MockMultipartFile("file", "tinh_tp.json", "application/json",
                json.writeValueAsBytes(provinces));

        MvcResult bad = mvc.perform(multipart("/api/v1/units/import").file(file).param("validFrom", "2015-01-01")
                .with(httpBasic("admin", "chungsuc"))).andReturn();
        assertThat(bad.getResponse().getStatus()).isEqualTo(400);
        JsonNode problem = json.readTree(bad.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(problem.get("detail").asString()).contains("“38”", "“type”", "huyen", "không hợp lệ");
        assertThat(problem.get("errors").get(0).get("entry").asString()).isEqualTo("38");
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("type");
    }

    record Counts(long units, long versions, long events, long links) {
    }

    private Counts counts() {
        return new Counts(count("territory_unit"), count("territory_unit_version"), count("territory_event"),
                count("territory_event_link"));
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private static InputStream demoFile(String name) throws IOException {
        return new GZIPInputStream(new ClassPathResource("demo/territory/" + name + ".json.gz").getInputStream());
    }

    private InputStream bytes(JsonNode node) {
        return new ByteArrayInputStream(json.writeValueAsBytes(node));
    }
}
