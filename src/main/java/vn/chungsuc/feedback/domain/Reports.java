package vn.chungsuc.feedback.domain;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chungsuc.feedback.FeedbackPermissions;
import vn.chungsuc.feedback.ReportStatus;
import vn.chungsuc.shared.audit.AuditLog;
import vn.chungsuc.shared.permission.BodyDirectory;
import vn.chungsuc.shared.permission.BodyRef;
import vn.chungsuc.shared.permission.Function;
import vn.chungsuc.shared.problem.Refused;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.shared.text.VietnameseText;
import vn.chungsuc.shared.time.Today;
import vn.chungsuc.territory.Bodies;
import vn.chungsuc.territory.Body;
import vn.chungsuc.territory.TerritoryApi;
import vn.chungsuc.territory.UnitLevel;
import vn.chungsuc.territory.UnitView;

/**
 * Citizens' reports: taking one from the portal (checked whole before anything is stored), routing it, the
 * handlers' commands with their history, the reporter's confirmation by tracking code, and the reads of the
 * officers' inbox and the public pages. Every officer's read and command checks the report's commune against the
 * user's units on the report's date.
 */
@Service("feedbackReports")
@Transactional(readOnly = true)
public class Reports {

    static final String AUDIT = "feedback.report";
    private static final Pattern PHONE = Pattern.compile("^0[0-9]{9,10}$");
    private static final String CODE_LETTERS = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    public static final int MAX_PHOTOS = 5;
    public static final int PAGE_SIZE = 25;

    private final JdbcClient jdbc;
    private final Rules rules;
    private final AbuseGuard guard;
    private final TerritoryApi territory;
    private final Bodies bodies;
    private final BodyDirectory directory;
    private final FeedbackPermissions permissions;
    private final Today today;
    private final AuditLog audit;
    private final long maxPhotoBytes;
    private final List<String> portalRoots;
    /** The places of the day, read again after {@link #PLACES_LIFE_NANOS} (the tree and the bodies change rarely). */
    private volatile CachedPlaces cachedPlaces;
    private static final long PLACES_LIFE_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(60);

