package vn.chungsuc.feedback.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chungsuc.feedback.FeedbackPermissions;
import vn.chungsuc.shared.audit.AuditLog;
import vn.chungsuc.shared.problem.Refused;
import vn.chungsuc.shared.text.VietnameseText;
import vn.chungsuc.shared.time.Dates;
import vn.chungsuc.shared.time.Today;
import vn.chungsuc.territory.Bodies;
import vn.chungsuc.territory.Body;

/**
 * The Front's supervision (Luật MTTQ 2015 Điều 25–27; QĐ 217-QĐ/TW; NQLT 403/2017 on its three forms: studying
 * documents, a delegation, the people's opinions): plans with their subject, the body supervised (one of the
 * commune's bodies on the plan's first day), members and period; findings with the recommendation and the date the
 * body must answer (entered per recommendation: no regulation found sets it); the body's answers and the Front's
 * follow-up; overdue when the date passed with no answer. Every read by id checks the plan's commune against the
 * user's units on the plan's first day; every write is audited.
 */
@Service
@Transactional(readOnly = true)
public class Supervision {

    static final String AUDIT_PLAN = "feedback.supervision";
    static final String AUDIT_FINDING = "feedback.finding";
    public static final int PAGE_SIZE = 20;
    public static final List<String> FORMS = List.of("DOCUMENTS", "DELEGATION", "OPINIONS");
    static final int MAX_MEMBERS = 30;

    private final JdbcClient jdbc;
    private final FeedbackPermissions permissions;
    private final Bodies bodies;
    private final UnitChoices units;
    private final Today today;
    private final AuditLog audit;

    Supervision(JdbcClient jdbc, FeedbackPermissions permissions, Bodies bodies, UnitChoices units, Today today,
            AuditLog audit) {
        this.jdbc = jdbc;
        this.permissions = permissions;
        this.bodies = bodies;
        this.units = units;
        this.today = today;
        this.audit = audit;
    }

    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
    public static final class NotFound extends RuntimeException {
        public NotFound() {
            super("no such record");
        }
    }

    public record Member(String name, String role) {
    }

    public record Plan(long id, String communeCode, String subject, String bodyCode, String form, LocalDate from,
            LocalDate to, String createdBy, List<Member> members) {
    }

    public record Note(long id, String kind, LocalDate on, String text, String actor) {
    }

    public record Finding(long id, long planId, LocalDate foundOn, String finding, String recommendation,
            LocalDate answerDue, LocalDate closedOn, List<Note> notes, Long taskId) {

        public boolean answered() {
            return notes.stream().anyMatch(n -> n.kind().equals("ANSWER"));
        }

        /** The date passed and the body has not answered, the finding still open. */
        public boolean overdueOn(LocalDate day) {
            return closedOn == null && !answered() && day.isAfter(answerDue);
        }
    }

    /** A plan with its names and findings, for its page. */
    public record PlanView(Plan plan, String communeName, String bodyName, List<Finding> findings, boolean mayManage,
            boolean mayAnswer, LocalDate today) {

        public long overdue() {
            return findings.stream().filter(f -> f.overdueOn(today)).count();
        }
    }

    /** A line of the list. */
    public record Line(Plan plan, String communeName, String bodyName, int findings, int open, int overdue) {
    }

    public record Page(List<Line> rows, int page, int pages, long total) {
    }

    // ------------------------------------------------------------ reads

    private Plan plan(ResultSet rs, int i) throws SQLException {
        long id = rs.getLong("id");
        return new Plan(id, rs.getString("commune_code"), rs.getString("subject"), rs.getString("body_code"),
                rs.getString("form"), rs.getObject("period_from", LocalDate.class),
                rs.getObject("period_to", LocalDate.class), rs.getString("created_by"), members(id));
    }

    private List<Member> members(long planId) {
        return jdbc.sql("select name, role from feedback_supervision_member where plan_id = :p order by position")
                .param("p", planId).query((rs, i) -> new Member(rs.getString(1), rs.getString(2))).list();
    }

    Optional<Plan> load(long id) {
        return jdbc.sql("select * from feedback_supervision_plan where id = :id").param("id", id).query(this::plan)
                .optional();
    }

    private Plan visible(long id) {
        Plan p = load(id).orElseThrow(NotFound::new);
        if (!permissions.may("supervision.view", p.communeCode(), p.from())) {
            throw new AccessDeniedException("supervision outside the user's units");
        }
        return p;
    }

    private Plan manageable(long id) {
        Plan p = visible(id);
        if (!permissions.may("supervision.manage", p.communeCode(), p.from())) {
            throw new AccessDeniedException("may not manage this supervision");
        }
        return p;
    }

