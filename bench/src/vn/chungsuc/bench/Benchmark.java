package vn.chungsuc.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The benchmark: on a freshly started Chung Sức (fresh database, demo units and logins, no demo households), creates
 * the residential areas of the chosen scale, imports the generated households and persons through Chung Sức's own
 * import API, loads the same rows with PostgreSQL's COPY into the same tables (in a transaction that is rolled back),
 * then measures the dashboard, freshness, a public page and an API read under wrk, memory and database size, and
 * writes the table of figures against the goals of the benchmark issue.
 *
 * <p>Arguments: {@code url jdbcUrl appPid scale dataDir resultsFile}.
 */
public final class Benchmark {

    /** The embedded database's superuser password (bench/run.sh reads it from the data folder's secrets). */
    private static final String PG_PASSWORD = System.getenv().getOrDefault("PGPASSWORD", "");


    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Units are read as they stood in the programme's last year. */
    private static final String AS_OF = "2020-12-31";
    private static final int YEAR = 2020;

    private final Http http;
    private final String jdbcUrl;
    private final long appPid;
    private final String scale;
    private final Path data;
    private String baseUrl;
    private final List<String[]> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    private Benchmark(Http http, String jdbcUrl, long appPid, String scale, Path data) {
        this.http = http;
        this.jdbcUrl = jdbcUrl;
        this.appPid = appPid;
        this.scale = scale;
        this.data = data;
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        Benchmark b = new Benchmark(new Http(url, "admin", "chungsuc"), args[1], Long.parseLong(args[2]), args[3],
                Path.of(args[4]));
        Path results = Path.of(args[5]);
        b.run(url, results);
    }

