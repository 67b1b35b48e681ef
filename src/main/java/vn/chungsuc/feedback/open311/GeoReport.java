package vn.chungsuc.feedback.open311;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.chungsuc.feedback.ReportStatus;
import vn.chungsuc.feedback.domain.AbuseGuard;
import vn.chungsuc.feedback.domain.Category;
import vn.chungsuc.feedback.domain.Reports;
import vn.chungsuc.feedback.domain.Rules;
import vn.chungsuc.shared.problem.Refused;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.shared.time.Dates;
import vn.chungsuc.shared.time.Today;
import vn.chungsuc.territory.TerritoryApi;
import vn.chungsuc.territory.UnitView;

/**
 * Citizens' reports as Open311 GeoReport v2 sees them (open311.github.io, GeoReport_v2, frozen): a service is an
 * active category taken here; its definition asks for the place (a commune or a residential area the portal
 * offers) and whether the report is anonymous; a request is a report, its {@code status} {@code open} or
 * {@code closed} ({@link ReportStatus#open()}), the detailed state in {@code status_notes} and in the updates of the
 * {@code servicerequestupdates} extension. A posted request goes through {@link Reports#submitAuthenticated}, the
 * portal's checks and storing. No answer carries the reporter's name, phone or e-mail (the e-mail is not kept at
 * all), nor any photo metadata (photos are stored re-encoded).
 */
@Component
class GeoReport {

    static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    /** The span GeoReport v2 allows between start_date and end_date, and its default. */
    static final Duration MAX_SPAN = Duration.ofDays(90);
    static final int MAX_RESULTS = 1000;
    private static final String TOKEN_LETTERS = "abcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Rules rules;
    private final Reports reports;
    private final ApiKeys keys;
    private final AbuseGuard guard;
    private final TerritoryApi territory;
    private final MessageSource messages;
    private final JdbcClient jdbc;
    private final Today today;
    private final String jurisdiction;
    private final int perClientPerMinute;

    GeoReport(Rules rules, Reports reports, ApiKeys keys, AbuseGuard guard, TerritoryApi territory,
            MessageSource messages, JdbcClient jdbc, Today today,
            @Value("${chungsuc.feedback.open311.jurisdiction-id:}") String jurisdiction,
            @Value("${chungsuc.feedback.open311.per-client-per-minute:120}") int perClientPerMinute) {
        this.rules = rules;
        this.reports = reports;
        this.keys = keys;
        this.guard = guard;
        this.territory = territory;
        this.messages = messages;
        this.jdbc = jdbc;
        this.today = today;
        this.jurisdiction = jurisdiction == null ? "" : jurisdiction.strip();
        this.perClientPerMinute = perClientPerMinute;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    private Open311Error error(int status, String key, Object... args) {
        return new Open311Error(status, text(key, args));
    }

    static String datetime(Instant at) {
        return at == null ? null : OffsetDateTime.ofInstant(at.truncatedTo(ChronoUnit.SECONDS), Today.VIETNAM)
                .format(ISO);
    }

    /** The end of a deadline's day in Vietnam: the body answers "by" that date. */
    static String endOf(LocalDate day) {
        return day == null ? null : day.atTime(23, 59, 59).atZone(Today.VIETNAM).toOffsetDateTime().format(ISO);
    }

    /** A jurisdiction_id is accepted; when one is configured, another is refused. */
    void checkJurisdiction(String id) {
        if (id != null && !id.isBlank() && !jurisdiction.isEmpty() && !jurisdiction.equals(id.strip())) {
            throw error(404, "feedback.open311.error.jurisdiction");
        }
    }

    // ------------------------------------------------------------------ services

    private List<Category> services() {
        return rules.categories().stream().filter(Category::active).filter(Category::taken).toList();
    }

    List<Map<String, Object>> serviceList() {
        Locale locale = LocaleContextHolder.getLocale();
        List<Map<String, Object>> out = new ArrayList<>();
        for (Category c : services()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("service_code", c.code());
            m.put("service_name", c.name(locale));
            m.put("description", text("feedback.open311.service.description", c.deadlineDays(), c.basis()));
            m.put("metadata", true);
            m.put("type", "realtime");
            m.put("keywords", text("feedback.open311.keywords." + c.content()));
            m.put("group", text("feedback.open311.group." + c.content()));
            out.add(m);
        }
        return out;
    }

    Map<String, Object> definition(String code) {
        Category c = services().stream().filter(x -> x.code().equals(code)).findFirst()
                .orElseThrow(() -> error(404, "feedback.open311.error.service", code));
        List<Map<String, Object>> places = new ArrayList<>();
        for (Reports.Place p : reports.places()) {
            places.add(value(p.commune().code(), p.commune().fullName()));
            for (UnitView a : p.areas()) {
                places.add(value(a.code(), a.fullName() + ", " + p.commune().fullName()));
            }
        }
        List<Map<String, Object>> attributes = new ArrayList<>();
        attributes.add(attribute("place", "singlevaluelist", true, 1, text("feedback.open311.attr.place"),
                text("feedback.open311.attr.place.note"), places));
        attributes.add(attribute("anonymous", "singlevaluelist", false, 2, text("feedback.open311.attr.anonymous"),
                text("feedback.open311.attr.anonymous.note"), List.of(value("true", text("feedback.open311.yes")),
                        value("false", text("feedback.open311.no")))));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("service_code", c.code());
        m.put("attributes", attributes);
        return m;
    }

    private static Map<String, Object> value(String key, String name) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", key);
        m.put("name", name);
        return m;
    }