    public List<Finding> findings(long planId) {
        Map<Long, Long> tasks = new HashMap<>();
        jdbc.sql("select source_id, task_id from feedback_followup where source_kind = 'FINDING' and source_id in "
                + "(select id from feedback_finding where plan_id = :p)").param("p", planId)
                .query(rs -> {
                    tasks.put(rs.getLong(1), rs.getLong(2));
                });
        return jdbc.sql("select * from feedback_finding where plan_id = :p order by found_on, id").param("p", planId)
                .query((rs, i) -> {
                    long id = rs.getLong("id");
                    return new Finding(id, planId, rs.getObject("found_on", LocalDate.class), rs.getString("finding"),
                            rs.getString("recommendation"), rs.getObject("answer_due", LocalDate.class),
                            rs.getObject("closed_on", LocalDate.class), notes(id), tasks.get(id));
                }).list();
    }

    private List<Note> notes(long findingId) {
        return jdbc.sql("select id, kind, on_date, text, actor from feedback_finding_note where finding_id = :f "
                + "order by on_date, id").param("f", findingId).query((rs, i) -> new Note(rs.getLong(1),
                        rs.getString(2), rs.getObject(3, LocalDate.class), rs.getString(4), rs.getString(5))).list();
    }

    public PlanView view(long id) {
        Plan p = visible(id);
        return new PlanView(p, units.name(p.communeCode(), p.from()), bodyName(p.bodyCode()), findings(id),
                permissions.may("supervision.manage", p.communeCode(), p.from()),
                permissions.may("supervision.answer", p.communeCode(), p.from()), today.date());
    }

    /** The finding and its plan, after the view check. */
    public record FindingView(Plan plan, Finding finding) {
    }

    public FindingView finding(long findingId) {
        Long planId = jdbc.sql("select plan_id from feedback_finding where id = :f").param("f", findingId)
                .query(Long.class).optional().orElseThrow(NotFound::new);
        Plan p = visible(planId);
        Finding f = findings(planId).stream().filter(x -> x.id() == findingId).findFirst().orElseThrow();
        return new FindingView(p, f);
    }

    public String bodyName(String code) {
        return code == null ? null : bodies.find(code).map(Body::name).orElse(code);
    }

    /** Plans of the communes the user may view, newest first, searched without accents, paged. */
    public Page list(String q, String year, int page) {
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> params = new HashMap<>();
        List<String> communes = jdbc.sql("select commune_code, min(period_from) from feedback_supervision_plan "
                + "group by 1").query((rs, i) -> Map.entry(rs.getString(1), rs.getObject(2, LocalDate.class)))
                .list().stream().filter(e -> permissions.may("supervision.view", e.getKey(), e.getValue()))
                .map(Map.Entry::getKey).toList();
        if (communes.isEmpty()) {
            return new Page(List.of(), 0, 1, 0);
        }
        where.append(" and commune_code in (:communes)");
        params.put("communes", communes);
        if (q != null && !q.isBlank()) {
            where.append(" and search_key like :q escape '\\'");
            params.put("q", "%" + VietnameseText.likeKey(q.length() > 200 ? q.substring(0, 200) : q) + "%");
        }
        if (year != null && !year.isBlank()) {
            int y;
            try {
                y = Integer.parseInt(year.strip());
            } catch (NumberFormatException e) {
                throw new Refused("year", "feedback.supervision.year.invalid");
            }
            if (y < 2000 || y > 2100) {
                throw new Refused("year", "feedback.supervision.year.invalid");
            }
            where.append(" and extract(year from period_from) <= :y and extract(year from period_to) >= :y");
            params.put("y", y);
        }
        long total = jdbc.sql("select count(*) from feedback_supervision_plan" + where).params(params)
                .query(Long.class).single();
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int p = Math.max(0, Math.min(page, pages - 1));
        params.put("limit", PAGE_SIZE);
        params.put("offset", p * PAGE_SIZE);
        List<Plan> plans = jdbc.sql("select * from feedback_supervision_plan" + where
                + " order by period_from desc, id desc limit :limit offset :offset").params(params).query(this::plan)
                .list();
        LocalDate on = today.date();
        List<Line> rows = new ArrayList<>();
        for (Plan plan : plans) {
            List<Finding> fs = findings(plan.id());
            rows.add(new Line(plan, units.name(plan.communeCode(), plan.from()), bodyName(plan.bodyCode()),
                    fs.size(), (int) fs.stream().filter(f -> f.closedOn() == null).count(),
                    (int) fs.stream().filter(f -> f.overdueOn(on)).count()));
        }
        return new Page(rows, p, pages, total);
    }