    private void run(String url, Path results) throws Exception {
        long t0 = System.nanoTime();
        this.baseUrl = url;
        // 1. Units of the scale and their residential areas.
        List<String> districts = districts();
        Map<String, Map<String, List<String>>> areas = new LinkedHashMap<>();
        Map<String, Boolean> urban = new LinkedHashMap<>();
        Map<String, String> communeNames = new LinkedHashMap<>();
        int communes = 0;
        int created = 0;
        long tAreas = System.nanoTime();
        for (String d : districts) {
            Map<String, List<String>> byCommune = new LinkedHashMap<>();
            for (JsonNode c : children(d)) {
                String code = c.get("code").asString();
                urban.put(code, !c.get("type").asString().equals("COMMUNE"));
                communeNames.put(code, c.get("fullName").asString());
                List<String> existing = new ArrayList<>();
                for (JsonNode a : children(code)) {
                    existing.add(a.get("code").asString());
                }
                if (existing.isEmpty()) {
                    existing = ProvinceData.areaCodes(code, ProvinceData.areasFor(code));
                    created += createAreas(code, c.get("type").asString(), c.get("validFrom").asString(), existing);
                }
                byCommune.put(code, existing);
                communes++;
            }
            areas.put(d, byCommune);
        }
        int areaCount = areas.values().stream().mapToInt(m -> m.values().stream().mapToInt(List::size).sum()).sum();
        log("units: %d districts, %d communes, %d residential areas (%d created in %.1f s)", districts.size(),
                communes, areaCount, created, secs(tAreas));

        // 2. The data set.
        long tGen = System.nanoTime();
        ProvinceData generator = new ProvinceData("038");
        List<ProvinceData.DistrictFiles> files = new ArrayList<>();
        for (String d : districts) {
            files.add(generator.write(d, areas.get(d), urban, data.resolve("gen"), 1.0));
        }
        long households = files.stream().mapToLong(ProvinceData.DistrictFiles::householdCount).sum();
        long persons = files.stream().mapToLong(ProvinceData.DistrictFiles::personCount).sum();
        log("generated %,d households and %,d persons in %.1f s", households, persons, secs(tGen));

        // 3. Chung Sức's own import, district by district.
        long tImport = System.nanoTime();
        for (ProvinceData.DistrictFiles f : files) {
            long s = System.nanoTime();
            Http.Response r = http.postFiles("/api/v1/registry/imports", List.of(f.households(), f.persons()),
                    "dryRun", "false");
            if (r.status() != 200) {
                throw new IllegalStateException("import of " + f.district() + " answered " + r.status() + ": "
                        + r.body().substring(0, Math.min(2000, r.body().length())));
            }
            log("  imported district %s: %,d households, %,d persons in %.1f s", f.district(), f.householdCount(),
                    f.personCount(), secs(s));
        }
        double importSecs = secs(tImport);
        double importRate = (households + persons) / importSecs;
        double caughtUp = waitForEvents();
        log("import: %.1f s, %,.0f rows/s; figures caught up %.1f s after the last import", importSecs, importRate,
                caughtUp);

        // 4. COPY of the same rows into the same tables.
        double copySecs = copyComparison();
        double copyRate = (households + persons) / copySecs;
        double ratio = importRate / copyRate;
        add("Households and persons imported", String.format("%,d + %,d = %,d rows", households, persons,
                households + persons), "—");
        add("Chung Sức import throughput (" + files.size() + " district files, API, dry run off)",
                String.format("%,.0f rows/s (%.1f s)", importRate, importSecs), "—");
        add("PostgreSQL COPY of the same rows into the same tables", String.format("%,.0f rows/s (%.1f s)",
                copyRate, copySecs), "—");
        add("Import ÷ COPY throughput", String.format("%.2f", ratio), "≥ 0.80", ratio >= 0.8);
        add("Figures caught up after the last import", String.format("%.1f s", caughtUp), "—");

        // 4a. Organisations: the agencies, schools and enterprises of every commune (registry API).
        organisations(communeNames, urban);

        // 4b. Title decisions: cultural families of 2018–2020, one decision per commune and year (recognition API).
        boolean recognition = http.get("/api/v1/recognition/decisions?year=1990").status() == 200;
        if (recognition) {
            titles(files);
        }

        // 4c. Poverty: a 2020 review of every household, its decided list, then the reclassification under a new
        // standard.
        boolean poverty = http.get("/api/v1/poverty/reclassifications").status() != 404
                && tableExists("poverty_survey");
        if (poverty) {
            poverty(files);
        } else {
            add("Reclassify every household under a new poverty standard", "not measured: no poverty module",
                    "1,000,000 in ≤ 30 s");
        }

        // 5. Dashboard latency at three levels.
        long programme = programme();
        String district = districts.contains("381") ? "381" : districts.get(0);
        String town = "381";
        for (String[] level : new String[][] {{"town", town}, {"district", "380"}, {"province", "38"}}) {
            double[] ms = latencies("/dashboard?programme=" + programme + "&year=" + YEAR + "&unit=" + level[1], 300);
            add("Dashboard p50 / p95 / p99, " + level[0] + " (" + level[1] + "), 300 requests",
                    String.format("%.0f / %.0f / %.0f ms", ms[0], ms[1], ms[2]), "p95 ≤ 50 ms",
                    level[0].equals("province") ? ms[1] <= 50 : null);
        }

        // 6. Freshness: a write, then the targets of its commune changing.
        // A xã: the programme's new-countryside targets (poor households, cultural families) count rural units.
        String commune = areas.get(district).keySet().stream().filter(c -> !urban.get(c)).findFirst()
                .orElse(areas.get(district).keySet().iterator().next());
        String area = areas.get(district).get(commune).get(0);
        String targets = "/api/v1/programmes/" + programme + "/targets?year=" + YEAR + "&unit=" + commune;
        freshness("household registered", targets, i -> registerHousehold(commune, area, i));
        if (recognition) {
            List<String> notYet = files.stream().flatMap(f -> f.list().stream())
                    .filter(h -> h.commune().equals(commune) && !awarded(h, YEAR)
                            && h.registered().isBefore(LocalDate.of(YEAR, 12, 20)))
                    .map(ProvinceData.Household::code).limit(5).toList();
            freshness("cultural-family decision", targets, i -> decide(commune, YEAR, "F" + (i + 1) + "/QĐ-UBND",
                    LocalDate.of(YEAR, 12, 21), List.of(notYet.get(i))));
        }
        if (poverty) {
            List<String> notPoor = notPoor(commune, 5);
            freshness("poverty class set by an officer", targets, i -> http.postForm(
                    "/poverty/households/" + notPoor.get(i) + "?year=" + YEAR,
                    "/poverty/households/" + notPoor.get(i) + "/override", "year", String.valueOf(YEAR),
                    "result", "POOR", "reason", "Kiểm tra độ trễ của số liệu (benchmark)"));
            // 6a. The same, while 50 other writes a second flow in the other communes of the district.
            List<String> others = new ArrayList<>();
            for (String c : areas.get(district).keySet()) {
                if (!c.equals(commune) && others.size() < 200) {
                    others.addAll(notPoor(c, 20));
                }
            }
            freshnessUnderFlow(commune, area, targets, others, 50, 40);
        }

        // 7. wrk: a public page and an API read.
        wrk("Public page /public/programmes/" + programme + " (the programme's progress)",
                url + "/public/programmes/" + programme + "?year=" + YEAR, null);
        wrk("API read /api/v1/programmes/" + programme + "/targets (province, signed in)",
                url + "/api/v1/programmes/" + programme + "/targets?year=" + YEAR + "&unit=38", http.sessionCookie());


        // 9. Memory and size.
        String rss = rss();
        add("App peak memory (RSS, VmHWM)", rss, "≤ 512 MB",
                rss.equals("?") ? null : (Boolean) (Long.parseLong(rss.replaceAll("\\D", "")) <= 512));
        add("Database size", dbSize(), "—");
        write(results, households, persons, communes, areaCount, districts.size(), secs(t0));
    }

