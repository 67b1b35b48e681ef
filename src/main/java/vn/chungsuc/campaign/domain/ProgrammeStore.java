package vn.chungsuc.campaign.domain;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chungsuc.shared.platform.ReadCache;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.chungsuc.campaign.Goal;
import vn.chungsuc.campaign.GoalKind;
import vn.chungsuc.campaign.Population;
import vn.chungsuc.campaign.ProgrammeView;
import vn.chungsuc.campaign.Subject;
import vn.chungsuc.campaign.TargetGroup;
import vn.chungsuc.campaign.TargetView;

/**
 * The campaign module's tables ({@code campaign_*}). A programme, its targets and their allocations are read on every
 * dashboard and API request and change a few times a year: they are kept in a {@link ReadCache}, emptied by every
 * write here (when its transaction ends, and read past until then), and kept at most
 * {@code chungsuc.campaign.cache.max-age} (default 30 s) for changes made by another instance.
 */
@Repository
public class ProgrammeStore {

    private final JdbcClient jdbc;
    private final ReadCache cache;

    ProgrammeStore(JdbcClient jdbc, @Value("${chungsuc.campaign.cache.max-age:PT30S}") Duration maxAge) {
        this.jdbc = jdbc;
        this.cache = new ReadCache(maxAge, 10_000);
    }

    private record Key(String question, long id) {
    }

    public List<ProgrammeView> list() {
        List<Long> ids = jdbc.sql("select id from campaign_programme order by period_from desc, issued_on desc, id desc")
                .query(Long.class).list();
        return load(ids);
    }

    public Optional<ProgrammeView> find(long id) {
        return cache.get(new Key("programme", id), () -> load(List.of(id)).stream().findFirst());
    }

    public Optional<Long> findByNumber(String number) {
        return jdbc.sql("select id from campaign_programme where number = ? order by id limit 1").param(number)
                .query(Long.class).optional();
    }

