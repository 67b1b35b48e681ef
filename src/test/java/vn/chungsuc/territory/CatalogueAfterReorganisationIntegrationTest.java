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
import vn.chungsuc.IntegrationTest;
import vn.chungsuc.shared.scope.UnitScope;

/**
 * The 2015-era catalogue posted again after the 2025 reorganisation (the review's finding): units that a recorded
 * merger or dissolution ended stay ended, the date is never assumed, and a preview writes nothing.
 */
@IntegrationTest
class CatalogueAfterReorganisationIntegrationTest {

    static final LocalDate AFTER = LocalDate.of(2026, 1, 1);
    static final LocalDate TWO_TIER = LocalDate.of(2025, 7, 1);

    @Autowired GsoImport catalogue;
    @Autowired TerritoryApi territory;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;
    @Autowired TransactionTemplate transaction;
    @Autowired MockMvc mvc;

    @Test
    void aDistrictFileDatedAfterTheDissolutionLeavesThiXaBimSonEnded() {
        transaction.executeWithoutResult(status -> {
            ImportResult districts = catalogue.importFile(demoFile("quan_huyen"), AFTER);

            assertThat(districts.added()).isZero();
            assertThat(districts.skipped()).singleElement().satisfies(s -> {
                assertThat(s.code()).isEqualTo("381");
                assertThat(s.fullName()).isEqualTo("Thị xã Bỉm Sơn");
                assertThat(s.endedBy()).isEqualTo(LineageKind.DISSOLVE);
                assertThat(s.endedOn()).isEqualTo(TWO_TIER);
            });
            assertThat(districts.unchanged()).isEqualTo(704);
            assertThat(territory.find("381", AFTER, UnitScope.ALL)).isEmpty();
            // Posting the old catalogue again with a later date changed nothing: the units still follow 2015's.
            assertThat(territory.catalogueValidFrom(AFTER)).contains(LocalDate.of(2015, 1, 1));
            status.setRollbackOnly();
        });
    }

    @Test
    void aCommuneFileDatedAfterTheMergersDoesNotBringBackTheOldWards() {
        transaction.executeWithoutResult(status -> {
            catalogue.importFile(demoFile("quan_huyen"), AFTER);
            ImportResult communes = catalogue.importFile(demoFile("xa_phuong"), AFTER);

            assertThat(communes.added()).isZero();
            assertThat(communes.skipped()).extracting(ImportResult.Skipped::code)
                    .containsExactlyInAnyOrder("14809", "14812", "14815", "14818", "14821", "14823", "14824");
            assertThat(communes.skipped()).allSatisfy(s -> assertThat(s.endedBy()).isEqualTo(LineageKind.MERGE));
            assertThat(territory.find("14812", AFTER, UnitScope.ALL)).isEmpty();
            assertThat(territory.children("38", AFTER, UnitScope.ALL)).extracting(UnitView::code)
                    .contains("38-BS", "38-QT").doesNotContain("381", "14812");
            assertThat(territory.children("38-BS", AFTER, UnitScope.ALL)).hasSize(32);
            status.setRollbackOnly();
        });
    }

    @Test
    void aPreviewGivesTheSameCountsAndWritesNothing() {
        long before = rows();
        ImportResult preview = catalogue.preview(demoFile("quan_huyen"), AFTER);

        assertThat(preview.preview()).isTrue();
        assertThat(preview.skipped()).extracting(ImportResult.Skipped::code).containsExactly("381");
        assertThat(preview.added() + preview.changed() + preview.unchanged() + preview.skipped().size())
                .isEqualTo(preview.total());
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void theApiRefusesAnImportWithoutItsDateInVietnamese() throws Exception {
        long before = rows();
        MvcResult noDate = mvc.perform(multipart("/api/v1/units/import").file(file("quan_huyen"))
                .with(httpBasic("admin", "chungsuc"))).andReturn();

        assertThat(noDate.getResponse().getStatus()).isEqualTo(400);
        JsonNode problem = body(noDate);
        assertThat(problem.get("detail").asString()).startsWith("Thiếu tham số “validFrom”")
                .contains("không tự lấy ngày hôm nay");
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void theApiPreviewSaysWhichEntriesAnEventEndedAndWhen() throws Exception {
        long before = rows();
        MvcResult preview = mvc.perform(multipart("/api/v1/units/import").file(file("quan_huyen"))
                .param("validFrom", AFTER.toString()).param("preview", "true")
                .with(httpBasic("admin", "chungsuc"))).andReturn();

        assertThat(preview.getResponse().getStatus()).isEqualTo(200);
        JsonNode result = body(preview);
        assertThat(result.get("preview").asBoolean()).isTrue();
        assertThat(result.get("added").asInt()).isZero();
        JsonNode skipped = result.get("skipped").get(0);
        assertThat(skipped.get("code").asString()).isEqualTo("381");
        assertThat(skipped.get("endedBy").asString()).isEqualTo("DISSOLVE");
        assertThat(skipped.get("message").asString())
                .isEqualTo("Thị xã Bỉm Sơn (381) đã kết thúc do giải thể ngày 01/07/2025; mục này được giữ nguyên, "
                        + "không mở lại.");
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void aTwoTierCatalogueMayHangACommuneDirectlyUnderItsProvince() {
        String file = """
                {"99999": {"name": "Thử Hai Cấp", "type": "phuong", "code": "99999", "parent_code": "38"}}""";
        transaction.executeWithoutResult(status -> {
            assertThat(catalogue.importFile(bytes(file), TWO_TIER).added()).isEqualTo(1);
            assertThat(territory.find("99999", TWO_TIER, UnitScope.ALL))
                    .hasValueSatisfying(v -> assertThat(v.path()).isEqualTo("/VN/38/99999/"));
            status.setRollbackOnly();
        });
        // Before 1/7/2025 a commune's parent is a district.
        assertThatThrownBy(() -> catalogue.importFile(bytes(file), TWO_TIER.minusDays(1)))
                .isInstanceOf(ImportRejected.class)
                .satisfies(e -> assertThat(((ImportRejected) e).problems()).singleElement()
                        .extracting(ImportProblem::field, ImportProblem::messageKey)
                        .containsExactly("parent_code", "territory.import.error.codeFormat"));
    }

    @Test
    void versionsOpenedByTheCatalogueAreToldApartFromRecordedChanges() {
        assertThat(territory.catalogueStarts("381")).containsExactly(LocalDate.of(2015, 1, 1));
        assertThat(territory.catalogueStarts("38-BS")).isEmpty();
        // Khu phố are recorded one by one, not imported.
        assertThat(territory.catalogueStarts("14812-01")).isEmpty();
        assertThat(territory.catalogueValidFrom(AFTER)).contains(LocalDate.of(2015, 1, 1));
        assertThat(territory.catalogueValidFrom(LocalDate.of(2010, 1, 1))).isEmpty();
    }

    /** Everything an import could write. */
    private long rows() {
        return jdbc.sql("""
                        select (select count(*) from territory_unit_version) + (select count(*) from territory_event)
                             + (select count(*) from territory_catalogue_import)""")
                .query(Long.class).single();
    }

    private static InputStream demoFile(String name) {
        try {
            return new GZIPInputStream(new ClassPathResource("demo/territory/" + name + ".json.gz").getInputStream());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static MockMultipartFile file(String name) throws IOException {
        return new MockMultipartFile("file", name + ".json.gz", "application/gzip",
                new ClassPathResource("demo/territory/" + name + ".json.gz").getContentAsByteArray());
    }

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private JsonNode body(MvcResult result) throws Exception {
        return json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
