package vn.chungsuc.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The audit log shows actions and record types by their names in the user's language: every action and record
 * type a module writes with literal codes ({@code audit.record("SCORE", "recognition.entry", …)}) has a label in
 * the access bundles, Vietnamese and English.
 */
class AuditLabelsTest {

    private static final Pattern RECORD = Pattern.compile(
            "audit\\.record(?:As)?\\((?:[a-z]+, )?\"([A-Z_]+)\",\\s*\"([A-Za-z_.]+)\"");

    @Test
    void everyAuditedActionAndRecordTypeHasALabelInBothLanguages() throws IOException {
        Set<String> wanted = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = RECORD.matcher(Files.readString(file));
                while (m.find()) {
                    wanted.add("access.audit.action." + m.group(1));
                    wanted.add("access.audit.type." + m.group(2));
                }
            }
        }
        assertThat(wanted).as("the scan finds the modules' audit calls").hasSizeGreaterThan(40)
                .contains("access.audit.action.LOGIN", "access.audit.type.recognition.round");
        for (String bundle : new String[] {"messages/access.properties", "messages/access_en.properties"}) {
            Properties labels = new Properties();
            try (var in = new InputStreamReader(getClass().getClassLoader().getResourceAsStream(bundle),
                    StandardCharsets.UTF_8)) {
                labels.load(in);
            }
            assertThat(wanted.stream().filter(k -> !labels.containsKey(k)).toList()).as(bundle).isEmpty();
        }
    }
}
