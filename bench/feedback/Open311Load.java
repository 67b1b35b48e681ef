import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Open311 POSTs under load: THREADS clients post REQUESTS service requests (form-urlencoded, as GeoReport v2
 * says) to a running Chung Sức, each a new anonymous report in one of the services with a place the service
 * definition offers, and prints the rate, the latency percentiles and how many answered 201. Usage:
 * java bench/feedback/Open311Load.java BASE_URL API_KEY REQUESTS THREADS
 */
public class Open311Load {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String key = args[1];
        int total = Integer.parseInt(args[2]);
        int threads = Integer.parseInt(args[3]);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String definition = http.send(HttpRequest.newBuilder(URI.create(base + "/open311/v2/services/CHIEU_SANG.json"))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        List<String> places = new ArrayList<>();
        Matcher m = Pattern.compile("\"key\":\"([^\"]+)\"").matcher(definition);
        while (m.find()) {
            if (!m.group(1).equals("true") && !m.group(1).equals("false")) {
                places.add(m.group(1));
            }
        }
        String[] services = {"CHIEU_SANG", "RAC_THAI", "THOAT_NUOC", "VIA_HE", "AN_NINH_TRAT_TU"};
        AtomicInteger next = new AtomicInteger();
        AtomicInteger created = new AtomicInteger();
        ConcurrentLinkedQueue<String> others = new ConcurrentLinkedQueue<>();
        long[] nanos = new long[total];
        Runnable worker = () -> {
            for (int i; (i = next.getAndIncrement()) < total; ) {
                String body = "api_key=" + enc(key) + "&service_code=" + services[i % services.length]
                        + "&attribute[place]=" + enc(places.get(i % places.size())) + "&attribute[anonymous]=true"
                        + "&lat=20.08&long=105.86&address_string=" + enc("Số " + i + " đường Trần Phú")
                        + "&description=" + enc("Phản ánh thử tải số " + i + ": đèn đường hỏng, rác chưa thu gom.");
                HttpRequest r = HttpRequest.newBuilder(URI.create(base + "/open311/v2/requests.json"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                long t = System.nanoTime();
                try {
                    HttpResponse<String> res = http.send(r, HttpResponse.BodyHandlers.ofString());
                    nanos[i] = System.nanoTime() - t;
                    if (res.statusCode() == 201) {
                        created.incrementAndGet();
                    } else if (others.size() < 5) {
                        others.add(res.statusCode() + " " + res.body());
                    }
                } catch (Exception e) {
                    nanos[i] = System.nanoTime() - t;
                    others.add(e.toString());
                }
            }
        };
        // a short warm-up that is not counted
        for (int i = 0; i < 20; i++) {
            http.send(HttpRequest.newBuilder(URI.create(base + "/open311/v2/services.json")).build(),
                    HttpResponse.BodyHandlers.discarding());
        }
        long start = System.nanoTime();
        List<Thread> ts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread th = new Thread(worker);
            th.start();
            ts.add(th);
        }
        for (Thread th : ts) {
            th.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Long> sorted = new ArrayList<>();
        for (long n : nanos) {
            sorted.add(n);
        }
        Collections.sort(sorted);
        System.out.printf("POST /open311/v2/requests.json: %d requests, %d threads, %.1f s%n", total, threads, seconds);
        System.out.printf("  created (201): %d; other answers: %d %s%n", created.get(), total - created.get(), others);
        System.out.printf("  throughput: %.1f posts/s%n", total / seconds);
        System.out.printf("  latency ms: p50 %.1f  p90 %.1f  p99 %.1f  max %.1f%n", pct(sorted, 50), pct(sorted, 90),
                pct(sorted, 99), sorted.get(sorted.size() - 1) / 1e6);
    }

    static double pct(List<Long> sorted, double p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(i, sorted.size() - 1))) / 1e6;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
