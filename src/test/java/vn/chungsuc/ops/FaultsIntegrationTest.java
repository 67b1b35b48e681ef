package vn.chungsuc.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chungsuc.registry.RegistryFiles;

/**
 * Issue 18, "Faults": the application runs as a separate process on its own embedded PostgreSQL (demo logins and
 * units, no demo households); {@code kill -9} hits it while it writes, it starts again, and what it was doing is
 * whole or absent. Heavy: in {@code scripts/test.sh} and {@code scripts/faults.sh}, or {@code -Dchungsuc.full=true}; prints the restart
 * times and "faults survived: N".
 * <ol>
 *   <li>a registry import of a few thousand rows (one transaction): killed while it runs, none of its households
 *   exist after the restart and the import reads "Bị gián đoạn";</li>
 *   <li>donations posted to the Fund for the Poor one after another (each a receipt and a ledger entry): every
 *   donation acknowledged before the kill is there, every DONATION entry has its donation and the other way round,
 *   the receipt numbers have no gap, and the ledger's hash chain verifies;</li>
 *   <li>a poverty review round's step 1 (the households to review, 2,000 applicants in one transaction, as the
 *   commune's officer): killed while it writes its list, the round has either its whole list and step 1 done or no
 *   list and step 1 not done, and the step can be run again after the restart;</li>
 *   <li>title decisions (cultural families, 200 households each) recorded one after another through the API:
 *   every acknowledged decision is there, every decision has exactly the awards it named, no award is without its
 *   decision.</li>
 * </ol>
 */
class FaultsIntegrationTest {

    /** Chosen free when the test runs; kept across the restarts. */
    private final int port = FreePorts.one();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir Path dir;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private int survived;
    /** Officers' clients with their session cookies (a restart ends the sessions: cleared then). */
    private final Map<String, HttpClient> officers = new ConcurrentHashMap<>();

    @Test
    void killedWhileWritingEachWriteIsWholeOrAbsent() throws Exception {
        assumeTrue(OpsSupport.full(), "heavy: scripts/test.sh or scripts/faults.sh (CHUNGSUC_FULL=1)");
        Path data = dir.resolve("pg");
        Path log = dir.resolve("app.log");
        long t0 = System.nanoTime();
        OpsSupport.App app = start(data, log);
        System.out.printf("first start (demo units and logins) ready in %.1f s%n", app.awaitReady(
                Duration.ofMinutes(15)));

        app = importKilled(app, data, log);
        app = donationsKilled(app, data, log);
        List<String> households = importWhole(app);
        app = povertyStepKilled(app, data, log, households);
        app = decisionsKilled(app, data, log, households);
        app.close();
        System.out.printf("faults survived: %d (%.0f s in all)%n", survived, (System.nanoTime() - t0) / 1e9);
    }

    private OpsSupport.App start(Path data, Path log) throws Exception {
        return OpsSupport.App.start(data, port, log, "--spring.profiles.active=demo",
                "--chungsuc.registry.demo=false");
    }

    private OpsSupport.App restart(OpsSupport.App killed, Path data, Path log, String what) throws Exception {
        killed.kill9();
        officers.clear();
        Files.writeString(log, "\n--- killed during " + what + " ---\n", java.nio.file.StandardOpenOption.APPEND);
        OpsSupport.App app = OpsSupport.App.start(data, port, dir.resolve("app-" + survived + ".log"),
                "--spring.profiles.active=demo", "--chungsuc.registry.demo=false");
        System.out.printf("restart after kill -9 during %s: ready in %.1f s%n", what,
                app.awaitReady(Duration.ofMinutes(10)));
        return app;
    }