    // ------------------------------------------------------------ writes

    /** What the plan's form sends, as typed; members one per line, "name – role". */
    public record PlanForm(String commune, String subject, String body, String form, String from, String to,
            String members) {
    }

    /** A plan's form once checked: what create and update store. */
    private record Checked(String commune, String subject, String body, String form, LocalDate from, LocalDate to,
            List<Member> members) {
    }

    /** Checks the form whole: every reason at once, nothing stored; 403 when the commune is not the user's. */
    private Checked check(PlanForm f, List<Refused.Reason> wrong) {
        String commune = f.commune() == null ? "" : f.commune().strip();
        LocalDate from = date(f.from(), "from", wrong);
        LocalDate to = date(f.to(), "to", wrong);
        if (from != null && to != null && (to.isBefore(from) || to.isAfter(from.plusYears(5)))) {
            wrong.add(Refused.Reason.of("to", "feedback.supervision.period.invalid"));
        }
        LocalDate on = from == null ? today.date() : from;
        if (!units.isCommune(commune, on)) {
            wrong.add(Refused.Reason.of("commune", "feedback.supervision.commune.unknown"));
        } else if (!permissions.may("supervision.manage", commune, on)) {
            throw new AccessDeniedException("may not plan supervision in " + commune);
        }
        String subject = text(f.subject(), 1000, "subject", wrong);
        String body = f.body() == null ? "" : f.body().strip();
        if (body.isEmpty()) {
            wrong.add(Refused.Reason.of("body", "feedback.supervision.body.required"));
        } else if (units.isCommune(commune, on) && bodies.of(commune, on).stream()
                .noneMatch(b -> b.code().equals(body))) {
            wrong.add(Refused.Reason.of("body", "feedback.supervision.body.unknown"));
        }
        if (f.form() == null || !FORMS.contains(f.form())) {
            wrong.add(Refused.Reason.of("form", "feedback.supervision.form.invalid"));
        }
        List<Member> members = members(f.members(), wrong);
        return new Checked(commune, subject, body, f.form(), from, to, members);
    }

    private void insertMembers(long planId, List<Member> members) {
        for (int i = 0; i < members.size(); i++) {
            jdbc.sql("insert into feedback_supervision_member (plan_id, position, name, role) values (:p, :i, :n, :r)")
                    .param("p", planId).param("i", i + 1).param("n", members.get(i).name())
                    .param("r", members.get(i).role()).update();
        }
    }

    @Transactional
    public long create(PlanForm f) {
        List<Refused.Reason> wrong = new ArrayList<>();
        Checked c = check(f, wrong);
        FormPages.refuseIfAny(wrong);
        long id = jdbc.sql("""
                insert into feedback_supervision_plan (commune_code, subject, body_code, form, period_from, period_to,
                    created_by, search_key) values (:c, :s, :b, :f, :from, :to, :by, :k) returning id""")
                .param("c", c.commune()).param("s", c.subject()).param("b", c.body()).param("f", c.form())
                .param("from", c.from()).param("to", c.to()).param("by", permissions.username())
                .param("k", VietnameseText.searchKey(c.subject() + " " + bodyName(c.body()))).query(Long.class)
                .single();
        insertMembers(id, c.members());
        audit.record("CREATE", AUDIT_PLAN, String.valueOf(id), "Lập kế hoạch giám sát: " + c.subject(), null,
                planValue(load(id).orElseThrow()));
        return id;
    }

    /** The plan as its edit form shows it: members one per line. */
    public PlanForm form(long id) {
        Plan p = manageable(id);
        return new PlanForm(p.communeCode(), p.subject(), p.bodyCode(), p.form(), p.from().toString(),
                p.to().toString(), String.join("\n", p.members().stream().map(m -> m.name() + " – " + m.role())
                        .toList()));
    }

