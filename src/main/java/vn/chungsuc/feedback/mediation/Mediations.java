package vn.chungsuc.feedback.mediation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chungsuc.feedback.FeedbackPermissions;
import vn.chungsuc.feedback.supervision.Supervision;
import vn.chungsuc.feedback.supervision.UnitChoices;
import vn.chungsuc.shared.audit.AuditLog;
import vn.chungsuc.shared.problem.Refused;
import vn.chungsuc.shared.stats.StatisticChanged;
import vn.chungsuc.shared.text.VietnameseText;
import vn.chungsuc.shared.time.Dates;
import vn.chungsuc.shared.time.Today;

/**
 * The cases of the residential areas' mediation teams (tổ hòa giải, Luật Hòa giải ở cơ sở 35/2013/QH13): each with
 * its area, date, subject, parties (shown to officers only: nothing of a case is public), mediators and outcome
 * (thành, không thành, đang hòa giải). Every read checks the case's area against the user's units on the case's
 * date; every write is audited and tells the indicators that the area's counts changed.
 */
@Service
@Transactional(readOnly = true)
public class Mediations {

    static final String AUDIT = "feedback.mediation";
    public static final List<String> OUTCOMES = List.of("SUCCESS", "FAILED", "ONGOING");
    public static final int PAGE_SIZE = 25;

    private final JdbcClient jdbc;
    private final FeedbackPermissions permissions;
    private final UnitChoices units;
    private final Today today;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    Mediations(JdbcClient jdbc, FeedbackPermissions permissions, UnitChoices units, Today today, AuditLog audit,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.permissions = permissions;
        this.units = units;
        this.today = today;
        this.audit = audit;
        this.events = events;
    }

    public record Case(long id, String communeCode, String areaCode, String areaName, LocalDate receivedOn,
            String subject, String parties, String mediators, String outcome, LocalDate concludedOn) {
    }

    public record Page(List<Case> rows, int page, int pages, long total) {
    }

    /** Per area and year: cases, of which mediated successfully, failed, ongoing. */
    public record Count(String areaCode, String areaName, int year, int cases, int success, int failed,
            int ongoing) {
    }

    private Case row(ResultSet rs, int i) throws SQLException {
        LocalDate on = rs.getObject("received_on", LocalDate.class);
        return new Case(rs.getLong("id"), rs.getString("commune_code"), rs.getString("area_code"),
                units.name(rs.getString("area_code"), on), on, rs.getString("subject"), rs.getString("parties"),
                rs.getString("mediators"), rs.getString("outcome"), rs.getObject("concluded_on", LocalDate.class));
    }

    private List<String> visibleAreas() {
        return jdbc.sql("select area_code, min(received_on) from feedback_mediation_case group by 1")
                .query((rs, i) -> Map.entry(rs.getString(1), rs.getObject(2, LocalDate.class))).list().stream()
                .filter(e -> permissions.may("mediation.view", e.getKey(), e.getValue())).map(Map.Entry::getKey)
                .toList();
    }

    public Page list(String q, String outcome, String year, String unit, int page) {
        List<String> areas = visibleAreas();
        if (areas.isEmpty()) {
            return new Page(List.of(), 0, 1, 0);
        }
        StringBuilder where = new StringBuilder(" where area_code in (:areas)");
        Map<String, Object> params = new HashMap<>();
        params.put("areas", areas);
        if (outcome != null && !outcome.isBlank()) {
            if (!OUTCOMES.contains(outcome)) {
                throw new Refused("outcome", "feedback.mediation.outcome.invalid");
            }
            where.append(" and outcome = :o");
            params.put("o", outcome);
        }
        Integer y = year(year);
        if (y != null) {
            where.append(" and extract(year from received_on) = :y");
            params.put("y", y);
        }
        if (unit != null && !unit.isBlank()) {
            where.append(" and (area_code = :u or commune_code = :u)");
            params.put("u", unit.length() > 40 ? "" : unit.strip());
        }
        if (q != null && !q.isBlank()) {
            where.append(" and search_key like :q escape '\\'");
            params.put("q", "%" + VietnameseText.likeKey(q.length() > 200 ? q.substring(0, 200) : q) + "%");
        }
        long total = jdbc.sql("select count(*) from feedback_mediation_case" + where).params(params)
                .query(Long.class).single();
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int p = Math.max(0, Math.min(page, pages - 1));
        params.put("limit", PAGE_SIZE);
        params.put("offset", p * PAGE_SIZE);
        return new Page(jdbc.sql("select * from feedback_mediation_case" + where
                + " order by received_on desc, id desc limit :limit offset :offset").params(params).query(this::row)
                .list(), p, pages, total);
    }

    /** The counts per area and year of the areas the user may view. */
    public List<Count> counts(String year) {
        List<String> areas = visibleAreas();
        if (areas.isEmpty()) {
            return List.of();
        }
        Integer y = year(year);
        Map<String, Object> params = new HashMap<>();
        params.put("areas", areas);
        String filter = "";
        if (y != null) {
            filter = " and extract(year from received_on) = :y";
            params.put("y", y);
        }
        return jdbc.sql("select area_code, extract(year from received_on)::int y, count(*) n, "
                + "count(*) filter (where outcome = 'SUCCESS') s, count(*) filter (where outcome = 'FAILED') f, "
                + "count(*) filter (where outcome = 'ONGOING') o from feedback_mediation_case "
                + "where area_code in (:areas)" + filter + " group by 1, 2 order by 2 desc, 1").params(params)
                .query((rs, i) -> new Count(rs.getString(1), units.name(rs.getString(1),
                        LocalDate.of(rs.getInt(2), 12, 31)), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
                        rs.getInt(6))).list();
    }

