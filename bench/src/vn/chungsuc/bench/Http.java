package vn.chungsuc.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A signed-in client of the running application: a form login gives the session (so that reads are not slowed by
 * BCrypt on every request, as HTTP Basic would be); writes to the API carry an API token
 * ({@code Authorization: Bearer csk_…}, issued once through {@code POST /api/v1/tokens}), as an integration sends
 * them: no CSRF token is needed and, unlike HTTP Basic (stateless, so a BCrypt check on every call: 1.8 s of wall
 * time measured at load 42 on the 2 cores), the token is checked by its SHA-256.
 */
final class Http {

    record Response(int status, String body, long nanos) {
    }

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;
    private final String basic;
    private final String writes;

    Http(String base, String user, String password) throws IOException, InterruptedException {
        this.base = base;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
        this.basic = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        String page = get("/login").body();
        Matcher m = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        String form = "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(m.group(1));
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        String location = r.headers().firstValue("Location").orElse("");
        if (r.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("login failed: " + r.statusCode() + " " + location);
        }
        this.writes = issueToken(user);
    }

    /** An API token for the writes (Basic once, to issue it); Basic itself if tokens cannot be issued. */
    private String issueToken(String user) throws IOException, InterruptedException {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/tokens"))
                .header("Content-Type", "application/json").header("Authorization", basic)
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + user
                        + "\",\"name\":\"benchmark " + UUID.randomUUID() + "\",\"days\":1}")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"token\"\\s*:\\s*\"(csk_[^\"]+)\"").matcher(r.body());
        if (r.statusCode() != 201 || !m.find()) {
            System.err.println("no API token (" + r.statusCode() + "): writes use HTTP Basic");
            return basic;
        }
        return "Bearer " + m.group(1);
    }

    /** The session cookie, for tools such as wrk. */
    String sessionCookie() {
        // SESSION with the sessions in PostgreSQL (Spring Session), JSESSIONID with the container's own.
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("SESSION") || c.getName().equals("JSESSIONID"))
                .map(HttpCookie::toString).findFirst().orElseThrow();
    }

    Response get(String path) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return new Response(r.statusCode(), r.body(), System.nanoTime() - start);
    }

    Response postJson(String path, String json) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json").header("Authorization", writes)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        return new Response(r.statusCode(), r.body(), System.nanoTime() - start);
    }

    /**
     * A form POST as a browser sends it: the CSRF token is read from {@code pageWithForm} first. Redirects (the
     * usual answer to a form) count as success.
     */
    Response postForm(String pageWithForm, String path, String... fields) throws IOException, InterruptedException {
        Matcher m = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(get(pageWithForm).body());
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on " + pageWithForm);
        }
        StringBuilder form = new StringBuilder("_csrf=" + enc(m.group(1)));
        for (int i = 0; i + 1 < fields.length; i += 2) {
            form.append('&').append(enc(fields[i])).append('=').append(enc(fields[i + 1]));
        }
        long start = System.nanoTime();
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        return new Response(r.statusCode() == 302 ? 200 : r.statusCode(), r.body(), System.nanoTime() - start);
    }

    /** A multipart POST of files under the part name {@code file}, plus plain fields. */
    Response postFiles(String path, List<Path> files, String... fields) throws IOException, InterruptedException {
        String boundary = "----chungsuc" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int i = 0; i + 1 < fields.length; i += 2) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fields[i] + "\"\r\n\r\n"
                    + fields[i + 1] + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        for (Path f : files) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                    + f.getFileName() + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(Files.readAllBytes(f));
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        long start = System.nanoTime();
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Authorization", writes)
                .timeout(Duration.ofHours(2))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
        return new Response(r.statusCode(), r.body(), System.nanoTime() - start);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
