package vn.chungsuc.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import vn.chungsuc.IntegrationTest;

/**
 * The bad-input suite of issue 18 ("the suite that keeps it closed"), generated rather than written: the JSON API's
 * operations come from the application's own OpenAPI description ({@code /v3/api-docs}: paths, parameters, request
 * bodies and their schemas), the forms from the page handlers Spring has mapped (their request parameters and the
 * fields of their form records). Each case puts one bad value in one place of an otherwise plausible request (a NUL
 * byte, a control or bidi character, a huge string, a wrong type, a null in a list, a date far out, a negative or
 * huge number, {…} and %, malformed JSON) and sends it as an officer with a session (with its CSRF token) or as an
 * API client with HTTP Basic. It asserts no answer is a server error (≥ 500), no answer shows a Java class name or a
 * framework message, and every table's row count is unchanged after an operation whose writes were all refused.
 * The figures are printed; the number of cases is {@code -Dchungsuc.badinput.cases} (10,000 by default).
 */
@IntegrationTest
class BadInputSuiteIntegrationTest {

    private static final int CASES = Integer.getInteger("chungsuc.badinput.cases", 10_000);
    private static final long SEED = Long.getLong("chungsuc.badinput.seed", 18L);
    /** Cases every read operation gets first; the fastest third of the reads get the rest of the count. */
    private static final int PROBE = 3;
    /** Cases per write operation (each must be refused), and write operations between two row counts. */
    private static final int WRITE_CASES = 12;
    private static final int SEGMENT = 10;
    /** Officers whose sessions send the cases, in turn: the administrator and a post per module. */
    private static final List<String> OFFICERS = List.of("admin", "badinh", "mttq", "vhtt", "ldtbxh", "quangtrung");
    /** Tables that record attempts rather than data: sessions, the audit log, event publications, import jobs. */
    private static final List<String> BOOKKEEPING = List.of("spring_session", "access_audit", "event_publication",
            "registry_import", "access_login", "flyway_schema_history", "shared_audit", "audit",
            // the dashboard's figures, computed and kept when a page first asks for a unit tree: a cache, not data
            "indicators_fact", "indicators_figure");
    /**
     * Server errors the first run found in modules this suite's author does not own, reported (printed as
     * "known open") and left to their owners, not counted: remove a line when its module answers 400 (issue 18).
     * None left: the user administration form's blank "enabled" and values no form sends answer 400 (h-authz,
     * UserFormBadInputIntegrationTest).
     */
    private static final List<String> KNOWN_OPEN = List.of();
    private static final List<String> LEAKS = List.of("java.lang.", "java.time.", "Failed to convert",
            "org.springframework.", "tools.jackson.", "NumberFormatException", "org.postgresql", "SQLState");

    /**
     * Operations left out: whole recomputations an administrator starts on purpose (every indicator of every unit,
     * every household of a year), which take minutes by design and are not input handling.
     */
    private static final List<String> HEAVY = List.of("recompute", "reclassif", "warm-up", "/backup");

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    private final Random random = new Random(SEED);
    private final Map<String, MockHttpSession> sessions = new LinkedHashMap<>();

    /** One request of the suite: where it goes, who sends it, whether it writes, and how to build it. */
    private record Case(String operation, boolean write, boolean api, String label, Builder builder) {
    }

    @FunctionalInterface
    private interface Builder {
        MockHttpServletRequestBuilder build() throws Exception;
    }