    // --- units ---------------------------------------------------------------------------------------------------

    private List<String> districts() throws Exception {
        return switch (scale) {
            case "town" -> List.of("381");
            case "district" -> List.of("380");
            case "province" -> codes(children("38"));
            case "country" -> {
                List<String> out = new ArrayList<>();
                for (JsonNode p : children("VN")) {
                    out.addAll(codes(children(p.get("code").asString())));
                }
                yield out;
            }
            default -> throw new IllegalArgumentException("scale: town, district, province or country");
        };
    }

    private static List<String> codes(List<JsonNode> nodes) {
        return nodes.stream().map(n -> n.get("code").asString()).toList();
    }

    private List<JsonNode> children(String code) throws Exception {
        return children(code, LocalDate.parse(AS_OF));
    }

    private List<JsonNode> children(String code, LocalDate asOf) throws Exception {
        Http.Response r = http.get("/api/v1/units/" + code + "/children?asOf=" + asOf);
        if (r.status() != 200) {
            throw new IllegalStateException("children of " + code + ": " + r.status());
        }
        List<JsonNode> out = new ArrayList<>();
        JSON.readTree(r.body()).forEach(out::add);
        return out;
    }

    /** Records a commune's residential areas in one request (all or none). */
    private int createAreas(String commune, String communeType, String validFrom, List<String> codes)
            throws Exception {
        boolean rural = communeType.equals("COMMUNE");
        StringBuilder json = new StringBuilder("[");
        for (String code : codes) {
            String number = code.substring(code.indexOf('-') + 1);
            json.append(json.length() == 1 ? "" : ",").append("{\"code\":\"").append(code).append("\",\"name\":\"")
                    .append(Integer.parseInt(number)).append("\",\"type\":\"")
                    .append(rural ? "VILLAGE" : "RESIDENTIAL_GROUP").append("\",\"parentCode\":\"").append(commune)
                    .append("\",\"validFrom\":\"").append(validFrom).append("\"}");
        }
        Http.Response r = http.postJson("/api/v1/units/batch", json.append("]").toString());
        if (r.status() != 201) {
            throw new IllegalStateException("areas of " + commune + ": " + r.status() + " " + r.body());
        }
        return codes.size();
    }

    private long programme() throws Exception {
        Http.Response r = http.get("/api/v1/programmes");
        JsonNode list = JSON.readTree(r.body());
        JsonNode first = list.isArray() ? list.get(0) : list.get("items").get(0);
        return first.get("id").asLong();
    }

    // --- measurements ----------------------------------------------------------------------------------------------