    private OpsSupport.App importKilled(OpsSupport.App app, Path data, Path log) throws Exception {
        String prefix = "FLT" + (System.currentTimeMillis() % 100000) + "-";
        RegistryFiles.Families f = RegistryFiles.families(prefix, List.of("14812-01", "14812-02", "14812-03"), 1500,
                700_000, 18);
        byte[] xlsx = Files.readAllBytes(RegistryFiles.xlsx(f.households(), f.persons()));
        String boundary = UUID.randomUUID().toString();
        byte[] body = multipart(boundary, "file", "dut-giua-chung.xlsx", xlsx, "dryRun", "false");
        Thread upload = new Thread(() -> {
            try {
                http.send(HttpRequest.newBuilder(URI.create(url("/api/v1/registry/imports")))
                        .header("Authorization", basic("admin")).header("Content-Type",
                                "multipart/form-data; boundary=" + boundary)
                        .timeout(Duration.ofMinutes(10)).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                        HttpResponse.BodyHandlers.discarding());
            } catch (Exception e) {
                // the server dies under it
            }
        });
        upload.setDaemon(true);
        upload.start();
        // kill while the import's row says RUNNING (its transaction is open)
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        boolean running = false;
        while (!running && System.nanoTime() < deadline) {
            try (Connection c = OpsSupport.superuser(data)) {
                running = "1".equals(one(c, "select count(*) from registry_import where file_name = "
                        + "'dut-giua-chung.xlsx' and status = 'RUNNING'"));
            }
            // a quiet machine imports these rows in about a second: kill soon after the row says RUNNING
            Thread.sleep(running ? 150 : 50);
        }
        assertThat(running).as("the import started").isTrue();
        app = restart(app, data, log, "a registry import of " + (f.households().size() + f.persons().size())
                + " rows");
        String status;
        try (Connection c = OpsSupport.superuser(data)) {
            status = one(c, "select status from registry_import where file_name = 'dut-giua-chung.xlsx'");
            String households = one(c, "select count(*) from registry_household where code like '" + prefix + "%'");
            if ("INTERRUPTED".equals(status)) {
                assertThat(households).as("no household of the killed import").isEqualTo("0");
            } else {
                // the kill came after the commit: then the import is whole, never part of it
                assertThat(status).as("the import's state after the kill").isEqualTo("DONE");
                assertThat(households).as("every household of the finished import")
                        .isEqualTo(String.valueOf(f.households().size()));
                System.out.println("the import finished before the kill: whole (" + households + " households)");
            }
        }
        String page = get("/registry/imports", "admin").body();
        assertThat(page).contains("dut-giua-chung.xlsx", "INTERRUPTED".equals(status) ? "Bị gián đoạn" : "");
        survived++;
        return app;
    }