    @Test
    void tenThousandBadInputsAnswerNoServerErrorAndChangeNothing() throws Exception {
        long started = System.nanoTime();
        for (String officer : OFFICERS) {
            sessions.put(officer, login(officer));
        }
        JsonNode api = json.readTree(mvc.perform(request(HttpMethod.GET, "/v3/api-docs")
                .with(httpBasic("admin", "chungsuc"))).andReturn().getResponse().getContentAsString(
                        StandardCharsets.UTF_8));
        Map<String, List<Case>> byOperation = new TreeMap<>();
        int apiOperations = apiCases(api, byOperation);
        int formOperations = formCases(byOperation);
        int operations = apiOperations + formOperations;

        int sent = 0;
        int serverErrors = 0;
        int leaks = 0;
        int acceptedWrites = 0;
        int refusedWriteBatches = 0;
        int apiSent = 0;
        List<String> failures = new ArrayList<>();
        List<String> accepted = new ArrayList<>();
        List<String> changedTables = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        // The budget goes where requests are cheap: every operation gets a few cases; what is left of the count
        // goes to the reads that answered fastest (a refusal, a small page), so the run keeps to its time whatever
        // the operations cost. Writes are run in segments between two counts of every table's rows: a segment
        // whose writes were all refused must leave every count as it was.
        Tally tally = new Tally();
        List<Map.Entry<String, List<Case>>> reads = new ArrayList<>();
        List<Map.Entry<String, List<Case>>> writes = new ArrayList<>();
        for (Map.Entry<String, List<Case>> op : byOperation.entrySet()) {
            if (!op.getValue().isEmpty()) {
                (op.getValue().get(0).write() ? writes : reads).add(op);
            }
        }
        Map<String, Long> readMillis = new LinkedHashMap<>();
        for (Map.Entry<String, List<Case>> op : reads) {
            long t0 = System.nanoTime();
            for (int i = 0; i < PROBE; i++) {
                send(op.getValue().get(i % op.getValue().size()), tally);
            }
            readMillis.put(op.getKey(), (System.nanoTime() - t0) / 1_000_000 / PROBE);
        }
        long snapshotMillis = 0;
        for (int from = 0; from < writes.size(); from += SEGMENT) {
            long t0 = System.nanoTime();
            Map<String, Long> before = rowCounts();
            snapshotMillis += (System.nanoTime() - t0) / 1_000_000;
            int acceptedBefore = tally.acceptedWrites;
            List<String> names = new ArrayList<>();
            for (Map.Entry<String, List<Case>> op : writes.subList(from, Math.min(writes.size(), from + SEGMENT))) {
                names.add(op.getKey());
                for (int i = 0; i < Math.max(PROBE, Math.min(op.getValue().size(), WRITE_CASES)); i++) {
                    send(op.getValue().get(i % op.getValue().size()), tally);
                }
            }
            long t1 = System.nanoTime();
            Map<String, Long> after = rowCounts();
            snapshotMillis += (System.nanoTime() - t1) / 1_000_000;
            if (tally.acceptedWrites == acceptedBefore) {
                refusedWriteBatches++;
                for (Map.Entry<String, Long> e : after.entrySet()) {
                    if (!e.getValue().equals(before.get(e.getKey()))) {
                        changedTables.add(names + ": " + e.getKey() + " " + before.get(e.getKey()) + " → "
                                + e.getValue());
                    }
                }
            }
        }
        List<Map.Entry<String, List<Case>>> cheapest = reads.stream()
                .sorted(java.util.Comparator.comparing(op -> readMillis.get(op.getKey())))
                .limit(Math.max(1, reads.size() / 3)).toList();
        for (int i = 0; tally.sent < CASES && !cheapest.isEmpty(); i++) {
            List<Case> all = cheapest.get(i % cheapest.size()).getValue();
            send(all.get(random.nextInt(all.size())), tally);
        }
        sent = tally.sent;
        apiSent = tally.apiSent;
        leaks = tally.leaks;
        acceptedWrites = tally.acceptedWrites;
        List<String> knownOpen = tally.failures.stream()
                .filter(f -> KNOWN_OPEN.stream().anyMatch(k -> f.startsWith(k.substring(5)))).toList();
        failures.addAll(tally.failures.stream().filter(f -> !knownOpen.contains(f)).toList());
        knownOpen.forEach(f -> System.out.println("  known open: " + f));
        serverErrors = tally.serverErrors - knownOpen.size();
        accepted.addAll(tally.accepted);
        statuses.putAll(tally.statuses);
        System.out.printf("Bad-input suite: %d ms counting rows of every table%n", snapshotMillis);
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("Bad-input suite (issue 18): %d endpoints (%d API operations from /v3/api-docs, %d forms), "
                        + "%d cases (%d as an API client, %d with an officer's session), %d server errors, "
                        + "%d answers showing a class name, %d refused write batches with %d tables changed, "
                        + "%d bad writes accepted, statuses %s, %d ms%n",
                operations, apiOperations, formOperations, sent, apiSent, sent - apiSent, serverErrors, leaks,
                refusedWriteBatches, changedTables.size(), acceptedWrites, statuses, millis);
        accepted.forEach(a -> System.out.println("  accepted: " + a));
        failures.stream().limit(60).forEach(f -> System.out.println("  failure: " + f));
        changedTables.forEach(t -> System.out.println("  changed: " + t));

        assertThat(sent).isGreaterThanOrEqualTo(Math.min(CASES, 10_000));
        assertThat(operations).isGreaterThan(50);
        assertThat(failures).as("server errors and class names shown").isEmpty();
        assertThat(changedTables).as("row counts changed by refused writes").isEmpty();
    }

