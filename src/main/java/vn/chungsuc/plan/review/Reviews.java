package vn.chungsuc.plan.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chungsuc.campaign.CampaignApi;
import vn.chungsuc.campaign.ProgrammeView;
import vn.chungsuc.plan.PlanPermissions;
import vn.chungsuc.shared.audit.AuditLog;
import vn.chungsuc.shared.awards.AwardRegister;
import vn.chungsuc.shared.awards.AwardRegister.AwardLine;
import vn.chungsuc.shared.awards.AwardRegister.NewAward;
import vn.chungsuc.shared.awards.AwardRegister.Occasion;
import vn.chungsuc.shared.permission.CurrentActor;
import vn.chungsuc.shared.problem.Refused;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.shared.time.Dates;
import vn.chungsuc.shared.time.Period;
import vn.chungsuc.shared.time.Today;
import vn.chungsuc.territory.TerritoryApi;
import vn.chungsuc.territory.UnitView;

/**
 * Issue 15 item 5: the Front's 6-monthly and yearly inspections of units under a programme (team, date, units,
 * findings, follow-up tasks with owner and deadline, their closure) and the programme's reviews (sơ kết 2 năm, 3 năm,
 * tổng kết, seed V) as events with their report and the awards decided there (through the awards register). Who may
 * view or record is checked on the programme's unit as it was on the day.
 */
@Service
@Transactional(readOnly = true)
public class Reviews {

    public static final String OCCASION = "PLAN_REVIEW";

    /** The reviews of a programme, by the years they come after its start (seed V: 2018, 2019, 2020). */
    public enum Kind {
        TWO_YEAR, THREE_YEAR, FINAL
    }

    public record FollowUp(long id, long inspectionId, String title, String owner, LocalDate dueOn,
            LocalDate closedOn, String closingNote) {

        public boolean overdue(LocalDate today) {
            return closedOn == null && today.isAfter(dueOn);
        }
    }

    public record Inspection(long id, long programmeId, String organiserUnit, String period, String team,
            LocalDate heldOn, String findings, List<String> unitNames, List<FollowUp> followUps) {

        public long open() {
            return followUps.stream().filter(f -> f.closedOn() == null).count();
        }
    }

    public record Review(long id, long programmeId, Kind kind, String period, LocalDate heldOn, String title,
            String reportText, String reportName) {
    }

    public record ReviewPage(ProgrammeView programme, Review review, List<AwardLine> awards, boolean mayRecord) {
    }

    public record File(String name, String contentType, byte[] content) {
    }

    private final JdbcClient jdbc;
    private final CampaignApi campaign;
    private final TerritoryApi territory;
    private final PlanPermissions permissions;
    private final CurrentActor actors;
    private final Today today;
    private final AuditLog audit;
    private final AwardRegister awards;

    Reviews(JdbcClient jdbc, CampaignApi campaign, TerritoryApi territory, PlanPermissions permissions,
            CurrentActor actors, Today today, AuditLog audit, AwardRegister awards) {
        this.jdbc = jdbc;
        this.campaign = campaign;
        this.territory = territory;
        this.permissions = permissions;
        this.actors = actors;
        this.today = today;
        this.audit = audit;
        this.awards = awards;
    }

    public LocalDate today() {
        return today.date();
    }

    /** The programmes whose reviews the user may see. */
    public List<ProgrammeView> programmes() {
        return campaign.programmes().stream()
                .filter(p -> permissions.may("review.view", p.unitCode(), p.issuedOn())).toList();
    }

    public ProgrammeView programme(long id, String action) {
        ProgrammeView p = campaign.programme(id).orElseThrow(() -> new AccessDeniedException("no programme " + id));
        if (!permissions.may(action, p.unitCode(), p.issuedOn())) {
            throw new AccessDeniedException("may not " + action + " on programme " + id);
        }
        return p;
    }

    public List<Review> reviews(long programmeId) {
        programme(programmeId, "review.view");
        return jdbc.sql(REVIEW + " where programme_id = :p order by held_on").param("p", programmeId)
                .query(Reviews::review).list();
    }