    private OpsSupport.App donationsKilled(OpsSupport.App app, Path data, Path log) throws Exception {
        JsonNode funds = JSON.readTree(get("/api/v1/fund/funds?unit=38-BS", "mttq").body());
        long fund = funds.get(0).get("id").asLong();
        Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> posters = new ArrayList<>();
        for (int t = 0; t < 3; t++) {
            Thread poster = new Thread(() -> {
                int i = 0;
                while (!stop.get()) {
                    String body = """
                            {"fund": %d, "donor": {"name": "Người góp %d", "kind": "NAMED", "anonymous": false},
                             "amount": %d, "channel": "CASH", "date": "2026-01-05"}"""
                            .formatted(fund, i, 10_000 + i);
                    i++;
                    try {
                        HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                                        URI.create(url("/api/v1/fund/donations"))).header("Authorization",
                                        basic("mttq")).header("Content-Type", "application/json")
                                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(), HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() == 201) {
                            acknowledged.add(JSON.readTree(r.body()).get("id").asLong());
                        }
                    } catch (Exception e) {
                        return; // the server is gone
                    }
                }
            });
            poster.setDaemon(true);
            poster.start();
            posters.add(poster);
        }
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (acknowledged.size() < 30 && System.nanoTime() < until) {
            Thread.sleep(100);
        }
        assertThat(acknowledged).as("donations were being posted").isNotEmpty();
        app = restart(app, data, log, "donations to the fund (" + acknowledged.size() + " acknowledged)");
        stop.set(true);
        for (Thread p : posters) {
            p.join(10_000);
        }
        try (Connection c = OpsSupport.superuser(data)) {
            String ids = acknowledged.stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElseThrow();
            assertThat(one(c, "select count(*) from fund_donation where id in (" + ids + ")"))
                    .as("every acknowledged donation survived").isEqualTo(String.valueOf(acknowledged.size()));
            assertThat(one(c, "select count(*) from fund_entry e where e.kind = 'DONATION' and not exists "
                    + "(select 1 from fund_donation d where d.entry_id = e.id)")).as("no entry without its donation")
                    .isEqualTo("0");
            assertThat(one(c, "select count(*) from (select fund_id, receipt_year from fund_donation "
                    + "group by 1, 2 having max(receipt_seq) <> count(*)) gaps")).as("no gap in the receipts")
                    .isEqualTo("0");
        }
        JsonNode verify = JSON.readTree(get("/api/v1/fund/" + fund + "/ledger/verify", "mttq").body());
        assertThat(verify.get("valid").asBoolean()).as(verify.toString()).isTrue();
        survived++;
        return app;
    }

    /** 2,000 households of phường Bỉm Sơn's areas (Ba Đình's before 2025), imported whole for the next faults. */
    private List<String> importWhole(OpsSupport.App app) throws Exception {
        String prefix = "FLW" + (System.currentTimeMillis() % 100000) + "-";
        RegistryFiles.Families f = RegistryFiles.families(prefix, List.of("14812-01", "14812-02", "14812-03"), 2000,
                760_000, 19);
        byte[] xlsx = Files.readAllBytes(RegistryFiles.xlsx(f.households(), f.persons()));
        String boundary = UUID.randomUUID().toString();
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url("/api/v1/registry/imports")))
                .header("Authorization", basic("admin")).header("Content-Type", "multipart/form-data; boundary="
                        + boundary).timeout(Duration.ofMinutes(10)).POST(HttpRequest.BodyPublishers.ofByteArray(
                        multipart(boundary, "file", "ca-ven.xlsx", xlsx, "dryRun", "false"))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(r.body()).isLessThan(300);
        return f.households().stream().map(RegistryFiles.Household::code).toList();
    }

    private OpsSupport.App povertyStepKilled(OpsSupport.App app, Path data, Path log, List<String> households)
            throws Exception {
        HttpResponse<String> opened = form("/poverty/rounds", "badinh", "commune=38-BS&year=2026&postingDays=3");
        String at = opened.headers().firstValue("Location").orElse("");
        assertThat(at).as("the round opened: " + opened.body()).matches(".*/poverty/rounds/\\d+$");
        long round = Long.parseLong(at.substring(at.lastIndexOf('/') + 1));
        String applicants = String.join(" ", households);
        Thread step = new Thread(() -> {
            try {
                form("/poverty/rounds/" + round + "/steps/1", "badinh", "applicants=" + applicants);
            } catch (Exception e) {
                // the server dies under it
            }
        });
        step.setDaemon(true);
        long t0 = System.nanoTime();
        step.start();
        // kill while step 1's transaction writes its list (it holds a lock on the round's household table)
        boolean writing = false;
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        try (Connection c = OpsSupport.superuser(data)) {
            while (!writing && step.isAlive() && System.nanoTime() < deadline) {
                writing = !"0".equals(one(c, "select count(*) from pg_locks l join pg_class k on k.oid = l.relation"
                        + " where k.relname = 'poverty_round_household' and l.mode = 'RowExclusiveLock'"));
                if (!writing) {
                    Thread.sleep(10);
                }
            }
        }
        String when = writing ? "while it wrote its list" : "after it ended (" + (System.nanoTime() - t0) / 1_000_000
                + " ms)";
        app = restart(app, data, log, "step 1 of a poverty round with " + households.size() + " applicants, "
                + when);
        try (Connection c = OpsSupport.superuser(data)) {
            String listed = one(c, "select count(*) from poverty_round_household where round_id = " + round);
            String done = one(c, "select count(*) from poverty_round_step where round_id = " + round + " and step = 1");
            System.out.printf("  poverty round %d after the restart: %s households listed, step 1 done: %s%n", round,
                    listed, done);
            if ("1".equals(done)) {
                assertThat(Long.parseLong(listed)).as("a done step has its whole list")
                        .isGreaterThanOrEqualTo(households.size());
            } else {
                assertThat(listed).as("a step not done has no list").isEqualTo("0");
                // and it can be run again
                form("/poverty/rounds/" + round + "/steps/1", "badinh", "applicants=" + applicants);
                assertThat(Long.parseLong(one(c, "select count(*) from poverty_round_household where round_id = "
                        + round))).isGreaterThanOrEqualTo(households.size());
            }
            assertThat(writing).as("the kill hit step 1 while it wrote").isTrue();
        }
        survived++;
        return app;
    }

    private OpsSupport.App decisionsKilled(OpsSupport.App app, Path data, Path log, List<String> households)
            throws Exception {
        int size = 200;
        Map<String, Integer> named = new ConcurrentHashMap<>();
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicBoolean stop = new AtomicBoolean();
        Thread poster = new Thread(() -> {
            for (int i = 0; i * size < households.size() && !stop.get(); i++) {
                List<String> subjects = households.subList(i * size, Math.min(households.size(), (i + 1) * size));
                String number = "KILL" + (i + 1) + "/QĐ-UBND";
                StringBuilder body = new StringBuilder("{\"titleKind\":\"CULTURAL_FAMILY\",\"year\":2025,"
                        + "\"unit\":\"38-BS\",\"number\":\"" + number + "\",\"date\":\"2025-12-15\","
                        + "\"signer\":\"Chủ tịch UBND\",\"subjectIds\":[");
                for (int j = 0; j < subjects.size(); j++) {
                    body.append(j == 0 ? "\"" : ",\"").append(subjects.get(j)).append('"');
                }
                body.append("]}");
                named.put(number, subjects.size());
                try {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url(
                                    "/api/v1/recognition/decisions"))).header("Authorization", basic("badinh"))
                            .header("Content-Type", "application/json").timeout(Duration.ofSeconds(60))
                            .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                    if (r.statusCode() == 201) {
                        acknowledged.add(number);
                    } else {
                        System.out.println("  decision " + number + " answered " + r.statusCode() + ": "
                                + r.body().substring(0, Math.min(400, r.body().length())));
                        return;
                    }
                } catch (Exception e) {
                    return; // the server is gone
                }
            }
        });
        poster.setDaemon(true);
        poster.start();
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (acknowledged.size() < 3 && poster.isAlive() && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        assertThat(acknowledged).as("decisions were being recorded").isNotEmpty();
        app = restart(app, data, log, "title decisions (" + acknowledged.size() + " acknowledged, "
                + named.size() + " sent)");
        stop.set(true);
        poster.join(10_000);
        try (Connection c = OpsSupport.superuser(data)) {
            for (String number : acknowledged) {
                assertThat(one(c, "select count(*) from recognition_decision where number = '" + number + "'"))
                        .as("acknowledged decision " + number + " survived").isEqualTo("1");
            }
            for (Map.Entry<String, Integer> e : named.entrySet()) {
                String awards = one(c, "select count(*) from recognition_award a join recognition_decision d "
                        + "on d.id = a.decision_id where d.number = '" + e.getKey() + "'");
                String decisions = one(c, "select count(*) from recognition_decision where number = '"
                        + e.getKey() + "'");
                assertThat(awards).as("decision " + e.getKey() + " whole or absent").isEqualTo("1".equals(decisions)
                        ? String.valueOf(e.getValue()) : "0");
            }
            assertThat(one(c, "select count(*) from recognition_award a where not exists (select 1 from "
                    + "recognition_decision d where d.id = a.decision_id)")).as("no award without its decision")
                    .isEqualTo("0");
            System.out.printf("  decisions after the restart: %s recorded of %d sent, %d acknowledged%n",
                    one(c, "select count(*) from recognition_decision where number like 'KILL%'"), named.size(),
                    acknowledged.size());
        }
        survived++;
        return app;
    }

    /**
     * A form posted as an officer: HTTP Basic on a page chain keeps a session (a cookie per officer), whose CSRF
     * token is read from a page's {@code <meta name="_csrf">} first; redirects are not followed.
     */
    private HttpResponse<String> form(String path, String user, String body) throws Exception {
        HttpClient client = officers.computeIfAbsent(user, u -> HttpClient.newBuilder()
                .cookieHandler(new java.net.CookieManager()).connectTimeout(Duration.ofSeconds(5)).build());
        String page = client.send(HttpRequest.newBuilder(URI.create(url("/poverty/rounds")))
                .header("Authorization", basic(user)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"")
                .matcher(page);
        assertThat(token.find()).as("a CSRF token on the page").isTrue();
        String encoded = java.util.Arrays.stream((body + "&_csrf=" + token.group(1)).split("&")).map(kv -> {
            int i = kv.indexOf('=');
            return kv.substring(0, i + 1) + java.net.URLEncoder.encode(kv.substring(i + 1), StandardCharsets.UTF_8);
        }).reduce((a, b) -> a + "&" + b).orElse("");
        return client.send(HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", basic(user))
                .header("Content-Type", "application/x-www-form-urlencoded").timeout(Duration.ofMinutes(5))
                .POST(HttpRequest.BodyPublishers.ofString(encoded)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Authorization", basic(user)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":chungsuc").getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] multipart(String boundary, String field, String fileName, byte[] file, String name,
            String value) {
        var out = new java.io.ByteArrayOutputStream();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
        out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(file);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static String one(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