    /** What the run has seen so far. */
    private static final class Tally {
        int sent;
        int apiSent;
        int serverErrors;
        int leaks;
        int acceptedWrites;
        final List<String> failures = new ArrayList<>();
        final List<String> accepted = new ArrayList<>();
        final Map<Integer, Integer> statuses = new TreeMap<>();
    }

    private void send(Case c, Tally t) {
        t.sent++;
        t.apiSent += c.api() ? 1 : 0;
        MockHttpServletResponse r;
        try {
            r = mvc.perform(c.builder().build()).andReturn().getResponse();
        } catch (Exception e) {
            // MockMvc rethrows what no resolver handled: in a servlet container that is a 500.
            t.serverErrors++;
            t.failures.add(c.operation() + " " + c.label() + " → " + e.getClass().getSimpleName());
            return;
        }
        t.statuses.merge(r.getStatus(), 1, Integer::sum);
        if (r.getStatus() >= 500) {
            t.serverErrors++;
            t.failures.add(c.operation() + " " + c.label() + " → " + r.getStatus());
        }
        try {
            String body = r.getContentAsString(StandardCharsets.UTF_8);
            for (String leak : LEAKS) {
                if (body.contains(leak)) {
                    t.leaks++;
                    t.failures.add(c.operation() + " " + c.label() + " shows “" + leak + "”");
                    break;
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        if (c.write() && r.getStatus() < 400) {
            t.acceptedWrites++;
            if (t.accepted.size() < 25) {
                t.accepted.add(c.operation() + " " + c.label() + " → " + r.getStatus());
            }
        }
    }

    // ---- the API, from its OpenAPI description ----

    private int apiCases(JsonNode api, Map<String, List<Case>> out) {
        int operations = 0;
        JsonNode schemas = api.path("components").path("schemas");
        for (Map.Entry<String, JsonNode> path : api.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                String method = op.getKey().toUpperCase();
                if (!List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                    continue;
                }
                if (HEAVY.stream().anyMatch(path.getKey()::contains)) {
                    continue;
                }
                operations++;
                String name = method + " " + path.getKey();
                boolean write = !method.equals("GET");
                List<JsonNode> parameters = new ArrayList<>();
                path.getValue().path("parameters").values().forEach(parameters::add);
                op.getValue().path("parameters").values().forEach(parameters::add);
                JsonNode bodySchema = null;
                boolean multipart = false;
                JsonNode content = op.getValue().path("requestBody").path("content");
                if (content.has("application/json")) {
                    bodySchema = resolve(content.path("application/json").path("schema"), schemas);
                } else if (content.has("multipart/form-data")) {
                    multipart = true;
                }
                List<Case> cases = new ArrayList<>();
                JsonNode finalBody = bodySchema;
                boolean finalMultipart = multipart;
                // One bad value in each parameter.
                for (JsonNode p : parameters) {
                    String pname = p.path("name").asString();
                    String in = p.path("in").asString();
                    if (!in.equals("path") && !in.equals("query")) {
                        continue;
                    }
                    for (String bad : badStrings(type(resolve(p.path("schema"), schemas)))) {
                        cases.add(new Case(name, write, true, in + " " + pname + "=" + show(bad),
                                () -> apiRequest(method, path.getKey(), parameters, schemas, pname, bad, finalBody,
                                        null, null, finalMultipart)));
                    }
                }
                // One bad value in each field of the body, and bodies that are not JSON at all.
                if (bodySchema != null) {
                    for (String field : fields(bodySchema, schemas)) {
                        for (JsonNode bad : badJson(fieldSchema(bodySchema, field, schemas))) {
                            cases.add(new Case(name, write, true, "body " + field + "=" + show(bad.toString()),
                                    () -> apiRequest(method, path.getKey(), parameters, schemas, null, null,
                                            finalBody, field, bad, false)));
                        }
                    }
                    for (String raw : MALFORMED_JSON) {
                        cases.add(new Case(name, write, true, "body " + show(raw),
                                () -> apiRequest(method, path.getKey(), parameters, schemas, null, null, null,
                                        null, null, false).contentType(MediaType.APPLICATION_JSON).content(raw)));
                    }
                }
                java.util.Collections.shuffle(cases, random);
                out.put("api " + name, cases);
            }
        }
        return operations;
    }

    private MockHttpServletRequestBuilder apiRequest(String method, String template, List<JsonNode> parameters,
            JsonNode schemas, String badName, String badValue, JsonNode bodySchema, String badField,
            JsonNode badFieldValue, boolean multipart) {
        Map<String, String> vars = new LinkedHashMap<>();
        Map<String, String> query = new LinkedHashMap<>();
        for (JsonNode p : parameters) {
            String pname = p.path("name").asString();
            String value = pname.equals(badName) ? badValue : plausible(pname, resolve(p.path("schema"), schemas),
                    p.path("example"));
            if (p.path("in").asString().equals("path")) {
                vars.put(pname, value);
            } else if (p.path("in").asString().equals("query")
                    && (pname.equals(badName) || p.path("required").asBoolean(false))) {
                query.put(pname, value);
            }
        }
        String uri = template;
        List<Object> values = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(template);
        while (m.find()) {
            values.add(vars.getOrDefault(m.group(1), "1"));
        }
        // A multipart operation (an import) gets its parameters without the file: it must say what is missing.
        MockHttpServletRequestBuilder b = request(HttpMethod.valueOf(method), uri, values.toArray());
        query.forEach(b::param);
        if (bodySchema != null) {
            ObjectNode body = (ObjectNode) sample(bodySchema, schemas, 0);
            if (badField != null) {
                body.set(badField, badFieldValue);
            }
            b.contentType(MediaType.APPLICATION_JSON).content(body.toString());
        }
        b.accept(MediaType.APPLICATION_JSON);
        // One API case in eight is an integration with HTTP Basic (a BCrypt check each); the others a session.
        if (random.nextInt(8) == 0) {
            b.with(httpBasic(OFFICERS.get(random.nextInt(OFFICERS.size())), "chungsuc"));
        } else {
            b.session(sessions.get(OFFICERS.get(random.nextInt(OFFICERS.size())))).with(csrf());
        }
        return b;
    }

    private static JsonNode resolve(JsonNode schema, JsonNode schemas) {
        for (int i = 0; i < 5 && schema.has("$ref"); i++) {
            String ref = schema.path("$ref").asString();
            schema = schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        return schema;
    }

    private static String type(JsonNode schema) {
        String format = schema.path("format").asString("");
        return format.isEmpty() ? schema.path("type").asString("string") : format;
    }

    private static List<String> fields(JsonNode schema, JsonNode schemas) {
        return new ArrayList<>(resolve(schema, schemas).path("properties").propertyNames());
    }

    private static JsonNode fieldSchema(JsonNode schema, String field, JsonNode schemas) {
        return resolve(resolve(schema, schemas).path("properties").path(field), schemas);
    }

    /** A value of the schema's type that could pass: what the one bad value sits among. */
    private static JsonNode sample(JsonNode schema, JsonNode schemas, int depth) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        schema = resolve(schema, schemas);
        if (schema.has("example") && depth > 0) {
            return schema.path("example");
        }
        if (schema.has("enum")) {
            return schema.path("enum").path(0);
        }
        switch (schema.path("type").asString("object")) {
            case "integer":
                return f.numberNode(1);
            case "number":
                return f.numberNode(1.5);
            case "boolean":
                return f.booleanNode(false);
            case "array": {
                ArrayNode a = f.arrayNode();
                if (depth < 3) {
                    a.add(sample(schema.path("items"), schemas, depth + 1));
                }
                return a;
            }
            case "string":
                return f.stringNode(switch (schema.path("format").asString("")) {
                    case "date" -> "2020-01-01";
                    case "date-time" -> "2020-01-01T00:00:00Z";
                    default -> "Kiểm tra";
                });
            default: {
                ObjectNode o = f.objectNode();
                if (depth < 3) {
                    for (Map.Entry<String, JsonNode> p : schema.path("properties").properties()) {
                        o.set(p.getKey(), sample(p.getValue(), schemas, depth + 1));
                    }
                }
                return o;
            }
        }
    }

    private static String plausible(String name, JsonNode schema, JsonNode example) {
        if (!example.isMissingNode() && !example.isNull()) {
            return example.asString();
        }
        if (schema.has("example")) {
            return schema.path("example").asString();
        }
        return switch (type(schema)) {
            case "int32", "int64", "integer" -> "1";
            case "date" -> "2020-01-01";
            case "boolean" -> "false";
            default -> name.toLowerCase().contains("unit") ? "14812" : "1";
        };
    }

    // ---- the forms, from the page handlers ----

    private int formCases(Map<String, List<Case>> out) {
        int forms = 0;
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = e.getKey();
            if (info.getPathPatternsCondition() == null) {
                continue;
            }
            String pattern = info.getPathPatternsCondition().getFirstPattern().getPatternString();
            if (pattern.startsWith("/api/") || pattern.startsWith("/v3/") || pattern.startsWith("/swagger")
                    || pattern.equals("/logout") || pattern.equals("/login") || pattern.startsWith("/error")
                    || HEAVY.stream().anyMatch(pattern::contains)) {
                continue;
            }
            var methods = info.getMethodsCondition().getMethods();
            String method = methods.isEmpty() ? "GET" : methods.iterator().next().name();
            if (!List.of("GET", "POST").contains(method)) {
                continue;
            }
            forms++;
            List<String> fields = new ArrayList<>();
            Map<String, String> types = new LinkedHashMap<>();
            for (Parameter p : e.getValue().getMethod().getParameters()) {
                RequestParam rp = p.getAnnotation(RequestParam.class);
                if (p.isAnnotationPresent(PathVariable.class) || p.isAnnotationPresent(RequestBody.class)) {
                    continue;
                }
                if (rp != null) {
                    String n = !rp.name().isEmpty() ? rp.name() : !rp.value().isEmpty() ? rp.value() : p.getName();
                    if (Map.class.isAssignableFrom(p.getType())) {
                        for (String guess : List.of("on", "unit", "name", "note", "year", "code")) {
                            fields.add(guess);
                            types.put(guess, "string");
                        }
                    } else if (!p.getType().getName().contains("Multipart")) {
                        fields.add(n);
                        types.put(n, typeOf(p.getType()));
                    }
                } else if (p.getType().isRecord() && (p.isAnnotationPresent(ModelAttribute.class)
                        || p.getType().getSimpleName().endsWith("Form"))) {
                    for (RecordComponent rc : p.getType().getRecordComponents()) {
                        fields.add(rc.getName());
                        types.put(rc.getName(), typeOf(rc.getType()));
                    }
                }
            }
            if (fields.isEmpty() && !pattern.contains("{")) {
                // A page that reads no input (a list, a menu) has nothing to refuse: left out, it only costs time.
                forms--;
                continue;
            }
            String name = method + " " + pattern;
            boolean write = method.equals("POST");
            List<Case> cases = new ArrayList<>();
            for (String field : fields) {
                for (String bad : badStrings(types.get(field))) {
                    cases.add(new Case(name, write, false, field + "=" + show(bad),
                            () -> formRequest(method, pattern, fields, types, field, bad)));
                }
            }
            // A bad value in a path variable too: an id that is a word, negative, huge or holds a NUL.
            if (pattern.contains("{")) {
                for (String bad : List.of("abc", "-1", "99999999999999999999", "{}", "%25", "a\u0000b",
                        "0", "A".repeat(2_000))) {
                    cases.add(new Case(name, write, false, "path=" + show(bad),
                            () -> formRequest(method, pattern.replaceAll("\\{[^}]+}", "{v}"), fields, types, null,
                                    bad)));
                }
            }
            java.util.Collections.shuffle(cases, random);
            out.put("form " + name, cases);
        }
        return forms;
    }

    private MockHttpServletRequestBuilder formRequest(String method, String pattern, List<String> fields,
            Map<String, String> types, String badField, String bad) {
        String template = pattern.replaceAll("\\{\\*?([^}:]+)(:[^}]*)?}", "{$1}");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(template);
        List<Object> vars = new ArrayList<>();
        while (m.find()) {
            vars.add(badField == null ? bad : m.group(1).toLowerCase().contains("code") ? "14812" : "1");
        }
        MockHttpServletRequestBuilder b = request(HttpMethod.valueOf(method), template, vars.toArray());
        for (String field : fields) {
            String value = field.equals(badField) ? bad : switch (types.get(field)) {
                case "date" -> "01/01/2020";
                case "integer" -> "1";
                case "boolean" -> "false";
                default -> "Kiểm tra";
            };
            b.param(field, value);
        }
        b.accept(MediaType.TEXT_HTML);
        b.session(sessions.get(OFFICERS.get(random.nextInt(OFFICERS.size()))));
        if (method.equals("POST")) {
            b.with(csrf());
        }
        return b;
    }

    private static String typeOf(Class<?> type) {
        if (type == LocalDate.class) {
            return "date";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "integer";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "boolean";
        }
        return "string";
    }

    // ---- the bad values ----

    private static final List<String> MALFORMED_JSON = List.of("{", "{\"a\":", "[", "nul", "\u0000",
            "{\"x\":\"\\u0000\"}", "[".repeat(5_000) + "]".repeat(5_000), "{\"a\":1,}", "'a'", "",
            "{\"a\":\"" + "x".repeat(200_000) + "\"}", "{\"a\":1e999999999}", "\"\\ud800\"", "{\"a\":[null]}");

    /** Bad texts for a parameter or a form field, with those that hit its type (a number, a date) first. */
    private static List<String> badStrings(String type) {
        List<String> out = new ArrayList<>(List.of("a\u0000b", "\u0000", "x\u0001y\u001f", "\u007f",
                "A".repeat(9_000), "Ạ".repeat(30_000), "\u202Eabc\u202C", "ab\u2066c\u2069", "{}", "{x}", "%",
                "%25", "'; select pg_sleep(5);--", "<script>alert(1)</script>", "../../../etc/passwd", " "));
        List<String> typed = switch (type) {
            case "int32", "int64", "integer", "number", "double" -> List.of("abc", "-1", "-99999999999999999999",
                    "99999999999999999999", "1e999", "NaN", "0x10", "1.5", "2147483648", "-2147483649", "");
            case "date", "date-time" -> List.of("+999999999-12-31", "9999-12-31", "0000-00-00", "31/02/2020",
                    "infinity", "-infinity", "1800-01-01", "abc", "2017-13-45", "");
            case "boolean" -> List.of("maybe", "2", "");
            default -> List.of("abc", "-1", "99999999999999999999", "+999999999-12-31", "infinity", "");
        };
        out.addAll(0, typed);
        return out;
    }

    /** Bad JSON values for a field of a body, by its schema. */
    private static List<JsonNode> badJson(JsonNode schema) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        List<JsonNode> out = new ArrayList<>();
        for (String s : badStrings(type(schema))) {
            out.add(f.stringNode(s));
        }
        out.add(f.nullNode());
        out.add(f.arrayNode().add(f.nullNode()));
        out.add(f.arrayNode().add(f.stringNode("a\u0000")));
        out.add(f.objectNode().put("a", 1));
        out.add(f.numberNode(new java.math.BigDecimal("1e400")));
        out.add(f.numberNode(-1));
        out.add(f.numberNode(new java.math.BigInteger("9223372036854775808")));
        out.add(f.booleanNode(true));
        return out;
    }

    private static String show(String value) {
        String s = value.replace("\u0000", "\\0");
        return s.length() > 30 ? s.substring(0, 30) + "…(" + value.length() + ")" : s;
    }

    // ---- sessions and row counts ----

    private MockHttpSession login(String user) throws Exception {
        var result = mvc.perform(post("/login").param("username", user).param("password", "chungsuc").with(csrf()))
                .andReturn();
        MockHttpSession session = (MockHttpSession) result.getRequest().getSession(false);
        assertThat(session).as("session of %s", user).isNotNull();
        return session;
    }

    /** Every table's row count, in one statement. */
    private Map<String, Long> rowCounts() {
        Map<String, Long> counts = new TreeMap<>();
        jdbc.sql("""
                        select table_name,
                               (xpath('/row/c/text()', query_to_xml(format('select count(*) as c from %I.%I',
                                   table_schema, table_name), false, true, '')))[1]::text::bigint as c
                        from information_schema.tables
                        where table_schema = current_schema() and table_type = 'BASE TABLE'""")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list()
                .forEach(e -> {
                    if (BOOKKEEPING.stream().noneMatch(e.getKey()::startsWith)) {
                        counts.put(e.getKey(), e.getValue());
                    }
                });
        return counts;
    }
}