    /**
     * Changes the plan's subject, body, form, period and members (its commune stays: a plan of another commune is
     * another plan), with the same checks as a new one, and no finding left before the new first day.
     */
    @Transactional
    public void update(long id, PlanForm f) {
        Plan old = manageable(id);
        List<Refused.Reason> wrong = new ArrayList<>();
        Checked c = check(new PlanForm(old.communeCode(), f.subject(), f.body(), f.form(), f.from(), f.to(),
                f.members()), wrong);
        List<Finding> findings = findings(id);
        if (c.from() != null) {
            findings.stream().map(Finding::foundOn).filter(d -> d.isBefore(c.from())).min(LocalDate::compareTo)
                    .ifPresent(d -> wrong.add(Refused.Reason.of("from", "feedback.supervision.period.findings",
                            Dates.show(d))));
        }
        if (!wrong.isEmpty()) {
            throw new Refused(wrong);
        }
        StringBuilder key = new StringBuilder(c.subject() + " " + bodyName(c.body()));
        findings.forEach(x -> key.append(' ').append(x.finding()).append(' ').append(x.recommendation()));
        jdbc.sql("""
                update feedback_supervision_plan set subject = :s, body_code = :b, form = :f, period_from = :from,
                    period_to = :to, search_key = :k where id = :id""").param("s", c.subject()).param("b", c.body())
                .param("f", c.form()).param("from", c.from()).param("to", c.to())
                .param("k", VietnameseText.searchKey(key.toString())).param("id", id).update();
        jdbc.sql("delete from feedback_supervision_member where plan_id = :p").param("p", id).update();
        insertMembers(id, c.members());
        audit.record("UPDATE", AUDIT_PLAN, String.valueOf(id), "Sửa kế hoạch giám sát: " + c.subject(),
                planValue(old), planValue(load(id).orElseThrow()));
    }