    public long insert(ProgrammeView p) {
        cache.written();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into campaign_programme (number, kind, title, issued_on, place, unit_code, period_from, period_to)
                values (:number, :kind, :title, :issuedOn, :place, :unitCode, :from, :to)""")
                .params(header(p))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        insertChildren(id, p);
        return id;
    }

    public void update(long id, ProgrammeView p) {
        cache.written();
        Map<String, Object> params = header(p);
        params.put("id", id);
        jdbc.sql("""
                update campaign_programme set number = :number, kind = :kind, title = :title, issued_on = :issuedOn,
                       place = :place, unit_code = :unitCode, period_from = :from, period_to = :to, updated_at = now()
                where id = :id""").params(params).update();
        for (String table : List.of("campaign_issuing_body", "campaign_legal_basis", "campaign_content")) {
            jdbc.sql("delete from " + table + " where programme_id = ?").param(id).update();
        }
        insertChildren(id, p);
    }

    public List<TargetView> targets(long programmeId) {
        return cache.get(new Key("targets", programmeId), () -> List.copyOf(jdbc.sql(
                        "select * from campaign_target where programme_id = ? order by seq, id").param(programmeId)
                .query(this::targetRow).list()));
    }

    public Optional<TargetView> target(long id) {
        return cache.get(new Key("target", id), () -> jdbc.sql("select * from campaign_target where id = ?")
                .param(id).query(this::targetRow).optional());
    }

    public boolean codeTaken(long programmeId, String code, Long exceptTargetId) {
        return jdbc.sql("""
                select count(*) from campaign_target where programme_id = ? and code = ? and id <> coalesce(?, -1)""")
                .params(programmeId, code, exceptTargetId).query(Long.class).single() > 0;
    }

    public int nextSeq(long programmeId) {
        return jdbc.sql("select coalesce(max(seq), 0) + 1 from campaign_target where programme_id = ?")
                .param(programmeId).query(Integer.class).single();
    }

    public long insertTarget(TargetView t) {
        cache.written();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into campaign_target (programme_id, code, seq, target_group, label, short_label, subject,
                       population, goal_kind, goal_value, goal_out_of, goal_strict, deadline_year, indicator_code,
                       content_number, legal_basis)
                values (:programmeId, :code, :seq, :group, :label, :shortLabel, :subject, :population, :kind, :value,
                        :outOf, :strict, :deadline, :indicator, :content, :legalBasis)""")
                .params(targetParams(t)).update(keys, "id");
        return keys.getKey().longValue();
    }

    public void updateTarget(TargetView t) {
        cache.written();
        Map<String, Object> params = targetParams(t);
        params.put("id", t.id());
        jdbc.sql("""
                update campaign_target set code = :code, seq = :seq, target_group = :group, label = :label,
                       short_label = :shortLabel, subject = :subject, population = :population, goal_kind = :kind,
                       goal_value = :value, goal_out_of = :outOf, goal_strict = :strict, deadline_year = :deadline,
                       indicator_code = :indicator, content_number = :content, legal_basis = :legalBasis
                where id = :id""").params(params).update();
    }

    public Map<String, Goal> allocations(long targetId) {
        return cache.get(new Key("allocations", targetId), () -> readAllocations(targetId));
    }

    private Map<String, Goal> readAllocations(long targetId) {
        Map<String, Goal> out = new LinkedHashMap<>();
        jdbc.sql("""
                select a.unit_code, a.goal_value, a.goal_out_of, t.goal_kind, t.goal_strict
                from campaign_allocation a join campaign_target t on t.id = a.target_id
                where a.target_id = ? order by a.unit_code""").param(targetId)
                .query(rs -> {
                    out.put(rs.getString("unit_code"), allocationGoal(rs));
                });
        return java.util.Collections.unmodifiableMap(out);
    }

    public Map<Long, Map<String, Goal>> allocationsOf(long programmeId) {
        return cache.get(new Key("allocationsOf", programmeId), () -> readAllocationsOf(programmeId));
    }

    private Map<Long, Map<String, Goal>> readAllocationsOf(long programmeId) {
        Map<Long, Map<String, Goal>> out = new HashMap<>();
        jdbc.sql("""
                select a.target_id, a.unit_code, a.goal_value, a.goal_out_of, t.goal_kind, t.goal_strict
                from campaign_allocation a join campaign_target t on t.id = a.target_id
                where t.programme_id = ? order by a.unit_code""").param(programmeId)
                .query(rs -> {
                    out.computeIfAbsent(rs.getLong("target_id"), k -> new LinkedHashMap<>())
                            .put(rs.getString("unit_code"), allocationGoal(rs));
                });
        out.replaceAll((k, v) -> java.util.Collections.unmodifiableMap(v));
        return java.util.Collections.unmodifiableMap(out);
    }

    /** Replaces the allocations of the units given (the children of one unit); other units' stay. */
    public void replaceAllocations(long targetId, List<String> units, Map<String, Goal> goals) {
        cache.written();
        if (!units.isEmpty()) {
            jdbc.sql("delete from campaign_allocation where target_id = :t and unit_code in (:units)")
                    .param("t", targetId).param("units", units).update();
        }
        goals.forEach((unit, goal) -> jdbc.sql("""
                insert into campaign_allocation (target_id, unit_code, goal_value, goal_out_of) values (?, ?, ?, ?)""")
                .params(targetId, unit, goal.value(), goal.outOf()).update());
    }

    private static Goal allocationGoal(ResultSet rs) throws SQLException {
        return new Goal(GoalKind.valueOf(rs.getString("goal_kind")), rs.getBigDecimal("goal_value"),
                (Integer) rs.getObject("goal_out_of"), rs.getBoolean("goal_strict"));
    }

    private List<ProgrammeView> load(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, List<ProgrammeView.IssuingBody>> bodies = new HashMap<>();
        jdbc.sql("select * from campaign_issuing_body where programme_id in (:ids) order by seq").param("ids", ids)
                .query(rs -> {
                    bodies.computeIfAbsent(rs.getLong("programme_id"), k -> new ArrayList<>())
                            .add(new ProgrammeView.IssuingBody(rs.getString("name"), rs.getString("signatory")));
                });
        Map<Long, List<String>> bases = new HashMap<>();
        jdbc.sql("select * from campaign_legal_basis where programme_id in (:ids) order by seq").param("ids", ids)
                .query(rs -> {
                    bases.computeIfAbsent(rs.getLong("programme_id"), k -> new ArrayList<>()).add(rs.getString("text"));
                });
        Map<Long, List<ProgrammeView.Content>> contents = new HashMap<>();
        jdbc.sql("select * from campaign_content where programme_id in (:ids) order by number").param("ids", ids)
                .query(rs -> {
                    contents.computeIfAbsent(rs.getLong("programme_id"), k -> new ArrayList<>())
                            .add(new ProgrammeView.Content(rs.getInt("number"), rs.getString("title")));
                });
        Map<Long, ProgrammeView> byId = new HashMap<>();
        jdbc.sql("select * from campaign_programme where id in (:ids)").param("ids", ids).query(rs -> {
            long id = rs.getLong("id");
            byId.put(id, new ProgrammeView(id, rs.getString("number"), rs.getString("kind"), rs.getString("title"),
                    rs.getDate("issued_on").toLocalDate(), rs.getString("place"), rs.getString("unit_code"),
                    rs.getInt("period_from"), rs.getInt("period_to"), bodies.getOrDefault(id, List.of()),
                    bases.getOrDefault(id, List.of()), contents.getOrDefault(id, List.of())));
        });
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    private void insertChildren(long id, ProgrammeView p) {
        int seq = 1;
        for (ProgrammeView.IssuingBody b : p.issuingBodies()) {
            jdbc.sql("insert into campaign_issuing_body (programme_id, seq, name, signatory) values (?, ?, ?, ?)")
                    .params(id, seq++, b.name(), b.signatory()).update();
        }
        seq = 1;
        for (String basis : p.legalBases()) {
            jdbc.sql("insert into campaign_legal_basis (programme_id, seq, text) values (?, ?, ?)")
                    .params(id, seq++, basis).update();
        }
        for (ProgrammeView.Content c : p.contents()) {
            jdbc.sql("insert into campaign_content (programme_id, number, title) values (?, ?, ?)")
                    .params(id, c.number(), c.title()).update();
        }
    }

    private static Map<String, Object> header(ProgrammeView p) {
        Map<String, Object> params = new HashMap<>();
        params.put("number", p.number());
        params.put("kind", p.kind());
        params.put("title", p.title());
        params.put("issuedOn", p.issuedOn());
        params.put("place", p.place());
        params.put("unitCode", p.unitCode());
        params.put("from", p.periodFrom());
        params.put("to", p.periodTo());
        return params;
    }

    private static Map<String, Object> targetParams(TargetView t) {
        Map<String, Object> params = new HashMap<>();
        params.put("programmeId", t.programmeId());
        params.put("code", t.code());
        params.put("seq", t.seq());
        params.put("group", t.group().name());
        params.put("label", t.label());
        params.put("shortLabel", t.shortLabel());
        params.put("subject", t.subject().name());
        params.put("population", t.population().name());
        params.put("kind", t.goal().kind().name());
        params.put("value", t.goal().value());
        params.put("outOf", t.goal().outOf());
        params.put("strict", t.goal().strict());
        params.put("deadline", t.deadlineYear());
        params.put("indicator", t.indicatorCode());
        params.put("content", t.contentNumber());
        params.put("legalBasis", t.legalBasis());
        return params;
    }

    private TargetView targetRow(ResultSet rs, int row) throws SQLException {
        BigDecimal value = rs.getBigDecimal("goal_value");
        Goal goal = new Goal(GoalKind.valueOf(rs.getString("goal_kind")), value, (Integer) rs.getObject("goal_out_of"),
                rs.getBoolean("goal_strict"));
        return new TargetView(rs.getLong("id"), rs.getLong("programme_id"), rs.getString("code"), rs.getInt("seq"),
                TargetGroup.valueOf(rs.getString("target_group")), rs.getString("label"), rs.getString("short_label"),
                Subject.valueOf(rs.getString("subject")), Population.valueOf(rs.getString("population")), goal,
                rs.getInt("deadline_year"), rs.getString("indicator_code"), (Integer) rs.getObject("content_number"),
                rs.getString("legal_basis"));
    }
}