    Reports(JdbcClient jdbc, Rules rules, AbuseGuard guard, TerritoryApi territory, Bodies bodies,
            BodyDirectory directory, FeedbackPermissions permissions, Today today, AuditLog audit,
            @Value("${chungsuc.feedback.photo.max-bytes:5242880}") long maxPhotoBytes,
            @Value("${chungsuc.feedback.portal-roots:}") List<String> portalRoots) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.guard = guard;
        this.territory = territory;
        this.bodies = bodies;
        this.directory = directory;
        this.permissions = permissions;
        this.today = today;
        this.audit = audit;
        this.maxPhotoBytes = maxPhotoBytes;
        this.portalRoots = portalRoots.stream().filter(s -> !s.isBlank()).toList();
    }

    public long maxPhotoBytes() {
        return maxPhotoBytes;
    }

    // ---------------------------------------------------------------- the citizen's side

    /** A photo as sent: its size, and its bytes unless it is over the bound (then never read). */
    public record Upload(long size, byte[] bytes) {
    }

    /** What the portal's form sends. {@code website} is the honeypot a person never fills. */
    public record Submission(String category, String place, String address, String lat, String lon,
            String description, String name, String phone, boolean anonymous, String website, String challenge,
            String nonce, List<Upload> photos, String client) {
    }

    /** What the reporter is given: the public number, his secret tracking code, and the date of the deadline. */
    public record Receipt(long id, String publicNo, String trackingCode, LocalDate dueOn) {
    }

    /** A flood: too many posts from one client or with one phone. Nothing was stored. */
    public static class Flooded extends RuntimeException {
        private final String key;

        public Flooded(String key) {
            super(key);
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /** A commune offered on the form with its residential areas on today's date. */
    public record Place(UnitView commune, List<UnitView> areas) {
    }

    /**
     * The communes the portal offers: under {@code chungsuc.feedback.portal-roots} when set, else the communes
     * whose Front committee (or whose district's) is a body of the system today. Cached for the day, read again
     * after a minute (a body of the Front made today shows within it) or at once when the units change.
     */
    public List<Place> places() {
        LocalDate on = today.date();
        CachedPlaces c = cachedPlaces;
        long nowNanos = System.nanoTime();
        if (c != null && c.on().equals(on) && nowNanos - c.madeAtNanos() < PLACES_LIFE_NANOS) {
            return c.places();
        }
        List<Place> fresh = List.copyOf(readPlaces(on));
        cachedPlaces = new CachedPlaces(on, nowNanos, fresh);
        return fresh;
    }

    /** Forgets the cached places (after the bodies or the unit tree changed, and in tests). */
    public void forgetPlaces() {
        cachedPlaces = null;
    }

    /** A change to the units (a merger, a new area…) drops the cached places right after its commit. */
    @org.springframework.transaction.event.TransactionalEventListener
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    void on(vn.chungsuc.territory.UnitsChanged changed) {
        forgetPlaces();
    }

    private record CachedPlaces(LocalDate on, long madeAtNanos, List<Place> places) {
    }

    private List<Place> readPlaces(LocalDate on) {
        Set<String> communes = new java.util.LinkedHashSet<>();
        List<String> roots = portalRoots;
        if (roots.isEmpty()) {
            roots = directory.validOn(on).stream().filter(b -> b.functions().contains(Function.FRONT))
                    .map(BodyRef::unitCode).distinct().toList();
        }
        for (String root : roots) {
            Optional<UnitView> unit = territory.find(root, on, UnitScope.ALL);
            if (unit.isEmpty()) {
                continue;
            }
            if (unit.get().level() == UnitLevel.COMMUNE) {
                communes.add(root);
            } else if (unit.get().level() == UnitLevel.DISTRICT || !portalRoots.isEmpty()) {
                territory.subtree(root, on, UnitScope.ALL).stream().filter(u -> u.level() == UnitLevel.COMMUNE)
                        .limit(2000).forEach(u -> communes.add(u.code()));
            }
        }
        List<Place> out = new ArrayList<>();
        for (String c : communes) {
            territory.find(c, on, UnitScope.ALL).ifPresent(u -> out.add(new Place(u,
                    territory.children(c, on, UnitScope.ALL).stream()
                            .filter(a -> a.level() == UnitLevel.RESIDENTIAL_AREA).toList())));
        }
        return out;
    }

    /** Takes a report: every check first, then the report, its photos and its first history lines at once. */
    @Transactional
    public Receipt submit(Submission s) {
        if (s.client() != null && !guard.clientAllowed(s.client())) {
            throw new Flooded("feedback.refused.flood.client");
        }
        if (s.website() != null && !s.website().isBlank()) {
            throw new Refused(null, "feedback.refused.bot");
        }
        if (!guard.solved(s.challenge(), s.nonce())) {
            throw new Refused("nonce", "feedback.refused.pow");
        }
        return take(s, "PORTAL");
    }

    /**
     * Takes a report from a client that proved itself otherwise (an Open311 application with its API key, its rate
     * checked by the caller): every check and the storing of {@link #submit}, without the honeypot and the proof of
     * work, which only the portal's form carries.
     */
    @Transactional
    public Receipt submitAuthenticated(Submission s, String source) {
        return take(s, source);
    }

    private Receipt take(Submission s, String source) {
        List<Refused.Reason> reasons = new ArrayList<>();
        LocalDate on = today.date();
        Category category = rules.category(trim(s.category())).filter(Category::active).orElse(null);
        if (category == null) {
            reasons.add(Refused.Reason.of("category", "feedback.refused.category"));
        } else if (!category.taken()) {
            reasons.add(Refused.Reason.of("category", "feedback.refused." + category.kind().toLowerCase()));
        }
        UnitView commune = null;
        String area = null;
        String place = trim(s.place());
        Optional<UnitView> unit = place.isEmpty() || place.length() > 40 ? Optional.empty()
                : territory.find(place, on, UnitScope.ALL);
        if (unit.isPresent() && unit.get().level() == UnitLevel.RESIDENTIAL_AREA) {
            area = unit.get().code();
            commune = territory.find(unit.get().parentCode(), on, UnitScope.ALL).orElse(null);
        } else if (unit.isPresent() && unit.get().level() == UnitLevel.COMMUNE) {
            commune = unit.get();
        }
        final String communeCode = commune == null ? null : commune.code();
        if (commune == null || places().stream().noneMatch(p -> p.commune().code().equals(communeCode))) {
            reasons.add(Refused.Reason.of("place", "feedback.refused.place"));
            commune = null;
        }
        String address = trim(s.address());
        if (address.length() > 300) {
            reasons.add(Refused.Reason.of("address", "feedback.refused.address", 300));
        }
        BigDecimal lat = coordinate(s.lat(), 8, 24, "lat", reasons);
        BigDecimal lon = coordinate(s.lon(), 102, 110, "lon", reasons);
        if ((lat == null) != (lon == null)) {
            reasons.add(Refused.Reason.of("lat", "feedback.refused.latlon"));
        }
        String description = trim(s.description());
        if (description.length() < 10 || description.length() > 4000) {
            reasons.add(Refused.Reason.of("description", "feedback.refused.description", 10, 4000));
        }
        String name = trim(s.name());
        String phone = trim(s.phone()).replace(" ", "").replace(".", "");
        if (name.length() > 100) {
            reasons.add(Refused.Reason.of("name", "feedback.refused.name", 100));
        }
        if (!phone.isEmpty() && !PHONE.matcher(phone).matches()) {
            reasons.add(Refused.Reason.of("phone", "feedback.refused.phone"));
        }
        if (!s.anonymous() && (name.isEmpty() || phone.isEmpty())) {
            reasons.add(Refused.Reason.of("name", "feedback.refused.identity"));
        }
        List<Upload> uploads = s.photos() == null ? List.of() : s.photos();
        List<Photos.Encoded> photos = new ArrayList<>();
        if (uploads.size() > MAX_PHOTOS) {
            reasons.add(Refused.Reason.of("photos", "feedback.refused.photos.count", MAX_PHOTOS));
        } else {
            for (Upload u : uploads) {
                if (u.size() > maxPhotoBytes || u.bytes() == null) {
                    reasons.add(Refused.Reason.of("photos", "feedback.refused.photos.size", maxPhotoBytes / 1048576));
                    continue;
                }
                Photos.Encoded e = Photos.reencode(u.bytes());
                if (e == null) {
                    reasons.add(Refused.Reason.of("photos", "feedback.refused.photos.type"));
                } else {
                    photos.add(e);
                }
            }
        }
        if (!reasons.isEmpty()) {
            throw new Refused(reasons);
        }
        if (!phone.isEmpty() && !guard.phoneAllowed(phone)) {
            throw new Flooded("feedback.refused.flood.phone");
        }
        return store(category, commune.code(), area, address, lat, lon, description, name.isEmpty() ? null : name,
                phone.isEmpty() ? null : phone, s.anonymous(), photos, today.now(), on, source);
    }

    /** Stores a report already checked (the portal's, or the demo's with its own dates), routed on its date. */
    @Transactional
    public Receipt store(Category category, String commune, String area, String address, BigDecimal lat,
            BigDecimal lon, String description, String name, String phone, boolean anonymous,
            List<Photos.Encoded> photos, Instant at, LocalDate on, String source) {
        return store(category, commune, area, address, lat, lon, description, name, phone, anonymous, photos, at, on,
                source, rules.route(category, commune, on));
    }

    /** The same with the body already routed (a bulk load that routed each category and commune once). */
    @Transactional
    public Receipt store(Category category, String commune, String area, String address, BigDecimal lat,
            BigDecimal lon, String description, String name, String phone, boolean anonymous,
            List<Photos.Encoded> photos, Instant at, LocalDate on, String source, Optional<Body> body) {
        LocalDate due = rules.calendar().addWorkingDays(on, category.deadlineDays());
        String code = trackingCode();
        ReportStatus status = body.isPresent() ? ReportStatus.ASSIGNED : ReportStatus.RECEIVED;
        // the number is made before the row, so that the row is written once (no update of every index after)
        long id = jdbc.sql("select nextval(pg_get_serial_sequence('feedback_report', 'id'))").query(Long.class)
                .single();
        String publicNo = "PA" + on.getYear() + "-" + String.format("%06d", id);
        jdbc.sql("""
                insert into feedback_report (id, public_no, tracking_code, category_code, commune_code, area_code,
                    address, lat, lon, description, reporter_name, reporter_phone, anonymous, status, body_code,
                    received_at, received_on, due_on, current_due_on, source, search_key)
                values (:id, :no, :code, :cat, :commune, :area, :address, :lat, :lon, :description, :name, :phone,
                    :anon, :status, :body, :at, :on, :due, :due, :source, :key)""")
                .param("id", id).param("no", publicNo)
                .param("code", code).param("cat", category.code()).param("commune", commune).param("area", area)
                .param("address", address == null || address.isBlank() ? null : address).param("lat", lat)
                .param("lon", lon).param("description", description).param("name", name).param("phone", phone)
                .param("anon", anonymous).param("status", status.name()).param("body", body.map(Body::code).orElse(null))
                .param("at", java.sql.Timestamp.from(at)).param("on", on).param("due", due).param("source", source)
                .param("key", VietnameseText.searchKey(publicNo) + " "
                        + VietnameseText.searchKey(description + " " + (address == null ? "" : address)))
                .update();
        int position = 0;
        for (Photos.Encoded p : photos) {
            jdbc.sql("insert into feedback_photo (report_id, position, bytes, width, height) values (:r, :p, :b, :w, :h)")
                    .param("r", id).param("p", position++).param("b", p.bytes()).param("w", p.width())
                    .param("h", p.height()).update();
        }
        if (body.isPresent()) {
            // both first lines of the history in one statement
            jdbc.sql("""
                    insert into feedback_event (report_id, at, on_date, kind, status_to, body_to, public)
                    values (:r, :at, :on, 'RECEIVED', 'RECEIVED', null, true),
                           (:r, :at, :on, 'ROUTED', 'ASSIGNED', :b, true)""")
                    .param("r", id).param("at", java.sql.Timestamp.from(at)).param("on", on)
                    .param("b", body.get().code()).update();
        } else {
            event(id, at, on, null, "RECEIVED", ReportStatus.RECEIVED, null, null, null, null, true);
        }
        audit.recordAs("anonymous", "CREATE", AUDIT, publicNo, "Tiếp nhận phản ánh " + publicNo + " ("
                + category.code() + ", " + commune + ")", null, Map.of("category", category.code(), "commune",
                commune, "body", body.map(Body::code).orElse(""), "due", due.toString()));
        return new Receipt(id, publicNo, code, due);
    }

    private static String trackingCode() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i == 4 || i == 8) {
                b.append('-');
            }
            b.append(CODE_LETTERS.charAt(RANDOM.nextInt(CODE_LETTERS.length())));
        }
        return b.toString();
    }

    private static BigDecimal coordinate(String text, double min, double max, String field,
            List<Refused.Reason> reasons) {
        String t = trim(text);
        if (t.isEmpty()) {
            return null;
        }
        try {
            BigDecimal v = new BigDecimal(t.length() > 20 ? "x" : t);
            if (v.doubleValue() < min || v.doubleValue() > max) {
                reasons.add(Refused.Reason.of(field, "feedback.refused.coordinate", min, max));
                return null;
            }
            return v.setScale(6, java.math.RoundingMode.HALF_UP);
        } catch (NumberFormatException e) {
            reasons.add(Refused.Reason.of(field, "feedback.refused.coordinate", min, max));
            return null;
        }
    }

    private static String trim(String s) {
        return s == null ? "" : s.strip();
    }

    // ---------------------------------------------------------------- reads

    /** A report as the pages read it; the identity is filled only for who may see it. */
    public record Report(long id, String publicNo, String categoryCode, String communeCode, String areaCode,
            String address, BigDecimal lat, BigDecimal lon, String description, String reporterName,
            String reporterPhone, boolean anonymous, ReportStatus status, String bodyCode, Instant receivedAt,
            LocalDate receivedOn, LocalDate dueOn, LocalDate extendedDueOn, int extensionDays,
            LocalDate currentDueOn, LocalDate answeredOn, String answer, LocalDate closedOn, Long duplicateOf,
            Integer rating, Boolean accepted, int reopenCount, String source) {

        public Report withoutIdentity() {
            return new Report(id, publicNo, categoryCode, communeCode, areaCode, address, lat, lon, description,
                    null, null, anonymous, status, bodyCode, receivedAt, receivedOn, dueOn, extendedDueOn,
                    extensionDays, currentDueOn, answeredOn, answer, closedOn, duplicateOf, rating, accepted,
                    reopenCount, source);
        }
    }

    /** A line of a report's history. */
    public record Event(Instant at, LocalDate on, String actor, String kind, ReportStatus statusTo, String bodyFrom,
            String bodyTo, Integer days, String note, boolean shownPublicly) {
    }

    /** A report with its flags, names and history, for a page. */
    public record View(Report report, String categoryName, String communeName, String areaName, String bodyName,
            boolean overdue, boolean dueSoon, String timeliness, List<Event> history, List<Long> photoIds,
            boolean identityHidden) {
    }

    private static final String COLUMNS = "id, public_no, category_code, commune_code, area_code, address, lat, lon, "
            + "description, reporter_name, reporter_phone, anonymous, status, body_code, received_at, received_on, "
            + "due_on, extended_due_on, extension_days, current_due_on, answered_on, answer, closed_on, duplicate_of, "
            + "rating, accepted, reopen_count, source";

    private static Report report(ResultSet rs, int i) throws SQLException {
        return new Report(rs.getLong("id"), rs.getString("public_no"), rs.getString("category_code"),
                rs.getString("commune_code"), rs.getString("area_code"), rs.getString("address"),
                rs.getBigDecimal("lat"), rs.getBigDecimal("lon"), rs.getString("description"),
                rs.getString("reporter_name"), rs.getString("reporter_phone"), rs.getBoolean("anonymous"),
                ReportStatus.valueOf(rs.getString("status")), rs.getString("body_code"),
                rs.getTimestamp("received_at").toInstant(), rs.getObject("received_on", LocalDate.class),
                rs.getObject("due_on", LocalDate.class), rs.getObject("extended_due_on", LocalDate.class),
                rs.getInt("extension_days"), rs.getObject("current_due_on", LocalDate.class),
                rs.getObject("answered_on", LocalDate.class), rs.getString("answer"),
                rs.getObject("closed_on", LocalDate.class), (Long) rs.getObject("duplicate_of"),
                (Integer) rs.getObject("rating"), (Boolean) rs.getObject("accepted"), rs.getInt("reopen_count"),
                rs.getString("source"));
    }

    Optional<Report> load(long id) {
        return jdbc.sql("select " + COLUMNS + " from feedback_report where id = :id").param("id", id)
                .query(Reports::report).optional();
    }

    Optional<Report> loadByCode(String code) {
        if (code == null || code.length() > 20) {
            return Optional.empty();
        }
        return jdbc.sql("select " + COLUMNS + " from feedback_report where tracking_code = :c")
                .param("c", code.strip().toUpperCase(java.util.Locale.ROOT)).query(Reports::report).optional();
    }

    Optional<Report> loadByNumber(String publicNo) {
        return jdbc.sql("select " + COLUMNS + " from feedback_report where public_no = :n").param("n", publicNo)
                .query(Reports::report).optional();
    }

    List<Event> history(long id) {
        return jdbc.sql("select * from feedback_event where report_id = :id order by at, id").param("id", id)
                .query((rs, i) -> event(rs)).list();
    }

    private static Event event(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Event(rs.getTimestamp("at").toInstant(),
                rs.getObject("on_date", LocalDate.class), rs.getString("actor"), rs.getString("kind"),
                rs.getString("status_to") == null ? null : ReportStatus.valueOf(rs.getString("status_to")),
                rs.getString("body_from"), rs.getString("body_to"), (Integer) rs.getObject("days"),
                rs.getString("note"), rs.getBoolean("public"));
    }

    /**
     * The views of a page of reports with their histories and photos read in two queries for the whole page (not
     * two per row, which made the public list's pages slow).
     */
    private List<View> views(List<Report> rows, boolean publicly) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(Report::id).toList();
        Map<Long, List<Event>> events = new HashMap<>();
        jdbc.sql("select * from feedback_event where report_id in (:ids) order by report_id, at, id")
                .param("ids", ids).query((java.sql.ResultSet rs) -> {
                    events.computeIfAbsent(rs.getLong("report_id"), k -> new ArrayList<>()).add(event(rs));
                });
        Map<Long, List<Long>> photos = new HashMap<>();
        jdbc.sql("select report_id, id from feedback_photo where report_id in (:ids) order by report_id, position")
                .param("ids", ids).query((java.sql.ResultSet rs) -> {
                    photos.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                });
        Map<String, String> categoryNames = new HashMap<>();
        java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        rules.categories().forEach(c -> categoryNames.put(c.code(), c.name(locale)));
        Map<String, String> bodyNames = new HashMap<>();
        return rows.stream().map(r -> view(r, publicly, events.getOrDefault(r.id(), List.of()),
                photos.getOrDefault(r.id(), List.of()), categoryNames, bodyNames)).toList();
    }

    /** "ON_TIME", "EXTENDED" (late, within a justified extension), "LATE", or null while unanswered. */
    public static String timeliness(Report r) {
        if (r.answeredOn() == null) {
            return null;
        }
        if (!r.answeredOn().isAfter(r.dueOn())) {
            return "ON_TIME";
        }
        return r.extendedDueOn() != null && !r.answeredOn().isAfter(r.extendedDueOn()) ? "EXTENDED" : "LATE";
    }

    View view(Report r, boolean publicly) {
        return view(r, publicly, history(r.id()), jdbc.sql(
                "select id from feedback_photo where report_id = :id order by position")
                .param("id", r.id()).query(Long.class).list(), null, new HashMap<>());
    }

    /**
     * A report's view; {@code categoryNames} (null: read the category) and {@code bodyNames} (filled as it goes)
     * name the categories and bodies once for a whole page instead of one query per row.
     */
    private View view(Report r, boolean publicly, List<Event> history, List<Long> photos,
            Map<String, String> categoryNames, Map<String, String> bodyNames) {
        LocalDate on = today.date();
        boolean overdue = r.status().awaitingAnswer() && on.isAfter(r.currentDueOn());
        boolean soon = r.status().awaitingAnswer() && !overdue
                && rules.calendar().workingDaysBetween(on, r.currentDueOn()) <= 2;
        if (publicly) {
            history = history.stream().filter(Event::shownPublicly)
                    .map(e -> new Event(e.at(), e.on(), null, e.kind(), e.statusTo(), e.bodyFrom(), e.bodyTo(),
                            e.days(), e.note(), true)).toList();
        }
        boolean hide = publicly || (r.anonymous() && !permissions.may("report.anonymous.identity",
                r.communeCode(), r.receivedOn()));
        Report shown = hide ? r.withoutIdentity() : r;
        String categoryName = categoryNames != null ? categoryNames.getOrDefault(r.categoryCode(), r.categoryCode())
                : rules.category(r.categoryCode()).map(c -> c.name(
                        org.springframework.context.i18n.LocaleContextHolder.getLocale())).orElse(r.categoryCode());
        String bodyName = r.bodyCode() == null ? null : bodyNames.computeIfAbsent(r.bodyCode(), this::bodyName);
        return new View(shown, categoryName,
                unitName(r.communeCode(), r.receivedOn()), r.areaCode() == null ? null
                        : unitName(r.areaCode(), r.receivedOn()), bodyName, overdue, soon,
                timeliness(r), history, photos, hide);
    }

    public String bodyName(String code) {
        return code == null ? null : bodies.find(code).map(Body::name).orElse(code);
    }

    private String unitName(String code, LocalDate on) {
        return territory.find(code, on, UnitScope.ALL).map(UnitView::fullName)
                .or(() -> territory.latest(code).map(u -> u.fullName())).orElse(code);
    }

    /** The report for an officer who may view its commune on its date; 403 otherwise, 404 when unknown. */
    public View officerView(long id) {
        Report r = load(id).orElseThrow(() -> new NotFound());
        checkView(r);
        return view(r, false);
    }

    /** The report for its reporter, by tracking code (his identity is his own; it is still not shown). */
    public Optional<View> reporterView(String code) {
        return loadByCode(code).map(r -> view(r, true));
    }

    /** The report as the public sees it, by public number. */
    public Optional<View> publicView(String publicNo) {
        if (publicNo == null || publicNo.length() > 20) {
            return Optional.empty();
        }
        return loadByNumber(publicNo).map(r -> view(r, true));
    }

    /** A photo's bytes (already stripped of metadata), public like the report. */
    public Optional<byte[]> photo(long id) {
        return jdbc.sql("select bytes from feedback_photo where id = :id").param("id", id).query(byte[].class)
                .optional();
    }

    private void checkView(Report r) {
        if (!permissions.may("report.view", r.communeCode(), r.receivedOn())) {
            throw new AccessDeniedException("report outside the user's units");
        }
    }

    /** Filters of the inbox and of the public list; blank for none. */
    public record Filter(String status, String category, String body, String commune, String q, boolean overdue) {
    }

    /** A page of a list. */
    public record Page(List<View> rows, int page, int pages, long total) {
    }

    /** The officer's inbox: reports of the communes he may view, newest first. */
    public Page inbox(Filter f, int page) {
        List<String> communes = jdbc.sql("select commune_code, max(received_on) d from feedback_report group by 1")
                .query((rs, i) -> Map.entry(rs.getString(1), rs.getObject(2, LocalDate.class))).list().stream()
                .filter(e -> permissions.may("report.view", e.getKey(), e.getValue())).map(Map.Entry::getKey)
                .toList();
        return list(f, page, communes, false);
    }

    /** The public list: every report, without identities. */
    public Page publicList(Filter f, int page) {
        return list(f, page, null, true);
    }

    private Page list(Filter f, int page, List<String> communes, boolean publicly) {
        if (communes != null && communes.isEmpty()) {
            return new Page(List.of(), 0, 1, 0);
        }
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> params = new HashMap<>();
        if (communes != null) {
            where.append(" and commune_code in (:communes)");
            params.put("communes", communes);
        }
        if (!blank(f.status())) {
            if (f.status().equals("open")) {
                where.append(" and status in ('RECEIVED', 'ASSIGNED', 'IN_PROGRESS', 'REOPENED')");
            } else {
                try {
                    params.put("status", ReportStatus.valueOf(f.status()).name());
                    where.append(" and status = :status");
                } catch (IllegalArgumentException e) {
                    throw new Refused("status", "feedback.refused.status");
                }
            }
        }
        if (!blank(f.category())) {
            where.append(" and category_code = :cat");
            params.put("cat", f.category());
        }
        if (!blank(f.body())) {
            where.append(" and body_code = :body");
            params.put("body", f.body());
        }
        if (!blank(f.commune())) {
            where.append(" and commune_code = :commune");
            params.put("commune", f.commune());
        }
        if (!blank(f.q())) {
            where.append(" and search_key like :q escape '\\'");
            params.put("q", "%" + VietnameseText.likeKey(f.q().length() > 200 ? f.q().substring(0, 200) : f.q())
                    + "%");
        }
        if (f.overdue()) {
            where.append(" and status in ('RECEIVED', 'ASSIGNED', 'IN_PROGRESS', 'REOPENED') and current_due_on < :today");
            params.put("today", today.date());
        }
        long total = jdbc.sql("select count(*) from feedback_report" + where).params(params).query(Long.class)
                .single();
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int p = Math.max(0, Math.min(page, pages - 1));
        params.put("limit", PAGE_SIZE);
        params.put("offset", p * PAGE_SIZE);
        List<Report> rows = jdbc.sql("select " + COLUMNS + " from feedback_report" + where
                + " order by received_at desc, id desc limit :limit offset :offset").params(params)
                .query(Reports::report).list();
        return new Page(views(rows, publicly), p, pages, total);
    }

    /** How far the public list counts its reports ("hơn 10.000 phản ánh" past it) and how deep ?page= goes. */
    public static final int COUNT_CAP = 10_000;

    /**
     * A page of the public list read by keyset: {@code after} and {@code before} are the ids of the last and the
     * first row of the page to continue from (null when there is no such page), {@code total} is counted up to
     * {@link #COUNT_CAP} ({@code more} when there are more).
     */
    public record PublicPage(List<View> rows, Long before, Long after, long total, boolean more) {
    }

    /**
     * The public list, newest first, without identities, filtered by status ("open" for every state awaiting an
     * answer), category and commune (blank for all): the page after the report {@code after}, or before the report
     * {@code before}, or (old links) the page numbered {@code page}, its offset bounded by {@link #COUNT_CAP}. Each
     * page is read from an index in that order ({@code V13_10}) in a bounded number of queries whatever the table's
     * size: no count of the whole table, no offset past the cap.
     */
    public PublicPage publicPage(String status, String category, String commune, Long after, Long before, int page) {
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> params = new HashMap<>();
        if (!blank(status)) {
            if (status.equals("open")) {
                where.append(" and status in ('RECEIVED', 'ASSIGNED', 'IN_PROGRESS', 'REOPENED')");
            } else {
                try {
                    params.put("status", ReportStatus.valueOf(status).name());
                    where.append(" and status = :status");
                } catch (IllegalArgumentException e) {
                    throw new Refused("status", "feedback.refused.status");
                }
            }
        }
        if (!blank(category)) {
            where.append(" and category_code = :cat");
            params.put("cat", category);
        }
        if (!blank(commune)) {
            where.append(" and commune_code = :commune");
            params.put("commune", commune);
        }
        long counted = jdbc.sql("select count(*) from (select 1 from feedback_report" + where + " limit "
                + (COUNT_CAP + 1) + ") capped").params(params).query(Long.class).single();
        Long cursorId = after != null ? after : before;
        Map<String, Object> cursor = cursorId == null ? null : jdbc.sql("select received_at, id from feedback_report "
                + "where id = :id").param("id", cursorId).query().listOfRows().stream().findFirst().orElse(null);
        params.put("limit", PAGE_SIZE + 1);
        List<Report> rows;
        boolean hasBefore;
        boolean hasAfter;
        if (cursor != null && before == null) {
            params.put("cur_at", cursor.get("received_at"));
            params.put("cur_id", cursor.get("id"));
            rows = new ArrayList<>(jdbc.sql("select " + COLUMNS + " from feedback_report" + where
                    + " and (received_at, id) < (:cur_at, :cur_id) order by received_at desc, id desc limit :limit")
                    .params(params).query(Reports::report).list());
            hasBefore = true;
            hasAfter = rows.size() > PAGE_SIZE;
            if (hasAfter) {
                rows.remove(PAGE_SIZE);
            }
        } else if (cursor != null) {
            params.put("cur_at", cursor.get("received_at"));
            params.put("cur_id", cursor.get("id"));
            rows = new ArrayList<>(jdbc.sql("select " + COLUMNS + " from feedback_report" + where
                    + " and (received_at, id) > (:cur_at, :cur_id) order by received_at, id limit :limit")
                    .params(params).query(Reports::report).list());
            hasBefore = rows.size() > PAGE_SIZE;
            if (hasBefore) {
                rows.remove(PAGE_SIZE);
            }
            java.util.Collections.reverse(rows);
            hasAfter = true;
            if (rows.isEmpty()) {
                return publicPage(status, category, commune, null, null, 0);
            }
        } else {
            int offset = Math.max(0, Math.min(page, COUNT_CAP / PAGE_SIZE)) * PAGE_SIZE;
            if (offset >= counted && counted > 0) {
                offset = (int) ((counted - 1) / PAGE_SIZE) * PAGE_SIZE;
            }
            params.put("offset", offset);
            rows = new ArrayList<>(jdbc.sql("select " + COLUMNS + " from feedback_report" + where
                    + " order by received_at desc, id desc limit :limit offset :offset").params(params)
                    .query(Reports::report).list());
            hasBefore = offset > 0;
            hasAfter = rows.size() > PAGE_SIZE;
            if (hasAfter) {
                rows.remove(PAGE_SIZE);
            }
        }
        return new PublicPage(views(rows, true), hasBefore && !rows.isEmpty() ? rows.get(0).id() : null,
                hasAfter ? rows.get(rows.size() - 1).id() : null, Math.min(counted, COUNT_CAP),
                counted > COUNT_CAP);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The bodies that hold reports now, for the inbox's filter. */
    public Map<String, String> bodiesInUse() {
        Map<String, String> out = new LinkedHashMap<>();
        jdbc.sql("select distinct body_code from feedback_report where body_code is not null order by 1")
                .query(String.class).list().forEach(c -> out.put(c, bodyName(c)));
        return out;
    }

    // ---------------------------------------------------------------- reads for other systems (Open311)

    /** A report as other systems may read it: without identity, with the time of its last public change. */
    public record Published(Report report, Instant updatedAt, Long firstPhotoId) {
    }

    /** A public line of a report's history, with the report's public number. */
    public record PublishedEvent(long eventId, String publicNo, Event event) {
    }

    /**
     * Reports without identity, newest first, at most {@code limit}: those numbered in {@code publicNos} when it is
     * not empty (the other filters then ignored), else those received in [from, to) of the categories (all when
     * empty) and, when {@code open} is not null, open or closed for Open311 ({@link ReportStatus#open()}).
     */
    public List<Published> published(java.util.Collection<String> publicNos, java.util.Collection<String> categories,
            Boolean open, Instant from, Instant to, int limit) {
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> params = new HashMap<>();
        if (!publicNos.isEmpty()) {
            where.append(" and public_no in (:nos)");
            params.put("nos", publicNos);
        } else {
            where.append(" and received_at >= :from and received_at < :to");
            params.put("from", java.sql.Timestamp.from(from));
            params.put("to", java.sql.Timestamp.from(to));
            if (!categories.isEmpty()) {
                where.append(" and category_code in (:cats)");
                params.put("cats", categories);
            }
            if (open != null) {
                where.append(" and status in (:statuses)");
                params.put("statuses", java.util.Arrays.stream(ReportStatus.values()).filter(x -> x.open() == open)
                        .map(Enum::name).toList());
            }
        }
        params.put("limit", Math.max(1, Math.min(limit, 1000)));
        return jdbc.sql("select " + COLUMNS + ", (select max(e.at) from feedback_event e where e.report_id = "
                + "feedback_report.id and e.public) as updated_at, (select min(p.id) from feedback_photo p where "
                + "p.report_id = feedback_report.id) as photo_id from feedback_report" + where
                + " order by received_at desc, id desc limit :limit").params(params)
                .query((rs, i) -> new Published(report(rs, i).withoutIdentity(),
                        rs.getTimestamp("updated_at") == null ? null : rs.getTimestamp("updated_at").toInstant(),
                        (Long) rs.getObject("photo_id"))).list();
    }

    /** The public lines of the history of reports, changed in [from, to), oldest first, at most {@code limit}. */
    public List<PublishedEvent> publishedEvents(Instant from, Instant to, int limit) {
        return jdbc.sql("""
                select e.id, r.public_no, e.at, e.on_date, e.kind, e.status_to, e.body_from, e.body_to, e.days, e.note
                from feedback_event e join feedback_report r on r.id = e.report_id
                where e.public and e.at >= :from and e.at < :to order by e.at, e.id limit :limit""")
                .param("from", java.sql.Timestamp.from(from)).param("to", java.sql.Timestamp.from(to))
                .param("limit", Math.max(1, Math.min(limit, 1000)))
                .query((rs, i) -> new PublishedEvent(rs.getLong("id"), rs.getString("public_no"), new Event(
                        rs.getTimestamp("at").toInstant(), rs.getObject("on_date", LocalDate.class), null,
                        rs.getString("kind"), rs.getString("status_to") == null ? null
                                : ReportStatus.valueOf(rs.getString("status_to")), rs.getString("body_from"),
                        rs.getString("body_to"), (Integer) rs.getObject("days"), rs.getString("note"), true)))
                .list();
    }

    // ---------------------------------------------------------------- handling

    /** An action of the officer's form on a report. */
    public record Command(String action, String text, String body, String days, String duplicateOf) {
    }

    /** Applies the officer's action; refused with the field at fault, 403 when he may not handle the report. */
    @Transactional
    public void handle(long id, Command c) {
        Report r = load(id).orElseThrow(NotFound::new);
        if (!mayHandle(r)) {
            throw new AccessDeniedException("may not handle this report");
        }
        String text = trim(c.text());
        if (text.length() > 4000) {
            throw new Refused("text", "feedback.refused.text", 4000);
        }
        LocalDate on = today.date();
        String actor = permissions.username();
        String action = trim(c.action());
        if (!r.status().awaitingAnswer()) {
            throw new Refused("action", "feedback.refused.closed");
        }
        switch (action) {
            case "start" -> {
                if (r.status() == ReportStatus.IN_PROGRESS) {
                    throw new Refused("action", "feedback.refused.transition");
                }
                set(r, "status = 'IN_PROGRESS'", Map.of());
                event(id, today.now(), on, actor, "STARTED", ReportStatus.IN_PROGRESS, null, null, null,
                        text.isEmpty() ? null : text, true);
            }
            case "answer" -> {
                require(text, "text");
                finish(r, ReportStatus.ANSWERED, "answer = :text", Map.of("text", text), false);
                event(id, today.now(), on, actor, "ANSWERED", ReportStatus.ANSWERED, null, null, null, text, true);
            }
            case "reassign" -> {
                require(text, "text");
                Body to = bodies.find(trim(c.body())).filter(b -> b.validOn(on))
                        .orElseThrow(() -> new Refused("body", "feedback.refused.body"));
                if (to.code().equals(r.bodyCode())) {
                    throw new Refused("body", "feedback.refused.sameBody");
                }
                set(r, "status = 'ASSIGNED', body_code = :b", Map.of("b", to.code()));
                event(id, today.now(), on, actor, "REASSIGNED", ReportStatus.ASSIGNED, r.bodyCode(), to.code(), null,
                        text, true);
            }
            case "forward" -> {
                require(text, "text");
                finish(r, ReportStatus.FORWARDED, "answer = :text", Map.of("text", text), true);
                event(id, today.now(), on, actor, "FORWARDED", ReportStatus.FORWARDED, null, null, null, text, true);
            }
            case "reject" -> {
                require(text, "text");
                finish(r, ReportStatus.REJECTED, "answer = :text", Map.of("text", text), true);
                event(id, today.now(), on, actor, "REJECTED", ReportStatus.REJECTED, null, null, null, text, true);
            }
            case "duplicate" -> {
                Report of = loadByNumber(trim(c.duplicateOf()).toUpperCase(java.util.Locale.ROOT))
                        .filter(o -> o.id() != r.id() && o.communeCode().equals(r.communeCode()))
                        .orElseThrow(() -> new Refused("duplicateOf", "feedback.refused.duplicateOf"));
                finish(r, ReportStatus.DUPLICATE, "duplicate_of = :of", Map.of("of", of.id()), true);
                event(id, today.now(), on, actor, "DUPLICATE", ReportStatus.DUPLICATE, null, null, null,
                        of.publicNo(), true);
            }
            case "extend" -> {
                require(text, "text");
                int days;
                try {
                    days = Integer.parseInt(trim(c.days()));
                } catch (NumberFormatException e) {
                    days = -1;
                }
                if (days < 1 || days > 30) {
                    throw new Refused("days", "feedback.refused.days", 1, 30);
                }
                if (r.extensionDays() + days > 30) {
                    throw new Refused("days", "feedback.refused.extensionTotal", 30);
                }
                LocalDate base = r.extendedDueOn() == null ? r.dueOn() : r.extendedDueOn();
                LocalDate to = rules.calendar().addWorkingDays(base, days);
                LocalDate current = r.currentDueOn().isAfter(to) ? r.currentDueOn() : to;
                set(r, "extended_due_on = :to, extension_days = extension_days + :d, current_due_on = :cur",
                        Map.of("to", to, "d", days, "cur", current));
                event(id, today.now(), on, actor, "EXTENDED", null, null, null, days, text, true);
            }
            default -> throw new Refused("action", "feedback.refused.action");
        }
        Report after = load(id).orElseThrow();
        audit.record("UPDATE", AUDIT, r.publicNo(), "Xử lý phản ánh " + r.publicNo() + ": " + action,
                Map.of("status", r.status().name(), "body", String.valueOf(r.bodyCode())),
                Map.of("status", after.status().name(), "body", String.valueOf(after.bodyCode())));
    }

    private void finish(Report r, ReportStatus to, String extra, Map<String, Object> params, boolean closed) {
        Map<String, Object> all = new HashMap<>(params);
        all.put("to", to.name());
        all.put("on", today.date());
        set(r, "status = :to, " + extra + ", answered_on = coalesce(answered_on, :on)"
                + (closed ? ", closed_on = :on" : ""), all);
    }

    private void set(Report r, String assignments, Map<String, Object> params) {
        jdbc.sql("update feedback_report set " + assignments + " where id = :id").params(params)
                .param("id", r.id()).update();
    }

    private static void require(String text, String field) {
        if (text.isEmpty()) {
            throw new Refused(field, "feedback.refused.reason");
        }
    }

    /** Whether the current user may act on the report: on its commune, for its body's line of work. */
    public boolean mayHandle(Report r) {
        if (!permissions.may("report.handle", r.communeCode(), r.receivedOn())) {
            return false;
        }
        if (permissions.administrator()) {
            return true;
        }
        Set<Function> mine = permissions.functions();
        if (mine.contains(Function.COMMUNE) || mine.contains(Function.OFFICE)) {
            return true;
        }
        Set<Function> of = r.bodyCode() == null ? Set.of()
                : bodies.find(r.bodyCode()).map(Body::functions).orElse(Set.of());
        return of.stream().anyMatch(mine::contains);
    }

    // ---------------------------------------------------------------- the reporter's answer

    /** The reporter accepts the answer or reopens the report, with an optional rating of 1 to 5. */
    @Transactional
    public void reply(String code, boolean accept, String ratingText, String reason) {
        Report r = loadByCode(code).orElseThrow(NotFound::new);
        if (r.status() != ReportStatus.ANSWERED) {
            throw new Refused(null, "feedback.refused.notAnswered");
        }
        Integer rating = null;
        if (ratingText != null && !ratingText.isBlank()) {
            try {
                rating = Integer.parseInt(ratingText.strip());
            } catch (NumberFormatException e) {
                rating = 0;
            }
            if (rating < 1 || rating > 5) {
                throw new Refused("rating", "feedback.refused.rating");
            }
        }
        String why = trim(reason);
        if (why.length() > 2000) {
            throw new Refused("reason", "feedback.refused.text", 2000);
        }
        LocalDate on = today.date();
        if (accept) {
            jdbc.sql("update feedback_report set status = 'RESOLVED', accepted = true, rating = :r, closed_on = :on "
                    + "where id = :id").param("r", rating).param("on", on).param("id", r.id()).update();
            event(r.id(), today.now(), on, null, "CONFIRMED", ReportStatus.RESOLVED, null, null, rating, null, true);
        } else {
            require(why, "reason");
            Category category = rules.category(r.categoryCode()).orElseThrow();
            LocalDate due = rules.calendar().addWorkingDays(on, category.deadlineDays() == null ? 10
                    : category.deadlineDays());
            jdbc.sql("update feedback_report set status = 'REOPENED', accepted = false, rating = :r, "
                    + "reopen_count = reopen_count + 1, current_due_on = :due where id = :id").param("r", rating)
                    .param("due", due).param("id", r.id()).update();
            event(r.id(), today.now(), on, null, "REOPENED", ReportStatus.REOPENED, null, null, rating, why, true);
        }
        audit.recordAs("anonymous", "UPDATE", AUDIT, r.publicNo(), (accept ? "Người phản ánh đồng ý " : "Người phản "
                + "ánh mở lại ") + r.publicNo(), Map.of("status", r.status().name()), Map.of("status",
                accept ? "RESOLVED" : "REOPENED"));
    }

    public void event(long id, Instant at, LocalDate on, String actor, String kind, ReportStatus to, String from,
            String bodyTo, Integer days, String note, boolean shown) {
        jdbc.sql("""
                insert into feedback_event (report_id, at, on_date, actor, kind, status_to, body_from, body_to, days,
                    note, public)
                values (:r, :at, :on, :actor, :kind, :to, :from, :bto, :days, :note, :pub)""")
                .param("r", id).param("at", java.sql.Timestamp.from(at)).param("on", on).param("actor", actor)
                .param("kind", kind).param("to", to == null ? null : to.name()).param("from", from)
                .param("bto", bodyTo).param("days", days).param("note", note).param("pub", shown).update();
    }

    /** An unknown report: 404. */
    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
    public static class NotFound extends RuntimeException {
        public NotFound() {
            super("no such report");
        }
    }
}