    private static Map<String, Object> planValue(Plan p) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("commune", p.communeCode());
        v.put("subject", p.subject());
        v.put("body", p.bodyCode());
        v.put("form", p.form());
        v.put("period", p.from() + "/" + p.to());
        v.put("members", p.members().stream().map(m -> m.name() + " – " + m.role()).toList());
        return v;
    }

    /** What deleting the plan takes with it, for the confirmation page. */
    public record Removal(Plan plan, int findings, int tasks) {
    }

    public Removal removal(long id) {
        Plan p = manageable(id);
        List<Finding> fs = findings(id);
        return new Removal(p, fs.size(), (int) fs.stream().filter(f -> f.taskId() != null).count());
    }

    @Transactional
    public void delete(long id) {
        Removal r = removal(id);
        if (r.tasks() > 0) {
            throw new Refused("plan", "feedback.supervision.delete.tasks", r.tasks());
        }
        jdbc.sql("delete from feedback_supervision_plan where id = :id").param("id", id).update();
        Map<String, Object> old = planValue(r.plan());
        old.put("findings", r.findings());
        audit.record("DELETE", AUDIT_PLAN, String.valueOf(id), "Xóa kế hoạch giám sát: " + r.plan().subject(), old,
                null);
    }

    public record FindingForm(String foundOn, String finding, String recommendation, String answerDue) {
    }

    @Transactional
    public long addFinding(long planId, FindingForm f) {
        Plan p = manageable(planId);
        List<Refused.Reason> wrong = new ArrayList<>();
        LocalDate found = date(f.foundOn(), "foundOn", wrong);
        if (found != null && (found.isBefore(p.from()) || found.isAfter(today.date()))) {
            wrong.add(Refused.Reason.of("foundOn", "feedback.finding.foundOn.outside", Dates.show(p.from())));
        }
        LocalDate due = date(f.answerDue(), "answerDue", wrong);
        if (due != null && found != null && (due.isBefore(found) || due.isAfter(found.plusYears(2)))) {
            wrong.add(Refused.Reason.of("answerDue", "feedback.finding.answerDue.invalid"));
        }
        String finding = text(f.finding(), 4000, "finding", wrong);
        String recommendation = text(f.recommendation(), 4000, "recommendation", wrong);
        if (!wrong.isEmpty()) {
            throw new Refused(wrong);
        }
        long id = jdbc.sql("""
                insert into feedback_finding (plan_id, found_on, finding, recommendation, answer_due, created_by)
                values (:p, :on, :f, :r, :due, :by) returning id""").param("p", planId).param("on", found)
                .param("f", finding).param("r", recommendation).param("due", due).param("by", permissions.username())
                .query(Long.class).single();
        jdbc.sql("update feedback_supervision_plan set search_key = search_key || ' ' || :k where id = :p")
                .param("k", VietnameseText.searchKey(finding + " " + recommendation)).param("p", planId).update();
        audit.record("CREATE", AUDIT_FINDING, String.valueOf(id), "Ghi kết quả giám sát, kiến nghị", null,
                Map.of("plan", planId, "finding", finding, "recommendation", recommendation, "answerDue",
                        due.toString()));
        return id;
    }

    /**
     * Records the body's answer (ANSWER: the Front, or an officer of the commune who acts for the body) or the
     * Front's follow-up (FOLLOW_UP); {@code close} ends the finding's follow-up.
     */
    @Transactional
    public void addNote(long findingId, String kind, String onText, String text, boolean close) {
        FindingView fv = finding(findingId);
        Plan p = fv.plan();
        boolean answer = "ANSWER".equals(kind);
        if (!answer && !"FOLLOW_UP".equals(kind)) {
            throw new Refused("kind", "feedback.finding.note.kind");
        }
        if (!permissions.may(answer ? "supervision.answer" : "supervision.manage", p.communeCode(), p.from())) {
            throw new AccessDeniedException("may not record this on the finding");
        }
        if (fv.finding().closedOn() != null) {
            throw new Refused("finding", "feedback.finding.closed");
        }
        List<Refused.Reason> wrong = new ArrayList<>();
        LocalDate on = date(onText, "on", wrong);
        if (on != null && (on.isBefore(fv.finding().foundOn()) || on.isAfter(today.date()))) {
            wrong.add(Refused.Reason.of("on", "feedback.finding.note.date", Dates.show(fv.finding().foundOn())));
        }
        String t = text(text, 4000, "text", wrong);
        if (close && !permissions.may("supervision.manage", p.communeCode(), p.from())) {
            throw new AccessDeniedException("may not close the finding");
        }
        if (!wrong.isEmpty()) {
            throw new Refused(wrong);
        }
        jdbc.sql("insert into feedback_finding_note (finding_id, kind, on_date, text, actor) values (:f, :k, :on, :t, :a)")
                .param("f", findingId).param("k", kind).param("on", on).param("t", t)
                .param("a", permissions.username()).update();
        if (close) {
            jdbc.sql("update feedback_finding set closed_on = :on where id = :f").param("on", on)
                    .param("f", findingId).update();
        }
        audit.record(answer ? "ANSWER" : "FOLLOW_UP", AUDIT_FINDING, String.valueOf(findingId),
                answer ? "Ghi trả lời của cơ quan được giám sát" : "Ghi theo dõi, đôn đốc kiến nghị", null,
                Map.of("on", on.toString(), "text", t, "close", close));
    }

    @Transactional
    public long deleteFinding(long findingId) {
        FindingView fv = finding(findingId);
        manageable(fv.plan().id());
        if (fv.finding().taskId() != null) {
            throw new Refused("finding", "feedback.supervision.delete.tasks", 1);
        }
        jdbc.sql("delete from feedback_finding where id = :f").param("f", findingId).update();
        audit.record("DELETE", AUDIT_FINDING, String.valueOf(findingId), "Xóa kết quả giám sát",
                Map.of("plan", fv.plan().id(), "finding", fv.finding().finding(), "recommendation",
                        fv.finding().recommendation()), null);
        return fv.plan().id();
    }

    // ------------------------------------------------------------ helpers

    private static LocalDate date(String text, String field, List<Refused.Reason> wrong) {
        if (text == null || text.isBlank()) {
            wrong.add(Refused.Reason.of(field, "feedback.supervision.date.required"));
            return null;
        }
        Optional<LocalDate> d = Dates.parse(text).filter(x -> x.getYear() >= 2000 && x.getYear() <= 2100);
        if (d.isEmpty()) {
            wrong.add(Refused.Reason.of(field, "feedback.supervision.date.invalid"));
        }
        return d.orElse(null);
    }

    private static String text(String text, int max, String field, List<Refused.Reason> wrong) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty() || t.length() > max) {
            wrong.add(Refused.Reason.of(field, "feedback.supervision.text.invalid", max));
        }
        return t;
    }

    static List<Member> members(String text, List<Refused.Reason> wrong) {
        List<Member> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            wrong.add(Refused.Reason.of("members", "feedback.supervision.members.required"));
            return out;
        }
        if (text.length() > 6000) {
            wrong.add(Refused.Reason.of("members", "feedback.supervision.members.many", MAX_MEMBERS));
            return out;
        }
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\\s+[–-]\\s+|\\t|;", 2);
            String name = parts[0].strip();
            String role = parts.length > 1 ? parts[1].strip() : "";
            if (name.isEmpty() || name.length() > 200 || role.isEmpty() || role.length() > 200) {
                wrong.add(Refused.Reason.of("members", "feedback.supervision.members.line", line.strip()));
                return out;
            }
            out.add(new Member(name, role));
        }
        if (out.isEmpty()) {
            wrong.add(Refused.Reason.of("members", "feedback.supervision.members.required"));
        } else if (out.size() > MAX_MEMBERS) {
            wrong.add(Refused.Reason.of("members", "feedback.supervision.members.many", MAX_MEMBERS));
        }
        return out;
    }
}
