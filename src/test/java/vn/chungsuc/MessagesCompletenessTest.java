package vn.chungsuc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every screen text exists in Vietnamese and in English: each bundle's two languages hold the same keys, no value is
 * empty, and every literal message key a template uses ({@code #{key}}) is defined.
 */
class MessagesCompletenessTest {

    private static final Path MESSAGES = Path.of("src/main/resources/messages");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)(?:\\(|})");

    @Test
    void everyBundleHasTheSameKeysInVietnameseAndEnglish() throws IOException {
        List<Path> bundles = bundles();
        assertThat(bundles).isNotEmpty();
        for (Path vi : bundles) {
            Path en = vi.resolveSibling(vi.getFileName().toString().replace(".properties", "_en.properties"));
            assertThat(en).as("English bundle beside %s", vi).exists();
            Properties viProps = load(vi);
            Properties enProps = load(en);
            assertThat(enProps.stringPropertyNames()).as("keys of %s", en)
                    .containsExactlyInAnyOrderElementsOf(viProps.stringPropertyNames());
            for (String key : viProps.stringPropertyNames()) {
                assertThat(viProps.getProperty(key)).as("Vietnamese text of %s", key).isNotBlank();
                assertThat(enProps.getProperty(key)).as("English text of %s", key).isNotBlank();
            }
        }
    }

    @Test
    void vietnameseBundlesCarryDiacritics() throws IOException {
        for (Path vi : bundles()) {
            Properties props = load(vi);
            long withMarks = props.values().stream().map(Object::toString)
                    .filter(v -> !v.equals(java.text.Normalizer.normalize(v, java.text.Normalizer.Form.NFD)))
                    .count();
            if (props.size() >= 5) {
                assertThat(withMarks).as("texts with Vietnamese diacritics in %s", vi).isGreaterThan(props.size() / 3);
            }
        }
    }

    @Test
    void everyKeyATemplateUsesIsDefined() throws IOException {
        Set<String> defined = new TreeSet<>();
        for (Path vi : bundles()) {
            defined.addAll(load(vi).stringPropertyNames());
        }
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path t : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher m = TEMPLATE_KEY.matcher(Files.readString(t, StandardCharsets.UTF_8));
                while (m.find()) {
                    if (!defined.contains(m.group(1))) {
                        missing.add(TEMPLATES.relativize(t) + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).as("message keys used in templates but not defined").isEmpty();
    }

    private static List<Path> bundles() throws IOException {
        try (Stream<Path> files = Files.list(MESSAGES)) {
            return files.filter(p -> p.toString().endsWith(".properties") && !p.toString().contains("_"))
                    .sorted().toList();
        }
    }

    private static Properties load(Path p) throws IOException {
        Properties props = new Properties();
        try (Reader r = new InputStreamReader(Files.newInputStream(p), StandardCharsets.UTF_8)) {
            props.load(r);
        }
        return props;
    }
}