    public Case get(long id) {
        Case c = jdbc.sql("select * from feedback_mediation_case where id = :id").param("id", id).query(this::row)
                .optional().orElseThrow(Supervision.NotFound::new);
        if (!permissions.may("mediation.view", c.areaCode(), c.receivedOn())) {
            throw new AccessDeniedException("case outside the user's units");
        }
        return c;
    }

    public boolean mayRecord(Case c) {
        return permissions.may("mediation.record", c.areaCode(), c.receivedOn());
    }

    public record CaseForm(String area, String receivedOn, String subject, String parties, String mediators,
            String outcome, String concludedOn) {
    }

    private Optional<String> communeOf(String area, LocalDate on) {
        return units.communes(on).stream().filter(c -> c.areas().stream().anyMatch(a -> a.code().equals(area)))
                .map(c -> c.commune().code()).findFirst();
    }

    @Transactional
    public long create(CaseForm f) {
        List<Refused.Reason> wrong = new ArrayList<>();
        LocalDate received = Dates.parse(f.receivedOn()).filter(d -> d.getYear() >= 2000).orElse(null);
        if (received == null) {
            wrong.add(Refused.Reason.of("receivedOn", "feedback.supervision.date.invalid"));
        } else if (received.isAfter(today.date())) {
            wrong.add(Refused.Reason.of("receivedOn", "feedback.mediation.date.future"));
        }
        String area = f.area() == null ? "" : f.area().strip();
        LocalDate on = received == null ? today.date() : received;
        String commune = area.length() > 40 ? null : communeOf(area, on).orElse(null);
        if (commune == null) {
            wrong.add(Refused.Reason.of("area", "feedback.mediation.area.unknown"));
        } else if (!permissions.may("mediation.record", area, on)) {
            throw new AccessDeniedException("may not record mediation in " + area);
        }
        String subject = text(f.subject(), 1000, "subject", true, wrong);
        String parties = text(f.parties(), 1000, "parties", true, wrong);
        String mediators = text(f.mediators(), 1000, "mediators", false, wrong);
        String outcome = f.outcome() == null ? "" : f.outcome();
        if (!OUTCOMES.contains(outcome)) {
            wrong.add(Refused.Reason.of("outcome", "feedback.mediation.outcome.invalid"));
        }
        LocalDate concluded = null;
        if (f.concludedOn() != null && !f.concludedOn().isBlank()) {
            concluded = Dates.parse(f.concludedOn()).orElse(null);
            if (concluded == null || received != null && concluded.isBefore(received)
                    || concluded.isAfter(today.date())) {
                wrong.add(Refused.Reason.of("concludedOn", "feedback.mediation.concluded.invalid"));
            }
        }
        if (OUTCOMES.contains(outcome) && outcome.equals("ONGOING") != (concluded == null)
                && wrong.stream().noneMatch(r -> r.field().equals("concludedOn"))) {
            wrong.add(Refused.Reason.of("concludedOn", outcome.equals("ONGOING") ? "feedback.mediation.concluded.ongoing"
                    : "feedback.mediation.concluded.required"));
        }
        if (!wrong.isEmpty()) {
            throw new Refused(wrong);
        }
        long id = jdbc.sql("""
                insert into feedback_mediation_case (commune_code, area_code, received_on, subject, parties, mediators,
                    outcome, concluded_on, created_by, search_key)
                values (:c, :a, :on, :s, :p, :m, :o, :done, :by, :k) returning id""").param("c", commune)
                .param("a", area).param("on", received).param("s", subject).param("p", parties)
                .param("m", mediators).param("o", outcome).param("done", concluded)
                .param("by", permissions.username()).param("k", VietnameseText.searchKey(subject + " " + parties))
                .query(Long.class).single();
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("area", area);
        v.put("receivedOn", received.toString());
        v.put("subject", subject);
        v.put("outcome", outcome);
        audit.record("CREATE", AUDIT, String.valueOf(id), "Ghi vụ việc hòa giải", null, v);
        changed(area, received);
        return id;
    }

    @Transactional
    public void delete(long id) {
        Case c = get(id);
        if (!mayRecord(c)) {
            throw new AccessDeniedException("may not delete the case");
        }
        jdbc.sql("delete from feedback_mediation_case where id = :id").param("id", id).update();
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("area", c.areaCode());
        v.put("receivedOn", c.receivedOn().toString());
        v.put("subject", c.subject());
        v.put("outcome", c.outcome());
        audit.record("DELETE", AUDIT, String.valueOf(id), "Xóa vụ việc hòa giải", v, null);
        changed(c.areaCode(), c.receivedOn());
    }

    private void changed(String area, LocalDate on) {
        events.publishEvent(StatisticChanged.at(MediationStatistics.CASES, area, on));
        events.publishEvent(StatisticChanged.at(MediationStatistics.SUCCESSFUL, area, on));
    }

    private static Integer year(String year) {
        if (year == null || year.isBlank()) {
            return null;
        }
        try {
            int y = Integer.parseInt(year.strip());
            if (y >= 2000 && y <= 2100) {
                return y;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new Refused("year", "feedback.supervision.year.invalid");
    }

    private static String text(String text, int max, String field, boolean required, List<Refused.Reason> wrong) {
        String t = text == null ? "" : text.strip();
        if ((required && t.isEmpty()) || t.length() > max) {
            wrong.add(Refused.Reason.of(field, "feedback.supervision.text.invalid", max));
        }
        return t;
    }
}