    public ReviewPage review(long id) {
        Review r = jdbc.sql(REVIEW + " where id = :id").param("id", id).query(Reviews::review).optional()
                .orElseThrow(() -> new AccessDeniedException("no review " + id));
        ProgrammeView p = programme(r.programmeId(), "review.view");
        return new ReviewPage(p, r, awards.decidedAt(new Occasion(OCCASION, id)),
                permissions.may("review.record", p.unitCode(), p.issuedOn()));
    }

    /** Records (or corrects) a review of a programme; its period runs from the programme's start to its year. */
    @Transactional
    public long saveReview(long programmeId, String kindText, String heldOnText, String title, String report,
            String fileName, String fileType, byte[] file) {
        ProgrammeView p = programme(programmeId, "review.record");
        List<Refused.Reason> wrong = new ArrayList<>();
        Kind kind = null;
        try {
            kind = Kind.valueOf(kindText == null ? "" : kindText.strip());
        } catch (IllegalArgumentException e) {
            wrong.add(Refused.Reason.of("kind", "plan.review.kind.invalid", kindText == null ? "" : kindText));
        }
        LocalDate held = Dates.parse(heldOnText).orElse(null);
        if (held == null || held.getYear() <= p.periodFrom() || held.getYear() > p.periodTo() + 1
                || held.isAfter(today.date())) {
            wrong.add(Refused.Reason.of("heldOn", "plan.review.heldOn.invalid", p.periodFrom() + 1, p.periodTo() + 1));
        }
        String t = title == null ? "" : title.strip();
        if (t.isEmpty() || t.length() > 500) {
            wrong.add(Refused.Reason.of("title", "plan.review.title.required"));
        }
        String text = report == null ? "" : report.strip();
        if (text.length() > 50000) {
            wrong.add(Refused.Reason.of("reportText", "plan.unityday.text.long", 50000));
        }
        if (!wrong.isEmpty()) {
            throw new Refused(wrong);
        }
        int lastYear = Math.min(held.getYear(), p.periodTo());
        String period = Period.span(p.periodFrom(), Math.max(lastYear, p.periodFrom() + 1)).code();
        Optional<Review> before = jdbc.sql(REVIEW + " where programme_id = :p and kind = :k")
                .param("p", programmeId).param("k", kind.name()).query(Reviews::review).optional();
        long id = jdbc.sql("""
                insert into plan_review (programme_id, kind, period, held_on, title, report_text, recorded_by)
                values (:p, :k, :period, :held, :t, :r, :by)
                on conflict (programme_id, kind) do update set period = :period, held_on = :held, title = :t,
                    report_text = :r, recorded_by = :by
                returning id""").param("p", programmeId).param("k", kind.name()).param("period", period)
                .param("held", held).param("t", t).param("r", text).param("by", actors.current().username())
                .query(Long.class).single();
        if (file != null) {
            jdbc.sql("update plan_review set report_name = :n, report_type = :ty, report_bytes = :b where id = :id")
                    .param("n", fileName == null || fileName.isBlank() ? "bao-cao" : fileName)
                    .param("ty", fileType == null ? "application/octet-stream" : fileType).param("b", file)
                    .param("id", id).update();
        }
        Review after = jdbc.sql(REVIEW + " where id = :id").param("id", id).query(Reviews::review).single();
        audit.record(before.isPresent() ? "UPDATE" : "CREATE", "plan.review", String.valueOf(id),
                "Hội nghị " + t + " (" + p.number() + ")", before.orElse(null), after);
        return id;
    }

    @Transactional
    public long awardAtReview(long reviewId, NewAward award) {
        ReviewPage page = review(reviewId);
        if (!page.mayRecord()) {
            throw new AccessDeniedException("may not record awards at review " + reviewId);
        }
        return awards.recordAt(new Occasion(OCCASION, reviewId), award);
    }

