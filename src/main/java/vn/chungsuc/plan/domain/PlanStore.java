package vn.chungsuc.plan.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.chungsuc.plan.Recurrence;
import vn.chungsuc.plan.TaskState;
import vn.chungsuc.shared.time.Period;

/** The plan's tables: plans, tasks with their bodies, units and targets, progress reports and their evidence. */
@Repository
public class PlanStore {

    private final JdbcClient jdbc;

    PlanStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Formula> formula(long programmeId) {
        return jdbc.sql("select formula from plan_plan where programme_id = :p").param("p", programmeId)
                .query((rs, i) -> Formula.valueOf(rs.getString(1))).optional();
    }

    public void createPlan(long programmeId, Formula formula, String source) {
        jdbc.sql("insert into plan_plan (programme_id, formula, source) values (:p, :f, :s)")
                .param("p", programmeId).param("f", formula.name()).param("s", source).update();
    }

    public long insert(Task t) {
        long id = jdbc.sql("""
                insert into plan_task (programme_id, parent_id, position, number, title, lead_body, content_area,
                    due_on, recurrence, year_from, year_to, weight)
                values (:programme, :parent, :position, :number, :title, :lead, :content, :due, :recurrence,
                    :from, :to, :weight) returning id
                """).param("programme", t.programmeId()).param("parent", t.parentId())
                .param("position", t.position()).param("number", t.number()).param("title", t.title())
                .param("lead", t.leadBody()).param("content", t.contentArea()).param("due", t.due())
                .param("recurrence", t.recurrence().name()).param("from", t.yearFrom()).param("to", t.yearTo())
                .param("weight", t.weight()).query(Long.class).single();
        t.cooperatingBodies().forEach(b -> jdbc.sql("insert into plan_task_body values (:t, :b)").param("t", id)
                .param("b", b).update());
        t.units().forEach(u -> jdbc.sql("insert into plan_task_unit values (:t, :u)").param("t", id).param("u", u)
                .update());
        t.targets().forEach(g -> jdbc.sql("insert into plan_task_target values (:t, :g)").param("t", id)
                .param("g", g).update());
        return id;
    }

    /** Replaces a task's fields and its bodies, units and targets (its reports stay). */
    public void update(Task t) {
        jdbc.sql("""
                update plan_task set parent_id = :parent, number = :number, title = :title, lead_body = :lead,
                    content_area = :content, due_on = :due, recurrence = :recurrence, year_from = :from,
                    year_to = :to, weight = :weight where id = :id
                """).param("id", t.id()).param("parent", t.parentId()).param("number", t.number())
                .param("title", t.title()).param("lead", t.leadBody()).param("content", t.contentArea())
                .param("due", t.due()).param("recurrence", t.recurrence().name()).param("from", t.yearFrom())
                .param("to", t.yearTo()).param("weight", t.weight()).update();
        for (String table : List.of("plan_task_body", "plan_task_unit", "plan_task_target")) {
            jdbc.sql("delete from " + table + " where task_id = :t").param("t", t.id()).update();
        }
        t.cooperatingBodies().forEach(b -> jdbc.sql("insert into plan_task_body values (:t, :b)").param("t", t.id())
                .param("b", b).update());
        t.units().forEach(u -> jdbc.sql("insert into plan_task_unit values (:t, :u)").param("t", t.id())
                .param("u", u).update());
        t.targets().forEach(g -> jdbc.sql("insert into plan_task_target values (:t, :g)").param("t", t.id())
                .param("g", g).update());
    }

    /** The next free position after the parent's last descendant (or at the end), shifting the later tasks. */
    public int positionAfter(long programmeId, Long parentId) {
        List<Task> all = tasks(programmeId);
        int at = all.isEmpty() ? 0 : all.get(all.size() - 1).position() + 1;
        if (parentId != null) {
            java.util.Set<Long> under = new java.util.HashSet<>(List.of(parentId));
            int last = -1;
            for (Task t : all) {
                if (under.contains(t.id()) || t.parentId() != null && under.contains(t.parentId())) {
                    under.add(t.id());
                    last = t.position();
                }
            }
            if (last >= 0) {
                at = last + 1;
                jdbc.sql("update plan_task set position = position + 1 where programme_id = :p and position >= :at")
                        .param("p", programmeId).param("at", at).update();
            }
        }
        return at;
    }

    public int reportCount(long taskId) {
        return jdbc.sql("select count(*) from plan_progress where task_id = :t").param("t", taskId)
                .query(Integer.class).single();
    }

    /** Removes a task without children, its reports and their evidence (cascading). */
    public void delete(long taskId) {
        jdbc.sql("delete from plan_task where id = :t").param("t", taskId).update();
    }

    public boolean hasTasks(long programmeId) {
        return jdbc.sql("select exists (select 1 from plan_task where programme_id = :p)").param("p", programmeId)
                .query(Boolean.class).single();
    }

