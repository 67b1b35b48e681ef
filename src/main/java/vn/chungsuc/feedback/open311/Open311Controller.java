package vn.chungsuc.feedback.open311;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Open311 GeoReport v2 at {@code /open311/v2/}, XML or JSON by the extension of the path, UTF-8. Reads are public;
 * {@code POST requests} authenticates with its {@code api_key} parameter (no session, no cookie, hence no CSRF:
 * {@code access.web.SecurityConfig} lets the path through statelessly). Refusals answer {@code errors} of
 * {@code {code, description}} with 400, 403, 404 (429 for a flood), in the format asked; an unknown path or format
 * answers 404 in XML, the format every client must read.
 */
@Controller
@RequestMapping("/open311/v2")
class Open311Controller {

    /** When the answers last changed shape (the discovery's changeset). */
    static final String CHANGESET = "2026-12-03T00:00:00+07:00";

    private final GeoReport geo;
    private final JsonMapper json;

    Open311Controller(GeoReport geo, JsonMapper json) {
        this.geo = geo;
        this.json = json;
    }

    private ResponseEntity<String> answer(int status, String format, String root, Object body) {
        Open311Format f = Open311Format.of(format);
        return ResponseEntity.status(status).header(HttpHeaders.CONTENT_TYPE, f.contentType)
                .body(f.write(root, body, json));
    }

    private static String base() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }

    @GetMapping("/discovery.{format:xml|json}")
    ResponseEntity<String> discovery(@PathVariable String format) {
        return answer(200, format, "discovery", geo.discovery(base(), CHANGESET));
    }

    @GetMapping("/services.{format:xml|json}")
    ResponseEntity<String> services(@PathVariable String format,
            @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
        geo.checkJurisdiction(jurisdiction);
        return answer(200, format, "services", geo.serviceList());
    }

    @GetMapping("/services/{code}.{format:xml|json}")
    ResponseEntity<String> definition(@PathVariable String code, @PathVariable String format,
            @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
        geo.checkJurisdiction(jurisdiction);
        return answer(200, format, "service_definition", geo.definition(code));
    }

    @PostMapping("/requests.{format:xml|json}")
    ResponseEntity<String> post(@PathVariable String format, @RequestParam Map<String, String> params,
            HttpServletRequest request) {
        return answer(201, format, "service_requests", geo.post(params, request.getRemoteAddr()));
    }

    @GetMapping("/requests.{format:xml|json}")
    ResponseEntity<String> requests(@PathVariable String format, @RequestParam Map<String, String> params) {
        geo.checkJurisdiction(params.get("jurisdiction_id"));
        String base = base();
        String key = format + " " + base + " " + org.springframework.context.i18n.LocaleContextHolder.getLocale()
                + " " + new java.util.TreeMap<>(params);
        String version = geo.version();
        long now = System.nanoTime();
        Listed hit = listed.get(key);
        if (hit == null || !hit.version().equals(version) || now - hit.madeAtNanos() > LISTED_LIFE_NANOS) {
            Open311Format f = Open311Format.of(format);
            hit = new Listed(now, version, f.write("service_requests", geo.search(params, base), json));
            if (listed.size() >= LISTED_MAX) {
                listed.clear();
            }
            listed.put(key, hit);
        }
        return ResponseEntity.status(200).header(HttpHeaders.CONTENT_TYPE, Open311Format.of(format).contentType)
                .body(hit.body());
    }

    /**
     * The list's answers kept briefly (up to 1,000 requests, 700 kB in JSON, were read and written again for each
     * client): an answer is served again while no report was taken and no public line of history was written since
     * ({@link GeoReport#version()}, two index reads) and for at most {@link #LISTED_LIFE_NANOS} (the default span
     * moves with the clock). At most {@link #LISTED_MAX} distinct queries are kept.
     */
    private record Listed(long madeAtNanos, String version, String body) {
    }

    private static final long LISTED_LIFE_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
    private static final int LISTED_MAX = 64;
    private final java.util.concurrent.ConcurrentHashMap<String, Listed> listed =
            new java.util.concurrent.ConcurrentHashMap<>();

    @GetMapping("/requests/{id}.{format:xml|json}")
    ResponseEntity<String> request(@PathVariable String id, @PathVariable String format,
            @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
        geo.checkJurisdiction(jurisdiction);
        return answer(200, format, "service_requests", geo.request(id, base()));
    }

    @GetMapping("/tokens/{token}.{format:xml|json}")
    ResponseEntity<String> token(@PathVariable String token, @PathVariable String format,
            @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
        geo.checkJurisdiction(jurisdiction);
        return answer(200, format, "service_requests", geo.token(token));
    }

    @GetMapping("/servicerequestupdates.{format:xml|json}")
    ResponseEntity<String> updates(@PathVariable String format, @RequestParam Map<String, String> params) {
        geo.checkJurisdiction(params.get("jurisdiction_id"));
        return answer(200, format, "service_request_updates", geo.updates(params, base()));
    }

    /** Anything else under /open311/v2: not found, in the format the path asks (XML unless it ends in .json). */
    @RequestMapping("/**")
    ResponseEntity<String> unknown(HttpServletRequest request) {
        throw new Open311Error(404, List.of(geo.notFound()));
    }

    @ExceptionHandler
    ResponseEntity<String> refused(Open311Error e, HttpServletRequest request) {
        String format = request.getRequestURI().endsWith(".json") ? "json" : "xml";
        List<Map<String, Object>> errors = e.descriptions.stream().map(d -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", e.status);
            m.put("description", d);
            return m;
        }).toList();
        Open311Format f = Open311Format.of(format);
        ResponseEntity.BodyBuilder b = ResponseEntity.status(e.status).header(HttpHeaders.CONTENT_TYPE, f.contentType);
        if (e.status == 429) {
            b.header(HttpHeaders.RETRY_AFTER, "60");
        }
        return b.body(f.write("errors", errors, json));
    }
}
