package vn.chungsuc.territory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import vn.chungsuc.territory.ImportProblem;

class GsoFileTest {

    private static final String TWO_WARDS = """
            {
              "14809": {"name": "Bắc Sơn", "type": "phuong", "slug": "bac-son", "code": "14809", "parent_code": "381",
                        "extra": {"ignored": [1, 2]}},
              "14812": {"name": "Ba Đình", "type": "phuong", "code": "14812", "parent_code": "381"}
            }
            """;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void readsEachEntryWithItsKeyAndTheFieldsThatMatter() {
        GsoFile.Content content = read(TWO_WARDS.getBytes(StandardCharsets.UTF_8));
        assertThat(content.problems()).isEmpty();
        assertThat(content.entries()).containsExactly(
                new GsoFile.Entry("14809", "14809", "Bắc Sơn", "phuong", "381"),
                new GsoFile.Entry("14812", "14812", "Ba Đình", "phuong", "381"));
    }

    @Test
    void aGzippedFileIsRecognisedByItsContent() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(TWO_WARDS.getBytes(StandardCharsets.UTF_8));
        }
        assertThat(read(out.toByteArray()).entries()).hasSize(2);
    }

    @Test
    void aTruncatedFileNamesTheEntryItStoppedIn() {
        byte[] whole = TWO_WARDS.getBytes(StandardCharsets.UTF_8);
        GsoFile.Content content = read(Arrays.copyOf(whole, whole.length - 40));
        assertThat(content.problems()).singleElement().satisfies(p -> {
            assertThat(p.entry()).isEqualTo("14812");
            assertThat(p.messageKey()).isEqualTo("territory.import.error.truncated");
        });
    }

    @Test
    void aTruncatedGzipFileIsRefusedToo() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(TWO_WARDS.repeat(1).getBytes(StandardCharsets.UTF_8));
        }
        byte[] cut = Arrays.copyOf(out.toByteArray(), out.size() / 2);
        assertThat(read(cut).problems()).extracting(ImportProblem::messageKey)
                .containsAnyOf("territory.import.error.truncated", "territory.import.error.malformed");
    }

    @Test
    void syntaxErrorsAreReportedWithTheirLine() {
        GsoFile.Content content = read("{\n \"01\": {\"name\": \"Hà Nội\",, }\n}".getBytes(StandardCharsets.UTF_8));
        assertThat(content.problems()).singleElement().satisfies(p -> {
            assertThat(p.entry()).isEqualTo("01");
            assertThat(p.messageKey()).isEqualTo("territory.import.error.malformed");
            assertThat(p.args().get(0)).isEqualTo("2");
        });
    }

    @Test
    void aCodeWrittenAsANumberIsRefusedBecauseItWouldLoseItsLeadingZero() {
        GsoFile.Content content = read("{\"01\": {\"name\": \"Hà Nội\", \"type\": \"thanh-pho\", \"code\": 1}}"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(content.problems()).singleElement().satisfies(p -> {
            assertThat(p.entry()).isEqualTo("01");
            assertThat(p.field()).isEqualTo("code");
        });
    }

    @Test
    void aListInsteadOfAnObjectIsNotACatalogue() {
        assertThat(read("[1, 2]".getBytes(StandardCharsets.UTF_8)).problems())
                .extracting(ImportProblem::messageKey).containsExactly("territory.import.error.notObject");
    }

    @Test
    void aKeyTwiceIsADuplicate() {
        GsoFile.Content content = read("{\"01\": {\"code\": \"01\"}, \"01\": {\"code\": \"01\"}}"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(content.problems()).extracting(ImportProblem::messageKey)
                .containsExactly("territory.import.error.duplicate");
    }

    private GsoFile.Content read(byte[] bytes) {
        return GsoFile.read(new ByteArrayInputStream(bytes), json);
    }
}