    /** The programme's tasks in document order (parents before children). */
    public List<Task> tasks(long programmeId) {
        Map<Long, List<String>> bodies = links("""
                select b.task_id, b.body_code from plan_task_body b join plan_task t on t.id = b.task_id
                where t.programme_id = :p order by b.body_code""", programmeId);
        Map<Long, List<String>> units = links("""
                select u.task_id, u.unit_code from plan_task_unit u join plan_task t on t.id = u.task_id
                where t.programme_id = :p order by u.unit_code""", programmeId);
        Map<Long, List<Long>> targets = new HashMap<>();
        jdbc.sql("""
                select g.task_id, g.target_id from plan_task_target g join plan_task t on t.id = g.task_id
                where t.programme_id = :p order by g.target_id""").param("p", programmeId)
                .query((rs, i) -> targets.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2)))
                .list();
        return jdbc.sql("select * from plan_task where programme_id = :p order by position").param("p", programmeId)
                .query((rs, i) -> {
                    long id = rs.getLong("id");
                    long parent = rs.getLong("parent_id");
                    Integer content = rs.getObject("content_area") == null ? null : rs.getInt("content_area");
                    return new Task(id, rs.getLong("programme_id"), parent == 0 ? null : parent,
                                    rs.getInt("position"), rs.getString("number"), rs.getString("title"),
                                    rs.getString("lead_body"), content, rs.getObject("due_on", LocalDate.class),
                                    Recurrence.valueOf(rs.getString("recurrence")), rs.getInt("year_from"),
                                    rs.getInt("year_to"), rs.getInt("weight"), bodies.getOrDefault(id, List.of()),
                                    units.getOrDefault(id, List.of()), targets.getOrDefault(id, List.of()));
                }).list();
    }

    private Map<Long, List<String>> links(String sql, long programmeId) {
        Map<Long, List<String>> out = new HashMap<>();
        jdbc.sql(sql).param("p", programmeId)
                .query((rs, i) -> out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2)))
                .list();
        return out;
    }

    public Optional<Long> programmeOf(long taskId) {
        return jdbc.sql("select programme_id from plan_task where id = :t").param("t", taskId).query(Long.class)
                .optional();
    }

    public long insertReport(long taskId, Period period, int percent, TaskState state, String note,
            LocalDate reportedOn, String by) {
        return jdbc.sql("""
                insert into plan_progress (task_id, period, percent, state, note, reported_on, reported_by)
                values (:t, :period, :percent, :state, :note, :on, :by) returning id
                """).param("t", taskId).param("period", period.code()).param("percent", percent)
                .param("state", state.name()).param("note", note).param("on", reportedOn).param("by", by)
                .query(Long.class).single();
    }

    public void insertFile(long reportId, String name, String contentType, byte[] content) {
        jdbc.sql("""
                insert into plan_evidence (progress_id, kind, name, content_type, size_bytes, content)
                values (:r, 'FILE', :n, :c, :s, :b)""").param("r", reportId).param("n", name)
                .param("c", contentType).param("s", content.length).param("b", content).update();
    }

    public void insertLink(long reportId, String name, String url) {
        jdbc.sql("insert into plan_evidence (progress_id, kind, name, url) values (:r, 'LINK', :n, :u)")
                .param("r", reportId).param("n", name).param("u", url).update();
    }

    /** Every report on the programme's tasks, by task, oldest first. */
    public Map<Long, List<ProgressReport>> reports(long programmeId) {
        return reports("t.programme_id = :p", programmeId);
    }

    public List<ProgressReport> reportsOf(long taskId) {
        return reports("r.task_id = :p", taskId).getOrDefault(taskId, List.of());
    }

    private Map<Long, List<ProgressReport>> reports(String where, long key) {
        Map<Long, List<ProgressReport.Evidence>> evidence = new HashMap<>();
        jdbc.sql("""
                select e.id, e.progress_id, e.kind, e.name, e.content_type, e.size_bytes, e.url
                from plan_evidence e join plan_progress r on r.id = e.progress_id join plan_task t on t.id = r.task_id
                where """ + " " + where + " order by e.id").param("p", key)
                .query((rs, i) -> evidence.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>())
                        .add(new ProgressReport.Evidence(rs.getLong(1), rs.getString(3), rs.getString(4),
                                rs.getString(5), (Integer) rs.getObject(6), rs.getString(7))))
                .list();
        Map<Long, List<ProgressReport>> out = new HashMap<>();
        jdbc.sql("""
                select r.* from plan_progress r join plan_task t on t.id = r.task_id
                where """ + " " + where + " order by r.reported_on, r.recorded_at, r.id").param("p", key)
                .query((rs, i) -> {
                    long id = rs.getLong("id");
                    ProgressReport r = new ProgressReport(id, rs.getLong("task_id"),
                            Period.parse(rs.getString("period")), rs.getInt("percent"),
                            TaskState.valueOf(rs.getString("state")), rs.getString("note"),
                            rs.getObject("reported_on", LocalDate.class), rs.getString("reported_by"),
                            rs.getObject("recorded_at", java.time.OffsetDateTime.class).toInstant(),
                            evidence.getOrDefault(id, List.of()));
                    return out.computeIfAbsent(r.taskId(), k -> new ArrayList<>()).add(r);
                }).list();
        return out;
    }

    /** A file of evidence: its task (for the scope check), name, type and bytes. */
    public record StoredFile(long taskId, String name, String contentType, byte[] content) {
    }

    public Optional<StoredFile> file(long evidenceId) {
        return jdbc.sql("""
                select r.task_id, e.name, e.content_type, e.content from plan_evidence e
                join plan_progress r on r.id = e.progress_id where e.id = :e and e.kind = 'FILE'""")
                .param("e", evidenceId)
                .query((rs, i) -> new StoredFile(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBytes(4)))
                .optional();
    }
}
