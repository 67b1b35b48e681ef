package vn.chungsuc.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The audit log shows the fields of the values it records in the user's language: every field name that a module
 * writes literally into an audit entry ({@code audit.record(…, Map.of("fullName", …))}, or a map built with
 * {@code values.put("joinedBy", …)} and passed to the call) has a label {@code access.audit.field.X} in both
 * access bundles. Records written whole are checked on the entries themselves by AuditLogPageIntegrationTest.
 */
class AuditFieldLabelsTest {

    private static final Pattern CALL = Pattern.compile("audit\\.record(?:As)?\\(");
    private static final Pattern KEY = Pattern.compile("\"([a-z][A-Za-z0-9]*)\"");
    private static final Pattern PUT = Pattern.compile("\\b([a-zA-Z_][A-Za-z0-9_]*)\\.put\\(\"([a-z][A-Za-z0-9]*)\"\\s*,");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_][A-Za-z0-9_]*");
    private static final Pattern INVOKED = Pattern.compile("\\b([a-z][A-Za-z0-9]*)\\(");

    /** The field names written literally into audit entries by one source file. */
    static Set<String> literalFieldNames(String src) {
        Set<String> out = new TreeSet<>();
        Set<String> passed = new HashSet<>();
        Set<String> called = new HashSet<>();
        Matcher call = CALL.matcher(src);
        while (call.find()) {
            String args = inside(src, call.end() - 1);
            mapKeys(args, out);
            for (String arg : split(args)) {
                if (IDENTIFIER.matcher(arg.strip()).matches()) {
                    passed.add(arg.strip());
                }
            }
            Matcher invoked = INVOKED.matcher(args);
            while (invoked.find()) {
                called.add(invoked.group(1));
            }
        }
        // A method of the file that builds the values ("p.audit()", "auditValue(result)"): its keys count.
        List<int[]> builders = new ArrayList<>();
        for (String name : called) {
            Matcher definition = Pattern.compile("\\b" + name + "\\([^;{()]*\\)\\s*(?:throws [^{;]*)?\\{")
                    .matcher(src);
            while (definition.find()) {
                int open = definition.end() - 1;
                String body = inside(src, open, '{', '}');
                mapKeys(body, out);
                builders.add(new int[] {open, open + body.length() + 1});
            }
        }
        for (String name : passed) {
            Matcher declared = Pattern.compile("\\b([A-Z][A-Za-z0-9]*)(?:<[^=;()]*>)?\\s+" + name + "\\s*[=;,)]")
                    .matcher(src);
            while (declared.find()) {
                out.addAll(recordComponents(declared.group(1), new HashSet<>()));
            }
        }
        Matcher put = PUT.matcher(src);
        while (put.find()) {
            int at = put.start();
            if (passed.contains(put.group(1)) || builders.stream().anyMatch(b -> at > b[0] && at < b[1])) {
                out.add(put.group(2));
            }
        }
        return out;
    }

    /**
     * A record written whole ({@code audit.record(…, before, after)} with {@code Body after = …}) is written by
     * Jackson field by field: its components, and those of the records it holds (in lists and maps too).
     */
    static Set<String> recordComponents(String simpleName, Set<Class<?>> seen) {
        Set<String> out = new TreeSet<>();
        for (Class<?> type : classesNamed(simpleName)) {
            components(type, seen, out);
        }
        return out;
    }

    private static void components(Class<?> type, Set<Class<?>> seen, Set<String> out) {
        if (!type.isRecord() || !seen.add(type)) {
            return;
        }
        for (var c : type.getRecordComponents()) {
            out.add(c.getName());
            components(c.getType(), seen, out);
            if (c.getGenericType() instanceof java.lang.reflect.ParameterizedType generic) {
                for (var argument : generic.getActualTypeArguments()) {
                    if (argument instanceof Class<?> element) {
                        components(element, seen, out);
                    }
                }
            }
        }
    }

    private static final java.util.Map<String, List<Class<?>>> CLASSES = new java.util.HashMap<>();

    /** The application's classes (top-level or nested) of that simple name. */
    private static synchronized List<Class<?>> classesNamed(String simpleName) {
        if (CLASSES.isEmpty()) {
            Path root = Path.of("target/classes");
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(x -> x.toString().endsWith(".class")).toList()) {
                    String name = root.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
                    if (name.matches(".*\\$[0-9].*")) {
                        continue;
                    }
                    String simple = name.substring(Math.max(name.lastIndexOf('.'), name.lastIndexOf('$')) + 1);
                    CLASSES.computeIfAbsent(simple, k -> new ArrayList<>()).add(Class.forName(name, false,
                            AuditFieldLabelsTest.class.getClassLoader()));
                }
            } catch (IOException | ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return CLASSES.getOrDefault(simpleName, List.of());
    }

    /** Keys of {@code Map.of(k, v, …)} and {@code Map.entry(k, v)} written as string literals. */
    private static void mapKeys(String text, Set<String> out) {
        int at = 0;
        while (true) {
            int of = text.indexOf("Map.of(", at);
            int entry = text.indexOf("Map.entry(", at);
            int i = of < 0 ? entry : entry < 0 ? of : Math.min(of, entry);
            if (i < 0) {
                return;
            }
            int open = text.indexOf('(', i);
            List<String> parts = split(inside(text, open));
            for (int k = 0; k < parts.size(); k += 2) {
                Matcher key = KEY.matcher(parts.get(k).strip());
                if (key.matches()) {
                    out.add(key.group(1));
                }
                if (i == entry) {
                    break;
                }
            }
            at = open + 1;
        }
    }

    private static String inside(String s, int open) {
        return inside(s, open, '(', ')');
    }

    /** The text between the bracket at {@code open} and its match, string literals and text blocks skipped. */
    private static String inside(String s, int open, char opening, char closing) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                i = endOfString(s, i);
            } else if (c == '\'') {
                i = s.indexOf('\'', i + (s.charAt(i + 1) == '\\' ? 3 : 2));
            } else if (c == opening) {
                depth++;
            } else if (c == closing && --depth == 0) {
                return s.substring(open + 1, i);
            }
        }
        return s.substring(open + 1);
    }

    private static int endOfString(String s, int i) {
        if (s.startsWith("\"\"\"", i)) {
            return s.indexOf("\"\"\"", i + 3) + 2;
        }
        for (int j = i + 1; j < s.length(); j++) {
            if (s.charAt(j) == '\\') {
                j++;
            } else if (s.charAt(j) == '"') {
                return j;
            }
        }
        return s.length();
    }

    /** Top-level arguments, split at the commas outside brackets and strings. */
    private static List<String> split(String args) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < args.length(); i++) {
            char c = args.charAt(i);
            if (c == '"') {
                i = endOfString(args, i);
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (c == ',' && depth == 0) {
                out.add(args.substring(start, i));
                start = i + 1;
            }
        }
        out.add(args.substring(start));
        return out;
    }

    static Properties bundle(String name) throws IOException {
        Properties labels = new Properties();
        try (var in = new InputStreamReader(AuditFieldLabelsTest.class.getClassLoader().getResourceAsStream(name),
                StandardCharsets.UTF_8)) {
            labels.load(in);
        }
        return labels;
    }

    @Test
    void theScanFindsKeysInCallsInMapsPassedToThemAndInAuditMethods() {
        String src = """
                record V(String name) {
                    Map<String, Object> audit() { Map<String, Object> m = new HashMap<>(); m.put("fullName", name); return m; }
                }
                void f() {
                    Map<String, Object> after = new LinkedHashMap<>();
                    after.put("joinedBy", x);
                    model.put("notAudited", y);
                    jdbc.params(Map.of("sqlParam", 1));
                    audit.record("JOIN", "registry.person", id, "Nhập khẩu (a, b) " + n, Map.of("household", Map.of("code", c)),
                            after);
                    audit.record("UPDATE", "registry.person", id, "x", null, v.audit());
                }
                """;
        assertThat(literalFieldNames(src)).containsExactly("code", "fullName", "household", "joinedBy");
    }

    @Test
    void everyFieldNameWrittenIntoAnAuditEntryHasALabelInBothLanguages() throws IOException {
        Set<String> wanted = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String src = Files.readString(file);
                if (src.contains("audit.record")) {
                    literalFieldNames(src).forEach(k -> wanted.add("access.audit.field." + k));
                }
            }
        }
        assertThat(wanted).as("the scan finds the modules' field names").hasSizeGreaterThan(60)
                .contains("access.audit.field.fullName", "access.audit.field.citizenId",
                        "access.audit.field.joinedBy", "access.audit.field.householdsAdded")
                .as("and the components of records written whole (a body of territory)")
                .contains("access.audit.field.functions", "access.audit.field.unitCode");
        for (String name : new String[] {"messages/access.properties", "messages/access_en.properties"}) {
            Properties labels = bundle(name);
            assertThat(wanted.stream().filter(k -> !labels.containsKey(k)).toList()).as(name).isEmpty();
        }
    }
}