    public Optional<File> reviewFile(long reviewId) {
        review(reviewId);
        return jdbc.sql("select report_name, report_type, report_bytes from plan_review where id = :id "
                + "and report_bytes is not null").param("id", reviewId)
                .query((rs, i) -> new File(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional();
    }

    /** The inspections of a programme, newest first. */
    public List<Inspection> inspections(long programmeId) {
        programme(programmeId, "review.view");
        List<Long> ids = jdbc.sql("select id from plan_inspection where programme_id = :p order by held_on desc, id")
                .param("p", programmeId).query(Long.class).list();
        List<Inspection> out = new ArrayList<>();
        ids.forEach(i -> out.add(load(i)));
        return out;
    }

    public Inspection inspection(long id) {
        Inspection i = load(id);
        programme(i.programmeId(), "review.view");
        return i;
    }

    private Inspection load(long id) {
        Map<String, Object> row = jdbc.sql("""
                select programme_id, organiser_unit, period, team, held_on, findings from plan_inspection
                where id = :id""").param("id", id).query().listOfRows().stream().findFirst()
                .orElseThrow(() -> new AccessDeniedException("no inspection " + id));
        LocalDate held = ((java.sql.Date) row.get("held_on")).toLocalDate();
        List<String> names = jdbc.sql("select unit_code from plan_inspection_unit where inspection_id = :id "
                + "order by unit_code").param("id", id).query(String.class).list().stream()
                .map(c -> territory.find(c, held, UnitScope.ALL).map(UnitView::fullName).orElse(c)).toList();
        List<FollowUp> follow = jdbc.sql("""
                select id, inspection_id, title, owner, due_on, closed_on, closing_note from plan_followup
                where inspection_id = :id order by due_on, id""").param("id", id)
                .query((rs, n) -> new FollowUp(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class), rs.getString(7)))
                .list();
        return new Inspection(id, ((Number) row.get("programme_id")).longValue(), (String) row.get("organiser_unit"),
                (String) row.get("period"), (String) row.get("team"), held, (String) row.get("findings"), names,
                follow);
    }

    /** Records an inspection: a 6-monthly ("2018-H1") or yearly ("2018") check of some units by the Front. */
    @Transactional
    public long inspect(long programmeId, String periodText, String team, String heldOnText, String findings,
            List<String> unitCodes) {
        ProgrammeView p = programme(programmeId, "review.record");
        List<Refused.Reason> wrong = new ArrayList<>();
        Period period = null;
        try {
            period = Period.parse(periodText);
            if (period.span() || period.year() < p.periodFrom() || period.year() > p.periodTo()) {
                wrong.add(Refused.Reason.of("period", "plan.inspection.period.invalid", p.periodFrom(), p.periodTo()));
            }
        } catch (IllegalArgumentException e) {
            wrong.add(Refused.Reason.of("period", "plan.inspection.period.invalid", p.periodFrom(), p.periodTo()));
        }
        LocalDate held = Dates.parse(heldOnText).orElse(null);
        if (held == null || held.isAfter(today.date()) || period != null && held.isBefore(period.start())) {
            wrong.add(Refused.Reason.of("heldOn", "plan.inspection.heldOn.invalid"));
        }
        String t = team == null ? "" : team.strip();
        if (t.isEmpty() || t.length() > 1000) {
            wrong.add(Refused.Reason.of("team", "plan.inspection.team.required"));
        }
        String f = findings == null ? "" : findings.strip();
        if (f.length() > 20000) {
            wrong.add(Refused.Reason.of("findings", "plan.unityday.text.long", 20000));
        }
        Set<String> units = new LinkedHashSet<>();
        for (String c : unitCodes == null ? List.<String>of() : unitCodes) {
            if (c != null && !c.isBlank()) {
                units.add(c.strip());
            }
        }
        if (units.isEmpty() || units.size() > 200) {
            wrong.add(Refused.Reason.of("units", "plan.inspection.units.required"));
        }
        if (held != null) {
            for (String c : units) {
                if (c.length() > 40 || territory.find(c, held, actors.current().scope()).isEmpty()) {
                    wrong.add(Refused.Reason.of("units", "plan.inspection.unit.unknown", c.length() > 40
                            ? c.substring(0, 40) : c));
                }
            }
        }
        if (!wrong.isEmpty()) {
            throw new Refused(wrong);
        }
        long id = jdbc.sql("""
                insert into plan_inspection (programme_id, organiser_unit, period, team, held_on, findings,
                    recorded_by) values (:p, :u, :period, :team, :held, :f, :by) returning id""")
                .param("p", programmeId).param("u", p.unitCode()).param("period", period.code()).param("team", t)
                .param("held", held).param("f", f).param("by", actors.current().username()).query(Long.class)
                .single();
        for (String c : units) {
            jdbc.sql("insert into plan_inspection_unit (inspection_id, unit_code) values (:i, :u)").param("i", id)
                    .param("u", c).update();
        }
        audit.record("CREATE", "plan.inspection", String.valueOf(id), "Kiểm tra " + period.code() + ": " + t, null,
                Map.of("period", period.code(), "team", t, "heldOn", held.toString(), "units", List.copyOf(units),
                        "findings", f));
        return id;
    }

    @Transactional
    public long followUp(long inspectionId, String title, String owner, String dueText) {
        Inspection i = inspection(inspectionId);
        programme(i.programmeId(), "review.record");
        List<Refused.Reason> wrong = new ArrayList<>();
        String t = title == null ? "" : title.strip();
        String o = owner == null ? "" : owner.strip();
        if (t.isEmpty() || t.length() > 1000) {
            wrong.add(Refused.Reason.of("title", "plan.followup.title.required"));
        }
        if (o.isEmpty() || o.length() > 300) {
            wrong.add(Refused.Reason.of("owner", "plan.followup.owner.required"));
        }
        LocalDate due = Dates.parse(dueText).orElse(null);
        if (due == null || due.isBefore(i.heldOn())) {
            wrong.add(Refused.Reason.of("dueOn", "plan.followup.due.invalid", Dates.show(i.heldOn())));
        }
        if (!wrong.isEmpty()) {
            throw new Refused(wrong);
        }
        long id = jdbc.sql("""
                insert into plan_followup (inspection_id, title, owner, due_on) values (:i, :t, :o, :d)
                returning id""").param("i", inspectionId).param("t", t).param("o", o).param("d", due)
                .query(Long.class).single();
        audit.record("CREATE", "plan.followup", String.valueOf(id), "Việc sau kiểm tra: " + t, null,
                Map.of("inspection", inspectionId, "title", t, "owner", o, "dueOn", due.toString()));
        return id;
    }

    /** Closes a follow-up task (refused when it is already closed). */
    @Transactional
    public long close(long followUpId, String closedText, String note) {
        Long inspectionId = jdbc.sql("select inspection_id from plan_followup where id = :id").param("id", followUpId)
                .query(Long.class).optional().orElseThrow(() -> new AccessDeniedException("no follow-up"));
        Inspection i = inspection(inspectionId);
        programme(i.programmeId(), "review.record");
        FollowUp f = i.followUps().stream().filter(x -> x.id() == followUpId).findFirst().orElseThrow();
        if (f.closedOn() != null) {
            throw new Refused("closedOn", "plan.followup.closed", Dates.show(f.closedOn()));
        }
        LocalDate closed = closedText == null || closedText.isBlank() ? today.date()
                : Dates.parse(closedText).orElse(null);
        if (closed == null || closed.isAfter(today.date()) || closed.isBefore(i.heldOn())) {
            throw new Refused("closedOn", "plan.followup.closedOn.invalid", Dates.show(i.heldOn()));
        }
        String n = note == null ? "" : note.strip();
        if (n.length() > 5000) {
            throw new Refused("note", "plan.unityday.text.long", 5000);
        }
        jdbc.sql("update plan_followup set closed_on = :c, closing_note = :n where id = :id").param("c", closed)
                .param("n", n).param("id", followUpId).update();
        audit.record("UPDATE", "plan.followup", String.valueOf(followUpId), "Đóng việc sau kiểm tra: " + f.title(),
                f, Map.of("closedOn", closed.toString(), "closingNote", n));
        return inspectionId;
    }

    static final String REVIEW = """
            select id, programme_id, kind, period, held_on, title, report_text, report_name from plan_review""";

    static Review review(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new Review(rs.getLong(1), rs.getLong(2), Kind.valueOf(rs.getString(3)), rs.getString(4),
                rs.getObject(5, LocalDate.class), rs.getString(6), rs.getString(7), rs.getString(8));
    }
}