    private static Map<String, Object> attribute(String code, String datatype, boolean required, int order,
            String description, String datatypeDescription, List<Map<String, Object>> values) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("variable", true);
        m.put("code", code);
        m.put("datatype", datatype);
        m.put("required", required);
        m.put("datatype_description", datatypeDescription);
        m.put("order", order);
        m.put("description", description);
        m.put("values", values);
        return m;
    }

    // ------------------------------------------------------------------ posting

    private static String param(Map<String, String> p, String name) {
        String v = p.get(name);
        return v == null ? "" : v.strip();
    }

    /**
     * Posts a request: the key, its rate and the client's first, then every check of the portal; the report, its
     * token and the key's last use are stored in one transaction, or nothing is.
     */
    @Transactional
    List<Map<String, Object>> post(Map<String, String> p, String client) {
        checkJurisdiction(p.get("jurisdiction_id"));
        ApiKeys.Key key = keys.authenticate(p.get("api_key"))
                .orElseThrow(() -> error(403, "feedback.open311.error.apiKey"));
        if (!keys.allowed(key) || !keys.clientAllowed(client, perClientPerMinute)) {
            throw error(429, "feedback.open311.error.flood");
        }
        String device = param(p, "device_id");
        if (device.length() > 100) {
            throw error(400, "feedback.open311.error.tooLong", "device_id", 100);
        }
        if (!device.isEmpty() && !guard.clientAllowed("open311:" + key.id() + ":" + device)) {
            throw error(429, "feedback.open311.error.flood");
        }
        String code = param(p, "service_code");
        if (code.isEmpty()) {
            throw error(400, "feedback.open311.error.required", "service_code");
        }
        if (rules.category(code).isEmpty()) {
            throw error(400, "feedback.open311.error.service", code);
        }
        String lat = param(p, "lat");
        String lon = param(p, "long");
        String address = param(p, "address_string");
        String addressId = param(p, "address_id");
        if ((lat.isEmpty() || lon.isEmpty()) && address.isEmpty() && addressId.isEmpty()) {
            throw error(400, "feedback.open311.error.location");
        }
        String place = param(p, "attribute[place]");
        if (place.isEmpty()) {
            place = addressId;
        }
        if (place.isEmpty()) {
            throw error(400, "feedback.open311.error.required", "attribute[place]");
        }
        String anonymousText = param(p, "attribute[anonymous]");
        if (!anonymousText.isEmpty() && !anonymousText.equals("true") && !anonymousText.equals("false")) {
            throw error(400, "feedback.open311.error.anonymous");
        }
        // Vietnamese names are written family name first: last_name, then first_name
        String name = (param(p, "last_name") + " " + param(p, "first_name")).strip();
        String phone = param(p, "phone");
        boolean anonymous = anonymousText.equals("true") || (name.isEmpty() && phone.isEmpty());
        for (String field : new String[] {"email", "account_id", "media_url"}) {
            if (param(p, field).length() > 300) {
                throw error(400, "feedback.open311.error.tooLong", field, 300);
            }
        }
        Reports.Receipt receipt;
        try {
            receipt = reports.submitAuthenticated(new Reports.Submission(code, place, address, lat, lon,
                    param(p, "description"), anonymous ? "" : name, anonymous ? "" : phone, anonymous, null, null,
                    null, List.of(), null), "OPEN311");
        } catch (Reports.Flooded e) {
            throw error(429, e.key());
        } catch (Refused e) {
            throw new Open311Error(400, e.reasons().stream().map(r -> r.text(messages,
                    LocaleContextHolder.getLocale())).toList());
        }
        String token = token();
        jdbc.sql("insert into feedback_open311_token (token, report_id, key_id, created_at) values (:t, :r, :k, :at)")
                .param("t", token).param("r", receipt.id()).param("k", key.id())
                .param("at", Timestamp.from(today.now())).update();
        keys.used(key);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("service_request_id", receipt.publicNo());
        m.put("token", token);
        m.put("service_notice", text("feedback.open311.notice", receipt.publicNo(),
                Dates.show(receipt.dueOn()), receipt.trackingCode()));
        m.put("account_id", null);
        return List.of(m);
    }

    private static String token() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 24; i++) {
            b.append(TOKEN_LETTERS.charAt(RANDOM.nextInt(TOKEN_LETTERS.length())));
        }
        return b.toString();
    }

    List<Map<String, Object>> token(String token) {
        Optional<String> no = token.length() > 40 ? Optional.empty() : jdbc.sql("select r.public_no from "
                + "feedback_open311_token t join feedback_report r on r.id = t.report_id where t.token = :t")
                .param("t", token).query(String.class).optional();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("service_request_id", no.orElseThrow(() -> error(404, "feedback.open311.error.token")));
        m.put("token", token);
        return List.of(m);
    }

    // ------------------------------------------------------------------ reading

    /** The request by its public number. */
    List<Map<String, Object>> request(String id, String base) {
        List<Reports.Published> found = id.length() > 20 ? List.of()
                : reports.published(List.of(id), List.of(), null, null, null, 1);
        if (found.isEmpty()) {
            throw error(404, "feedback.open311.error.request", id);
        }
        return requests(found, base);
    }

    /**
     * What the public lists depend on, read from two indexes: the newest report and the newest line of history (every
     * handler's command, the reporter's reply and every report taken write one). The same text, the same answers.
     */
    String version() {
        return jdbc.sql("select coalesce((select max(id) from feedback_report), 0) || ':' || "
                + "coalesce((select max(id) from feedback_event), 0)").query(String.class).single();
    }

    /** GET requests with its filters, bounded: ids override the rest; at most 90 days and 1,000 requests. */
    List<Map<String, Object>> search(Map<String, String> p, String base) {
        Set<String> ids = list(param(p, "service_request_id"), "service_request_id", 20);
        if (!ids.isEmpty()) {
            return requests(reports.published(ids, List.of(), null, null, null, MAX_RESULTS), base);
        }
        Instant[] span = span(p);
        Set<String> codes = list(param(p, "service_code"), "service_code", 40);
        Boolean open = null;
        Set<String> statuses = list(param(p, "status"), "status", 10);
        for (String s : statuses) {
            if (!s.equals("open") && !s.equals("closed")) {
                throw error(400, "feedback.open311.error.status");
            }
        }
        if (statuses.size() == 1) {
            open = statuses.contains("open");
        }
        return requests(reports.published(List.of(), codes, open, span[0], span[1], MAX_RESULTS), base);
    }

    /** [start, end) from start_date and end_date: the last 90 days by default, never more than 90 days. */
    Instant[] span(Map<String, String> p) {
        Instant start = instant(param(p, "start_date"), "start_date");
        Instant end = instant(param(p, "end_date"), "end_date");
        if (start == null && end == null) {
            end = today.now().plusSeconds(1);
            start = end.minus(MAX_SPAN);
        } else if (start == null) {
            start = end.minus(MAX_SPAN);
        } else if (end == null) {
            end = start.plus(MAX_SPAN);
        }
        if (end.isBefore(start)) {
            throw error(400, "feedback.open311.error.order");
        }
        if (Duration.between(start, end).compareTo(MAX_SPAN) > 0) {
            throw error(400, "feedback.open311.error.span", MAX_SPAN.toDays());
        }
        return new Instant[] {start, end};
    }

    private Set<String> list(String text, String field, int maxLength) {
        Set<String> out = new LinkedHashSet<>();
        if (text.isEmpty()) {
            return out;
        }
        String[] parts = text.split(",");
        if (parts.length > MAX_RESULTS) {
            throw error(400, "feedback.open311.error.tooMany", field, MAX_RESULTS);
        }
        for (String s : parts) {
            String v = s.strip();
            if (v.length() > maxLength) {
                throw error(400, "feedback.open311.error.tooLong", field, maxLength);
            }
            if (!v.isEmpty()) {
                out.add(v);
            }
        }
        return out;
    }

    /** An ISO 8601 date-time (with its offset; without one it is Vietnam's time) or a date, bounded. */
    private Instant instant(String raw, String field) {
        if (raw.isEmpty()) {
            return null;
        }
        // a "+" of the offset that a client left unencoded in the query string arrives as a space
        String text = raw.replace(' ', '+');
        Instant at = null;
        if (text.length() <= 40) {
            try {
                at = OffsetDateTime.parse(text, ISO).toInstant();
            } catch (DateTimeParseException e) {
                try {
                    at = LocalDateTime.parse(text).atZone(Today.VIETNAM).toInstant();
                } catch (DateTimeParseException e2) {
                    try {
                        at = LocalDate.parse(text).atStartOfDay(Today.VIETNAM).toInstant();
                    } catch (DateTimeParseException e3) {
                        at = null;
                    }
                }
            }
        }
        if (at == null || !Dates.inBounds(LocalDate.ofInstant(at, Today.VIETNAM))) {
            throw error(400, "feedback.open311.error.date", field);
        }
        return at;
    }

    private List<Map<String, Object>> requests(List<Reports.Published> found, String base) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> categoryNames = new HashMap<>();
        rules.categories().forEach(c -> categoryNames.put(c.code(), c.name(locale)));
        Map<String, String> unitNames = new HashMap<>();
        Map<String, String> bodyNames = new HashMap<>();
        List<Map<String, Object>> out = new ArrayList<>();
        for (Reports.Published p : found) {
            Reports.Report r = p.report();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("service_request_id", r.publicNo());
            m.put("status", r.status().open() ? "open" : "closed");
            String label = text("feedback.status." + r.status().name());
            m.put("status_notes", r.answer() != null && !r.status().open() ? label + ". " + r.answer() : label);
            m.put("service_name", categoryNames.getOrDefault(r.categoryCode(), r.categoryCode()));
            m.put("service_code", r.categoryCode());
            m.put("description", r.description());
            m.put("agency_responsible", r.bodyCode() == null ? null
                    : bodyNames.computeIfAbsent(r.bodyCode(), reports::bodyName));
            m.put("service_notice", r.extensionDays() > 0 ? text("feedback.open311.extended", r.extensionDays())
                    : null);
            m.put("requested_datetime", datetime(r.receivedAt()));
            m.put("updated_datetime", datetime(p.updatedAt() == null ? r.receivedAt() : p.updatedAt()));
            m.put("expected_datetime", endOf(r.currentDueOn()));
            String placeName = r.areaCode() == null ? unit(unitNames, r.communeCode(), r.receivedOn())
                    : unit(unitNames, r.areaCode(), r.receivedOn()) + ", " + unit(unitNames, r.communeCode(),
                            r.receivedOn());
            m.put("address", r.address() == null ? placeName : r.address() + ", " + placeName);
            m.put("address_id", r.areaCode() == null ? r.communeCode() : r.areaCode());
            m.put("zipcode", null);
            m.put("lat", r.lat());
            m.put("long", r.lon());
            m.put("media_url", p.firstPhotoId() == null ? null : base + "/public/reports/photos/" + p.firstPhotoId());
            out.add(m);
        }
        return out;
    }

    private String unit(Map<String, String> cache, String code, LocalDate on) {
        return cache.computeIfAbsent(code + "@" + on, k -> territory.find(code, on, UnitScope.ALL)
                .map(UnitView::fullName).or(() -> territory.latest(code).map(u -> u.fullName())).orElse(code));
    }

    /**
     * The servicerequestupdates extension (as FixMyStreet and others read it): each public change of a report in
     * [start_date, end_date), with the detailed state.
     */
    List<Map<String, Object>> updates(Map<String, String> p, String base) {
        Instant[] span = span(p);
        List<Map<String, Object>> out = new ArrayList<>();
        for (Reports.PublishedEvent e : reports.publishedEvents(span[0], span[1], MAX_RESULTS)) {
            Reports.Event ev = e.event();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("update_id", String.valueOf(e.eventId()));
            m.put("service_request_id", e.publicNo());
            m.put("status", ev.statusTo() == null ? null : detailed(ev.statusTo()));
            m.put("updated_datetime", datetime(ev.at()));
            String what = messages.getMessage("feedback.open311.update." + ev.kind(), null, ev.kind(),
                    LocaleContextHolder.getLocale());
            m.put("description", ev.note() == null || ev.note().isBlank() ? what : what + ": " + ev.note());
            m.put("media_url", null);
            out.add(m);
        }
        return out;
    }

    /** A detailed state in the vocabulary the extension's clients know. */
    static String detailed(ReportStatus s) {
        return switch (s) {
            case RECEIVED, REOPENED -> "open";
            case ASSIGNED -> "action_scheduled";
            case IN_PROGRESS -> "in_progress";
            case ANSWERED -> "closed";
            case RESOLVED -> "fixed";
            case DUPLICATE -> "duplicate";
            case FORWARDED -> "not_councils_responsibility";
            case REJECTED -> "no_further_action";
        };
    }

    String notFound() {
        return text("feedback.open311.error.path");
    }

    // ------------------------------------------------------------------ discovery

    Map<String, Object> discovery(String base, String changeset) {
        Map<String, Object> endpoint = new LinkedHashMap<>();
        endpoint.put("specification", "http://wiki.open311.org/GeoReport_v2");
        endpoint.put("url", base + "/open311/v2");
        endpoint.put("changeset", changeset);
        endpoint.put("type", "production");
        endpoint.put("formats", List.of("text/xml", "application/json"));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("changeset", changeset);
        m.put("contact", text("feedback.open311.contact"));
        m.put("key_service", text("feedback.open311.keyService"));
        m.put("endpoints", List.of(endpoint));
        return m;
    }
}
