package vn.chungsuc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The interface speaks through the message bundles, so that {@code ?lang=en} shows no Vietnamese: this test reads
 * every Java source and fails on a string literal with a Vietnamese letter, unless it is a record rather than an
 * interface text (an audit summary, a log line, the API's documentation annotations) or the file is on the list
 * below, each with its reason. A new refusal or notice written as a Vietnamese literal fails here: give it a key.
 */
class VietnameseLiteralsTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern VIETNAMESE = Pattern.compile("[à-ỹÀ-Ỹđ]");
    private static final Pattern LITERAL = Pattern.compile("\"(?:[^\"\\\\\n]++|\\\\.)*+\"");
    /** Statements whose Vietnamese is a record or documentation, never shown as the interface's own words. */
    private static final Pattern RECORD = Pattern.compile(
            "\\baudit\\.record(As)?\\(|\\blog\\.(trace|debug|info|warn|error)\\(|@(Operation|Parameter|Schema|ApiResponse|Tag)\\(");

    /** Files whose Vietnamese literals are data, names or file formats, with the reason. */
    private static final Map<String, String> ALLOWED = Map.ofEntries(
            Map.entry("shared/text/AmountInWords.java", "writes amounts in Vietnamese words for vouchers"),
            Map.entry("shared/Money.java", "the dong sign đ"),
            Map.entry("shared/web/VnFormat.java", "the dong sign đ"),
            Map.entry("shared/web/OpenApiConfig.java", "the API's documentation"),
            Map.entry("territory/UnitType.java", "official names of unit types, part of every unit's proper name"),
            Map.entry("territory/domain/GsoImporter.java", "GSO file levels and the notes recorded in unit history"),
            Map.entry("territory/domain/ReorganisationService.java", "notes recorded in unit history"),
            Map.entry("registry/importing/Layout.java", "the import template's column titles (a file format)"),
            Map.entry("registry/importing/TemplateWorkbook.java", "the import template (a file format)"),
            Map.entry("registry/importing/Importer.java", "notes recorded in household history"),
            Map.entry("registry/domain/Relation.java", "relation labels of the import file format"),
            Map.entry("registry/domain/Sex.java", "sex labels of the import file format"),
            Map.entry("registry/domain/HouseholdCommands.java", "notes recorded in household history"),
            Map.entry("registry/domain/Duplicates.java", "notes recorded in person history"),
            Map.entry("poverty/domain/Rounds.java", "step summaries recorded in a round's history; a cited rule"),
            Map.entry("campaign/domain/ProgrammeForm.java", "a new programme's default kind, as data"),
            Map.entry("campaign/Goal.java", "the goal as written, in both languages by locale"),
            Map.entry("access/domain/AccessDemoData.java", "demo accounts' display names"),
            Map.entry("access/domain/AdminBootstrap.java", "the first administrator's display name"),
            Map.entry("access/web/SecurityConfig.java", "the firewall's answer, before any locale is known"),
            Map.entry("access/domain/UserAdministration.java", "a value recorded in the audit log"));

    @Test
    void noInterfaceTextIsAVietnameseLiteralInJava() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String relative = SOURCES.resolve("vn/chungsuc").relativize(file).toString().replace('\\', '/');
                // demo data is data; a module's permission table cites the legal basis of each line in its own words
                if (relative.contains("/demo/") || relative.endsWith("Permissions.java")
                        || ALLOWED.containsKey(relative)) {
                    continue;
                }
                found.addAll(literals(relative, Files.readString(file)));
            }
        }
        assertThat(found).as("Vietnamese literals outside the bundles (give them message keys)").isEmpty();
    }

    @Test
    void everyAllowedFileStillNeedsItsExemption() throws IOException {
        for (String relative : ALLOWED.keySet()) {
            Path file = SOURCES.resolve("vn/chungsuc").resolve(relative);
            assertThat(file).as(relative).exists();
            String text = stripComments(Files.readString(file));
            assertThat(text.lines().anyMatch(line -> LITERAL.matcher(line).results()
                    .anyMatch(m -> VIETNAMESE.matcher(m.group()).find())))
                    .as("%s has no Vietnamese literal left: take it off the list", relative).isTrue();
        }
    }

    @Test
    void theScannerFindsALiteralAndSkipsRecords() {
        String source = """
                class X {
                    // "chú thích" in a comment
                    /* "khối" in a block */
                    void a() {
                        audit.record("CREATE", "x", null, "Tạo "
                                + "mới", null, null);
                        log.info("Đã nạp {}", 1);
                        throw new Refused("f", "Không hợp lệ");
                    }
                }
                """;
        assertThat(literals("X.java", source)).containsExactly("X.java:8 \"Không hợp lệ\"");
    }

    static List<String> literals(String name, String source) {
        List<String> out = new ArrayList<>();
        String[] lines = stripComments(source).split("\n", -1);
        boolean inRecord = false;
        int depth = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String code = LITERAL.matcher(line).replaceAll("\"\"");
            if (!inRecord && RECORD.matcher(line).find()) {
                inRecord = true;
                depth = 0;
            }
            if (inRecord) {
                depth += count(code, '(') - count(code, ')');
                if (depth <= 0) {
                    inRecord = false;
                }
                continue;
            }
            Matcher m = LITERAL.matcher(line);
            while (m.find()) {
                if (VIETNAMESE.matcher(m.group()).find()) {
                    out.add(name + ":" + (i + 1) + " " + m.group());
                }
            }
        }
        return out;
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
    }

    /** Comments out, line numbers kept; a "//" inside a literal stays. */
    static String stripComments(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '"') {
                int end = i + 1;
                while (end < source.length() && source.charAt(end) != '"' && source.charAt(end) != '\n') {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(end + 1, source.length());
                out.append(source, i, end);
                i = end;
            } else if (source.startsWith("//", i)) {
                while (i < source.length() && source.charAt(i) != '\n') {
                    i++;
                }
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? source.length() : end + 2;
                source.substring(i, end).chars().filter(x -> x == '\n').forEach(x -> out.append('\n'));
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