    /** Seconds until Spring Modulith has no incomplete event publication (the figures are then up to date). */
    private double waitForEvents() throws Exception {
        long start = System.nanoTime();
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", PG_PASSWORD)) {
            while (true) {
                try (Statement s = c.createStatement();
                        ResultSet rs = s.executeQuery("select count(*) from event_publication where completion_date "
                                + "is null")) {
                    rs.next();
                    if (rs.getLong(1) == 0) {
                        return secs(start);
                    }
                }
                Thread.sleep(50);
            }
        }
    }

    /** The tables the import writes, in load order. */
    private static final String[] TABLES = {"registry_household", "registry_household_location", "registry_person",
            "registry_membership", "registry_event"};

    /**
     * Copies the imported rows out, then, in one transaction that is rolled back, empties the tables and loads the
     * same rows with COPY (indexes and constraints in place, as for the import). Returns the COPY seconds.
     */
    private double copyComparison() throws Exception {
        Path dir = Files.createDirectories(data.resolve("copy"));
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", PG_PASSWORD)) {
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            Map<String, String> columns = new LinkedHashMap<>();
            for (String t : TABLES) {
                List<String> cols = new ArrayList<>();
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select column_name from "
                        + "information_schema.columns where table_name = '" + t + "' and is_generated = 'NEVER' "
                        + "order by ordinal_position")) {
                    while (rs.next()) {
                        cols.add(rs.getString(1));
                    }
                }
                columns.put(t, String.join(", ", cols));
                try (OutputStream out = Files.newOutputStream(dir.resolve(t + ".copy"))) {
                    copy.copyOut("copy (select " + columns.get(t) + " from " + t + ") to stdout (format binary)", out);
                }
            }
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("truncate " + String.join(", ", TABLES) + " cascade");
            }
            long start = System.nanoTime();
            for (String t : TABLES) {
                try (InputStream in = Files.newInputStream(dir.resolve(t + ".copy"))) {
                    copy.copyIn("copy " + t + " (" + columns.get(t) + ") from stdin (format binary)", in);
                }
            }
            double secs = secs(start);
            c.rollback();
            log("COPY of the same rows: %.1f s", secs);
            return secs;
        }
    }

    /** p50, p95, p99 in ms of sequential GETs after a warm-up. */
    private double[] latencies(String path, int n) throws Exception {
        for (int i = 0; i < 20; i++) {
            check(http.get(path), path);
        }
        double[] ms = new double[n];
        for (int i = 0; i < n; i++) {
            Http.Response r = http.get(path);
            check(r, path);
            ms[i] = r.nanos() / 1e6;
        }
        Arrays.sort(ms);
        return new double[] {pct(ms, 50), pct(ms, 95), pct(ms, 99)};
    }

    private static void check(Http.Response r, String path) {
        if (r.status() != 200) {
            throw new IllegalStateException(path + " answered " + r.status());
        }
    }

    private static double pct(double[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100 * sorted.length) - 1)];
    }

    /** A write for the freshness measurement: the i-th of five; returns the write's own response. */
    @FunctionalInterface
    interface Write {
        Http.Response run(int i) throws Exception;
    }

    /** Times, five times, from a write's commit to the commune's targets answering differently. */
    private void freshness(String what, String path, Write write) throws Exception {
        double[] after = new double[5];
        double[] took = new double[5];
        for (int i = 0; i < 5; i++) {
            String before = http.get(path).body();
            Http.Response w = write.run(i);
            long committed = System.nanoTime();
            if (w.status() / 100 != 2) {
                throw new IllegalStateException("freshness write (" + what + "): " + w.status() + " " + w.body());
            }
            took[i] = w.nanos() / 1e6;
            after[i] = Double.POSITIVE_INFINITY;
            while (System.nanoTime() - committed < 10_000_000_000L) {
                if (!http.get(path).body().equals(before)) {
                    after[i] = (System.nanoTime() - committed) / 1e6;
                    break;
                }
                Thread.sleep(5);
            }
        }
        Arrays.sort(after);
        Arrays.sort(took);
        if (Double.isInfinite(after[0])) {
            add("Freshness: " + what + " → commune's targets changed", "no change within 10 s: no target of the "
                    + "programme counts it (write: " + Math.round(took[2]) + " ms)", "≤ 1 s", false);
        } else {
            add("Freshness: " + what + " → commune's targets changed (median / max of 5)",
                    String.format("%.0f / %.0f ms after the write returned (the write itself: %.0f ms)", after[2],
                            after[4], took[2]), "≤ 1 s", after[4] <= 1000);
        }
    }

    /**
     * Freshness while other writes flow: a second client sets poverty classes of households in other communes at
     * {@code rate} writes a second (each a form POST with its CSRF page, on 8 threads), while this client registers
     * {@code samples} households in the measured commune one after the other and times each until the commune's
     * targets answer differently. Prints p50 / p99 and how many background writes were done, late or refused.
     */
    private void freshnessUnderFlow(String commune, String area, String path, List<String> others, int rate,
            int samples) throws Exception {
        if (others.isEmpty()) {
            add("Freshness while " + rate + " writes/s flow", "not measured: no household to write in the other "
                    + "communes", "p99 ≤ 250 ms");
            return;
        }
        Http background = new Http(baseUrl, "admin", "chungsuc");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        java.util.concurrent.ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger failed = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        String[] results = {"POOR", "NEAR_POOR", "NOT_POOR"};
        long flowStart = System.nanoTime();
        clock.scheduleAtFixedRate(() -> pool.submit(() -> {
            int n = next.getAndIncrement();
            String h = others.get(n % others.size());
            try {
                Http.Response r = background.postForm("/poverty/households/" + h + "?year=" + YEAR,
                        "/poverty/households/" + h + "/override", "year", String.valueOf(YEAR),
                        "result", results[(n / others.size()) % results.length],
                        "reason", "Luồng ghi nền của benchmark");
                (r.status() / 100 == 2 ? done : failed).incrementAndGet();
            } catch (Exception e) {
                failed.incrementAndGet();
            }
        }), 0, 1_000_000 / rate, java.util.concurrent.TimeUnit.MICROSECONDS);
        Thread.sleep(5_000);
        double[] after = new double[samples];
        try {
            for (int i = 0; i < samples; i++) {
                String before = http.get(path).body();
                Http.Response w = registerHousehold(commune, area, 100 + i);
                long committed = System.nanoTime();
                if (w.status() / 100 != 2) {
                    throw new IllegalStateException("freshness write under flow: " + w.status() + " " + w.body());
                }
                after[i] = Double.POSITIVE_INFINITY;
                while (System.nanoTime() - committed < 10_000_000_000L) {
                    if (!http.get(path).body().equals(before)) {
                        after[i] = (System.nanoTime() - committed) / 1e6;
                        break;
                    }
                    Thread.sleep(5);
                }
            }
        } finally {
            clock.shutdownNow();
            pool.shutdown();
            pool.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
        }
        double flowSecs = secs(flowStart);
        Arrays.sort(after);
        double p50 = pct(after, 50);
        double p99 = pct(after, 99);
        add("Freshness: household registered → commune's targets changed, while " + rate + " other writes/s flow (p50"
                + " / p99 of " + samples + ")", String.format("%s / %s ms; background: %,d writes in %.0f s (%.1f/s), %d"
                + " refused or failed", fmtMs(p50), fmtMs(p99), done.get(), flowSecs, done.get() / flowSecs,
                failed.get()), "p99 ≤ 250 ms", p99 <= 250 && failed.get() == 0);
    }

    private static String fmtMs(double ms) {
        return Double.isInfinite(ms) ? "> 10,000" : String.format("%.0f", ms);
    }

    private Http.Response registerHousehold(String commune, String area, int i) throws Exception {
        Path dir = Files.createDirectories(data.resolve("fresh"));
        Path h = dir.resolve("ho-" + i + ".csv");
        Path p = dir.resolve("nhan-khau-" + i + ".csv");
        String code = "FRESH-" + commune + "-" + i;
        Files.writeString(h, "Mã hộ,Mã khu dân cư,Địa chỉ,Ngày đăng ký\n" + code + "," + area
                + ",\"Số 1, đường Lê Lợi\",01/06/" + YEAR + "\n", StandardCharsets.UTF_8);
        Files.writeString(p, "Mã hộ,Họ và tên,Giới tính,Ngày sinh,Số CCCD,Dân tộc,Quan hệ với chủ hộ,Số điện "
                + "thoại\n" + code + ",Trần Văn Mới,Nam,02/03/1980,,Kinh,Chủ hộ,\n", StandardCharsets.UTF_8);
        return http.postFiles("/api/v1/registry/imports", List.of(h, p), "dryRun", "false");
    }

    // --- poverty ---------------------------------------------------------------------------------------------------

    private boolean tableExists(String table) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", PG_PASSWORD);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select to_regclass('" + table + "') is not null")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    /**
     * The poverty history of the data set: a 2020 survey of every generated household (income per person and
     * deprivations, fixed seed) loaded with COPY; the app classifies them under the standard of the year (QĐ
     * 59/2015) and those results become the decided 2020 lists; the figures are recounted. Then the figure: the
     * app's reclassification of all of them under decree 07/2021 (the what-if a province runs before a new standard
     * takes effect).
     */
    private void poverty(List<ProvinceData.DistrictFiles> files) throws Exception {
        long households = 0;
        StringBuilder rows = new StringBuilder();
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", PG_PASSWORD)) {
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            long start = System.nanoTime();
            for (ProvinceData.DistrictFiles f : files) {
                rows.setLength(0);
                for (ProvinceData.Household h : f.list()) {
                    java.util.Random r = new java.util.Random(h.code().hashCode() * 31L + YEAR);
                    double base = h.urban() ? 3_600_000 : 2_800_000;
                    long income = Math.round(base * Math.exp(r.nextGaussian() * 0.45) / 1000) * 1000;
                    int mask = 0;
                    for (int bit = 0; bit < 14; bit++) {
                        if (r.nextDouble() < (income < 1_300_000 ? 0.3 : 0.05)) {
                            mask |= 1 << bit;
                        }
                    }
                    rows.append(h.code()).append('\t').append(YEAR).append('\t').append(h.commune()).append('\t')
                            .append(h.area()).append('\t').append(h.urban() ? "URBAN" : "RURAL").append('\t')
                            .append(income).append('\t').append(mask).append("\t").append(YEAR)
                            .append("-10-01\tbench\n");
                    households++;
                }
                copy.copyIn("copy poverty_survey (household_code, year, commune_code, area_code, setting, "
                        + "monthly_income, deprivations, surveyed_on, surveyed_by) from stdin",
                        new java.io.StringReader(rows.toString()));
            }
            try (Statement s = c.createStatement()) {
                s.execute("analyze poverty_survey");
            }
            log("poverty surveys of %d: %,d households in %.1f s", YEAR, households, secs(start));
            reclassification("QD59_2015");
            long lists = System.nanoTime();
            try (Statement s = c.createStatement()) {
                int n = s.executeUpdate("""
                        insert into poverty_classification (household_code, year, commune_code, area_code, setting,
                            standard_code, result, deprivation_count, decided_on)
                        select s.household_code, s.year, s.commune_code, s.area_code, s.setting, r.standard_code,
                               r.result, 0, date '%d-12-12'
                        from poverty_survey s join poverty_reclassification r on r.household_code = s.household_code
                             and r.year = s.year and r.standard_code = 'QD59_2015'
                        where s.year = %d""".formatted(YEAR, YEAR));
                s.execute("analyze poverty_classification");
                log("decided %d lists: %,d households in %.1f s", YEAR, n, secs(lists));
            }
        }
        long recount = System.nanoTime();
        Http.Response r = http.postForm("/indicators/definitions", "/indicators/recompute");
        if (r.status() != 200) {
            throw new IllegalStateException("recompute: " + r.status());
        }
        log("figures recounted in %.1f s", secs(recount));
        double[] t = reclassification("ND07_2021");
        double per = t[1] / t[0] * 1_000_000;
        add("Reclassify every household under a new poverty standard (" + YEAR + " surveys → NĐ 07/2021, "
                + "POST /api/v1/poverty/reclassifications)", String.format("%,.0f households in %.1f s (%.1f s wall); "
                + "%.1f s per million", t[0], t[1], t[2], per), "1,000,000 in ≤ 30 s", per <= 30);
    }

    /** Reclassifies the year's surveys; returns households, server seconds, wall seconds. */
    private double[] reclassification(String standard) throws Exception {
        long start = System.nanoTime();
        Http.Response r = http.postJson("/api/v1/poverty/reclassifications", "{\"year\":" + YEAR
                + ",\"standard\":\"" + standard + "\"}");
        double wall = secs(start);
        if (r.status() != 200) {
            throw new IllegalStateException("reclassification: " + r.status() + " " + r.body());
        }
        JsonNode body = JSON.readTree(r.body());
        log("reclassified under %s: %s", standard, r.body());
        return new double[] {body.get("households").asLong(), body.get("millis").asLong() / 1000.0, wall};
    }

    /** Households of the commune that the decided list does not count as poor. */
    private List<String> notPoor(String commune, int n) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", PG_PASSWORD);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select household_code from poverty_classification where year = " + YEAR
                        + " and commune_code = '" + commune + "' and result = 'NOT_POOR' order by household_code "
                        + "limit " + n)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    // --- organisations ---------------------------------------------------------------------------------------------

    private static final String[] ENTERPRISES = {"Công ty TNHH Xây dựng", "Công ty TNHH Thương mại", "Công ty Cổ phần "
            + "Vật liệu", "Công ty TNHH May mặc", "Doanh nghiệp tư nhân Vận tải", "Công ty Cổ phần Chế biến nông sản"};
    private static final String[] TRADE_NAMES = {"Hưng Thịnh", "Phú Cường", "Thành Đạt", "Minh Phát", "An Khang",
            "Đại Phong", "Hoàng Long", "Tân Tiến"};

    /**
     * The organisations of every commune, as its officer registers them (POST /api/v1/organisations): the
     * commune's People's Committee (an agency), its health station and police (units), three schools, and one to
     * five enterprises or a cooperative; deterministic by commune code.
     */
    private void organisations(Map<String, String> communeNames, Map<String, Boolean> urban) throws Exception {
        long start = System.nanoTime();
        int count = 0;
        for (Map.Entry<String, String> c : communeNames.entrySet()) {
            String code = c.getKey();
            String name = Character.toLowerCase(c.getValue().charAt(0)) + c.getValue().substring(1);
            String place = c.getValue().replaceFirst("^(Xã|Phường|Thị trấn) ", "");
            List<String[]> list = new ArrayList<>(List.of(
                    new String[] {"Ủy ban nhân dân " + name, "AGENCY"},
                    new String[] {"Trạm Y tế " + name, "UNIT"},
                    new String[] {"Công an " + name, "UNIT"},
                    new String[] {"Trường Mầm non " + place, "SCHOOL"},
                    new String[] {"Trường Tiểu học " + place, "SCHOOL"},
                    new String[] {"Trường Trung học cơ sở " + place, "SCHOOL"}));
            int h = Math.floorMod(code.hashCode(), 1_000);
            if (!urban.get(code)) {
                list.add(new String[] {"Hợp tác xã Dịch vụ nông nghiệp " + place, "ENTERPRISE"});
            }
            for (int i = 0; i < 1 + h % 5; i++) {
                list.add(new String[] {ENTERPRISES[(h + i) % ENTERPRISES.length] + " "
                        + TRADE_NAMES[(h / 7 + i) % TRADE_NAMES.length] + " " + place, "ENTERPRISE"});
            }
            for (String[] o : list) {
                String json = "{\"name\":\"" + o[0] + "\",\"kind\":\"" + o[1] + "\",\"unitCode\":\"" + code
                        + "\",\"establishedOn\":\"" + (1990 + (h + count) % 25) + "-01-01\"}";
                Http.Response r = http.postJson("/api/v1/organisations", json);
                if (r.status() != 201) {
                    throw new IllegalStateException("organisation " + o[0] + ": " + r.status() + " " + r.body());
                }
                count++;
            }
        }
        double secs = secs(start);
        double caughtUp = waitForEvents();
        log("organisations: %,d in %.1f s", count, secs);
        add("Organisations registered through the API (agencies, units, schools, enterprises of every commune)",
                String.format("%,d in %.1f s (%,.0f per second, one request each); figures caught up %.1f s later",
                        count, secs, count / secs, caughtUp), "—");
    }

    // --- titles ----------------------------------------------------------------------------------------------------

    private static final int FIRST_TITLE_YEAR = 2018;

    /** Whether the generated history recognises the household as a cultural family in the year (fixed hash). */
    private static boolean awarded(ProvinceData.Household h, int year) {
        double share = 0.70 + 0.04 * (year - FIRST_TITLE_YEAR) + (h.urban() ? 0.05 : 0);
        return Math.floorMod((h.code() + "/" + year).hashCode(), 1000) < share * 1000;
    }

    private void titles(List<ProvinceData.DistrictFiles> files) throws Exception {
        // The lists first (the commune of each area on the signing date: areas move with a merger, Hà Lan's in
        // 2019), read through the territory API before the clock starts: the figure is the decisions' own.
        Map<Integer, List<Map.Entry<String, List<String>>>> lists = new LinkedHashMap<>();
        for (int year = FIRST_TITLE_YEAR; year <= YEAR; year++) {
            LocalDate signed = LocalDate.of(year, 12, 20);
            int y = year;
            List<Map.Entry<String, List<String>>> ofYear = new ArrayList<>();
            for (ProvinceData.DistrictFiles f : files) {
                Map<String, String> communeOf = new java.util.HashMap<>();
                for (JsonNode c : children(f.district(), signed)) {
                    String code = c.get("code").asString();
                    for (JsonNode a : children(code, signed)) {
                        communeOf.put(a.get("code").asString(), code);
                    }
                }
                Map<String, List<String>> byCommune = new LinkedHashMap<>();
                for (ProvinceData.Household h : f.list()) {
                    String commune = communeOf.get(h.area());
                    if (commune != null && h.registered().isBefore(signed) && awarded(h, y)) {
                        byCommune.computeIfAbsent(commune, c -> new ArrayList<>()).add(h.code());
                    }
                }
                ofYear.addAll(byCommune.entrySet());
            }
            lists.put(year, ofYear);
        }
        long start = System.nanoTime();
        int decisions = 0;
        long awards = 0;
        for (Map.Entry<Integer, List<Map.Entry<String, List<String>>>> ofYear : lists.entrySet()) {
            int year = ofYear.getKey();
            LocalDate signed = LocalDate.of(year, 12, 20);
            for (Map.Entry<String, List<String>> e : ofYear.getValue()) {
                Http.Response r = decide(e.getKey(), year, (++decisions) + "/QĐ-UBND", signed, e.getValue());
                if (r.status() != 201) {
                    throw new IllegalStateException("decision for " + e.getKey() + " " + year + ": " + r.status()
                            + " " + r.body().substring(0, Math.min(1000, r.body().length())));
                }
                awards += e.getValue().size();
            }
            log("  title decisions of %d recorded", year);
        }
        double secs = secs(start);
        double caughtUp = waitForEvents();
        add("Title decisions through the API (cultural families " + FIRST_TITLE_YEAR + "–" + YEAR
                + ", one per commune and year)", String.format("%,d decisions, %,d families in %.1f s (%,.0f "
                + "families/s); figures caught up %.1f s later", decisions, awards, secs, awards / secs, caughtUp),
                "≥ 50,000 families/s", awards / secs >= 50_000);
    }

    private Http.Response decide(String commune, int year, String number, LocalDate signed, List<String> households)
            throws Exception {
        StringBuilder json = new StringBuilder("{\"titleKind\":\"CULTURAL_FAMILY\",\"year\":").append(year)
                .append(",\"unit\":\"").append(commune).append("\",\"number\":\"").append(number)
                .append("\",\"date\":\"").append(signed).append("\",\"signer\":\"Chủ tịch UBND\",\"subjectIds\":[");
        for (int i = 0; i < households.size(); i++) {
            json.append(i == 0 ? "\"" : ",\"").append(households.get(i)).append('"');
        }
        json.append("]}");
        return http.postJson("/api/v1/recognition/decisions", json.toString());
    }

    private void wrk(String what, String url, String cookie) throws Exception {
        int connections = 32;
        List<String> cmd = new ArrayList<>(List.of("wrk", "-t2", "-c" + connections, "-d20s", "--latency"));
        if (cookie != null) {
            cmd.addAll(List.of("-H", "Cookie: " + cookie));
        }
        cmd.add(url);
        // Warm-up long enough for the JIT's C2 compiler to settle (it takes a core for tens of seconds after a
        // start), then the measured run.
        run(cmd);
        String out = run(cmd);
        Matcher rps = Pattern.compile("Requests/sec:\\s+([\\d.]+)").matcher(out);
        Matcher p99 = Pattern.compile("\\s99%\\s+([\\d.]+)(us|ms|s)").matcher(out);
        Matcher non2xx = Pattern.compile("Non-2xx or 3xx responses: (\\d+)").matcher(out);
        if (!rps.find() || !p99.find()) {
            throw new IllegalStateException("wrk output not understood:\n" + out);
        }
        double r = Double.parseDouble(rps.group(1));
        double v = Double.parseDouble(p99.group(1));
        double ms = switch (p99.group(2)) {
            case "us" -> v / 1000;
            case "s" -> v * 1000;
            default -> v;
        };
        String errors = non2xx.find() ? ", " + non2xx.group(1) + " non-2xx" : "";
        add(what + " under wrk (2 threads, " + connections + " connections, 20 s after a 20 s warm-up, loopback)",
                String.format("%,.0f req/s, p99 %.1f ms%s", r, ms, errors),
                cookie == null ? "≥ 3,000 req/s, p99 ≤ 50 ms" : "≥ 3,000 req/s, p99 ≤ 30 ms",
                r >= 3000 && ms <= (cookie == null ? 50 : 30) && errors.isEmpty());
    }

    private static String run(List<String> cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    private String rss() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + appPid + "/status"))) {
            if (line.startsWith("VmHWM")) {
                long kb = Long.parseLong(line.replaceAll("\\D", ""));
                return String.format("%,d MB", kb / 1024);
            }
        }
        return "?";
    }

    private String dbSize() throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", PG_PASSWORD);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select pg_size_pretty(pg_database_size(current_database())), "
                        + "version()")) {
            rs.next();
            notes.add("PostgreSQL: " + rs.getString(2));
            return rs.getString(1);
        }
    }

    // --- output ----------------------------------------------------------------------------------------------------

    private void add(String figure, String value, String goal) {
        rows.add(new String[] {figure, value, goal, ""});
        log("%s: %s", figure, value);
    }

    private void add(String figure, String value, String goal, Boolean met) {
        rows.add(new String[] {figure, value, goal, met == null ? "" : met ? "met" : "missed"});
        log("%s: %s (%s)", figure, value, met == null ? "—" : met ? "met" : "missed");
    }

    private void write(Path results, long households, long persons, int communes, int areas, int districts,
            double total) throws Exception {
        StringBuilder md = new StringBuilder();
        md.append("# Chung Sức benchmark: ").append(scale).append(" scale\n\n");
        md.append("- Date: ").append(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
                .substring(0, 16)).append(" UTC\n");
        md.append("- Commit: ").append(run(List.of("git", "rev-parse", "--short", "HEAD")).strip()).append('\n');
        md.append("- Machine: ").append(machine()).append('\n');
        md.append("- Data: ").append(String.format(Locale.ROOT, "%d district-level units, %d communes, %d residential "
                + "areas, %,d households, %,d persons (generated, fixed seed)", districts, communes, areas, households,
                persons)).append('\n');
        notes.forEach(n -> md.append("- ").append(n).append('\n'));
        md.append(String.format(Locale.ROOT, "- Whole run: %.0f s%n%n", total));
        md.append("| Figure | Value | Goal | |\n|---|---|---|---|\n");
        for (String[] r : rows) {
            md.append("| ").append(String.join(" | ", r)).append(" |\n");
        }
        Files.createDirectories(results.toAbsolutePath().getParent());
        Files.writeString(results, md.toString(), StandardCharsets.UTF_8);
        System.out.println();
        System.out.println(md);
        System.out.println("written to " + results);
    }

    private static String machine() throws Exception {
        String cpu = run(List.of("sh", "-c", "lscpu | sed -n 's/^Model name: *//p' | head -1")).strip();
        String cores = run(List.of("nproc")).strip();
        String mem = run(List.of("sh", "-c", "awk '/MemTotal/ {printf \"%.0f GiB\", $2/1048576}' /proc/meminfo"))
                .strip();
        return cpu + ", " + cores + " cores, " + mem + " RAM, Java " + System.getProperty("java.version") + ", "
                + run(List.of("sh", "-c", ". /etc/os-release; echo $PRETTY_NAME")).strip();
    }

    private static double secs(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static void log(String format, Object... args) {
        System.out.println(LocalDate.now() + " " + String.format(format, args));
    }
}
