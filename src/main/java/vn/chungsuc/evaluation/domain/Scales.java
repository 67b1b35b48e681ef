package vn.chungsuc.evaluation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chungsuc.evaluation.EvaluationPermissions;
import vn.chungsuc.shared.audit.AuditLog;
import vn.chungsuc.shared.problem.Refused;
import vn.chungsuc.shared.time.Dates;

/**
 * The evaluation scales: per province and year, the levels (highest first, each with the least total it needs), the
 * five contents with their weights, the criteria with their points, the poll threshold, each scale with its source,
 * whether it is confirmed and the dates it is in force. Nothing of it is a constant: no central guideline fixes it
 * (domain §5). The province Front and the administrator edit it.
 *
 * <p>The total of an evaluation: each content's points as a percentage of its criteria's points, weighted by the
 * contents' weights: Σ wᵢ·(pointsᵢ / maxᵢ·100) / Σ wᵢ, rounded to 2 decimals.
 */
@Service
@Transactional(readOnly = true)
public class Scales {

    private final JdbcClient jdbc;
    private final EvaluationPermissions permissions;
    private final vn.chungsuc.territory.TerritoryApi territory;
    private final AuditLog audit;

    Scales(JdbcClient jdbc, EvaluationPermissions permissions, vn.chungsuc.territory.TerritoryApi territory,
            AuditLog audit) {
        this.jdbc = jdbc;
        this.permissions = permissions;
        this.territory = territory;
        this.audit = audit;
    }

    public record Level(int position, String name, BigDecimal minScore) {
    }

    public record Criterion(long id, int content, int position, String text, BigDecimal maxPoints) {
    }

    public record Content(int number, String name, BigDecimal weight, List<Criterion> criteria) {

        public BigDecimal maxPoints() {
            return criteria.stream().map(Criterion::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    public record Scale(long id, String provinceUnit, int year, String name, String source, boolean confirmed,
            BigDecimal pollThreshold, String pollSource, LocalDate validFrom, LocalDate validTo, List<Level> levels,
            List<Content> contents) {

        public List<Criterion> criteria() {
            return contents.stream().flatMap(c -> c.criteria().stream()).toList();
        }

        public BigDecimal totalWeight() {
            return contents.stream().map(Content::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        /** The weighted total (0–100) of the points given per criterion id; a criterion not given counts 0. */
        public BigDecimal total(Map<Long, BigDecimal> points) {
            BigDecimal weights = totalWeight();
            if (weights.signum() == 0) {
                return BigDecimal.ZERO.setScale(2);
            }
            BigDecimal sum = BigDecimal.ZERO;
            for (Content c : contents) {
                BigDecimal max = c.maxPoints();
                if (max.signum() == 0) {
                    continue;
                }
                BigDecimal got = c.criteria().stream().map(k -> points.getOrDefault(k.id(), BigDecimal.ZERO))
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                sum = sum.add(c.weight().multiply(got).multiply(BigDecimal.valueOf(100))
                        .divide(max, 8, RoundingMode.HALF_UP));
            }
            return sum.divide(weights, 2, RoundingMode.HALF_UP);
        }

        /** The first level, highest first, whose minimum the total reaches; the lowest when none. */
        public Level level(BigDecimal total) {
            return levels.stream().filter(l -> total.compareTo(l.minScore()) >= 0).findFirst()
                    .orElse(levels.get(levels.size() - 1));
        }

        /** The content's percentage of its points (for the breakdown shown on an evaluation). */
        public BigDecimal contentPercent(Content c, Map<Long, BigDecimal> points) {
            BigDecimal max = c.maxPoints();
            if (max.signum() == 0) {
                return BigDecimal.ZERO;
            }
            return c.criteria().stream().map(k -> points.getOrDefault(k.id(), BigDecimal.ZERO))
                    .reduce(BigDecimal.ZERO, BigDecimal::add).multiply(BigDecimal.valueOf(100))
                    .divide(max, 1, RoundingMode.HALF_UP);
        }
    }

    public List<Scale> all() {
        return jdbc.sql("select id from evaluation_scale order by province_unit, year desc").query(Long.class).list()
                .stream().map(id -> find(id).orElseThrow()).toList();
    }

    public Optional<Scale> find(long id) {
        return jdbc.sql("select * from evaluation_scale where id = :id").param("id", id).query((rs, i) -> {
            long sid = rs.getLong("id");
            return new Scale(sid, rs.getString("province_unit"), rs.getInt("year"), rs.getString("name"),
                    rs.getString("source"), rs.getBoolean("confirmed"), rs.getBigDecimal("poll_threshold"),
                    rs.getString("poll_source"), rs.getObject("valid_from", LocalDate.class),
                    rs.getObject("valid_to", LocalDate.class), null, null);
        }).optional().map(this::filled);
    }

    private Scale filled(Scale s) {
        List<Level> levels = jdbc.sql("""
                select position, name, min_score from evaluation_scale_level where scale_id = :id
                order by min_score desc, position""").param("id", s.id())
                .query((rs, i) -> new Level(rs.getInt(1), rs.getString(2), rs.getBigDecimal(3))).list();
        List<Criterion> criteria = jdbc.sql("""
                select id, content_number, position, text, max_points from evaluation_scale_criterion
                where scale_id = :id order by content_number, position""").param("id", s.id())
                .query((rs, i) -> new Criterion(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getString(4),
                        rs.getBigDecimal(5))).list();
        List<Content> contents = jdbc.sql("""
                select number, name, weight from evaluation_scale_content where scale_id = :id order by number""")
                .param("id", s.id()).query((rs, i) -> new Content(rs.getInt(1), rs.getString(2), rs.getBigDecimal(3),
                        criteria.stream().filter(c -> c.content() == safeInt(rs, 1)).toList())).list();
        return new Scale(s.id(), s.provinceUnit(), s.year(), s.name(), s.source(), s.confirmed(), s.pollThreshold(),
                s.pollSource(), s.validFrom(), s.validTo(), levels, contents);
    }

    private static int safeInt(java.sql.ResultSet rs, int column) {
        try {
            return rs.getInt(column);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The scale that applies to an area of the province for a period ending on {@code end}: among the province's
     * scales in force on that day, the one of the latest year not after the period's year.
     */
    public Optional<Scale> applying(String provinceUnit, int year, LocalDate end) {
        return jdbc.sql("""
                select id from evaluation_scale where province_unit = :p and year <= :y and valid_from <= :end
                  and (valid_to is null or valid_to > :end) order by year desc limit 1""")
                .param("p", provinceUnit).param("y", year).param("end", end).query(Long.class).optional()
                .flatMap(this::find);
    }

    /** What the edit form sends; every value as text so that each bad one is refused with its field. */
    public record Edit(String name, String source, boolean confirmed, String pollThreshold, String pollSource,
            String validFrom, String validTo, Map<Integer, String> levelNames, Map<Integer, String> levelMins,
            Map<Integer, String> contentWeights, Map<Long, String> criterionTexts, Map<Long, String> criterionPoints) {
    }

    /** Edits a scale (its header, level names and minimums, content weights, criteria and their points). */
    @Transactional
    public void edit(long id, Edit e) {
        Scale s = find(id).orElseThrow(() -> new Refused("scale", "evaluation.scale.unknown", id));
        checkEdit(s.provinceUnit());
        List<Refused.Reason> wrong = new ArrayList<>();
        String name = text(e.name(), "name", 300, wrong);
        String source = text(e.source(), "source", 1000, wrong);
        String pollSource = text(e.pollSource(), "pollSource", 1000, wrong);
        BigDecimal threshold = number(e.pollThreshold(), "pollThreshold", BigDecimal.valueOf(100), wrong, false);
        LocalDate from = Dates.parse(e.validFrom()).orElse(null);
        if (from == null) {
            wrong.add(Refused.Reason.of("validFrom", "evaluation.date.invalid"));
        }
        LocalDate to = null;
        if (e.validTo() != null && !e.validTo().isBlank()) {
            to = Dates.parse(e.validTo()).orElse(null);
            if (to == null) {
                wrong.add(Refused.Reason.of("validTo", "evaluation.date.invalid"));
            } else if (from != null && !to.isAfter(from)) {
                wrong.add(Refused.Reason.of("validTo", "evaluation.scale.validTo.before"));
            }
        }
        Map<Integer, String> names = new LinkedHashMap<>();
        Map<Integer, BigDecimal> mins = new LinkedHashMap<>();
        for (Level l : s.levels()) {
            names.put(l.position(), text(e.levelNames().get(l.position()), "level" + l.position(), 100, wrong));
            mins.put(l.position(), number(e.levelMins().get(l.position()), "levelMin" + l.position(),
                    BigDecimal.valueOf(100), wrong, false));
        }
        Map<Integer, BigDecimal> weights = new LinkedHashMap<>();
        for (Content c : s.contents()) {
            weights.put(c.number(), number(e.contentWeights().get(c.number()), "weight" + c.number(),
                    BigDecimal.valueOf(100), wrong, false));
        }
        Map<Long, String> texts = new LinkedHashMap<>();
        Map<Long, BigDecimal> points = new LinkedHashMap<>();
        for (Criterion k : s.criteria()) {
            texts.put(k.id(), text(e.criterionTexts().get(k.id()), "criterion" + k.id(), 1000, wrong));
            points.put(k.id(), number(e.criterionPoints().get(k.id()), "points" + k.id(), BigDecimal.valueOf(1000),
                    wrong, true));
        }
        if (wrong.isEmpty() && weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add).signum() == 0) {
            wrong.add(Refused.Reason.of("weight", "evaluation.scale.weights.zero"));
        }
        if (wrong.isEmpty() && mins.values().stream().distinct().count() < mins.size()) {
            wrong.add(Refused.Reason.of("levelMin", "evaluation.scale.levels.same"));
        }
        if (!wrong.isEmpty()) {
            throw new Refused(wrong);
        }
        Map<String, Object> old = summary(s);
        jdbc.sql("""
                update evaluation_scale set name = :n, source = :s, confirmed = :c, poll_threshold = :t,
                  poll_source = :ps, valid_from = :f, valid_to = :to, updated_by = :by, updated_at = now()
                where id = :id""").param("n", name).param("s", source).param("c", e.confirmed())
                .param("t", threshold).param("ps", pollSource).param("f", from).param("to", to)
                .param("by", permissions.username()).param("id", id).update();
        names.forEach((pos, n) -> jdbc.sql("""
                update evaluation_scale_level set name = :n, min_score = :m where scale_id = :id and position = :p""")
                .param("n", n).param("m", mins.get(pos)).param("id", id).param("p", pos).update());
        weights.forEach((num, w) -> jdbc.sql(
                "update evaluation_scale_content set weight = :w where scale_id = :id and number = :n")
                .param("w", w).param("id", id).param("n", num).update());
        texts.forEach((cid, t) -> jdbc.sql(
                "update evaluation_scale_criterion set text = :t, max_points = :m where id = :c and scale_id = :id")
                .param("t", t).param("m", points.get(cid)).param("c", cid).param("id", id).update());
        audit.record("UPDATE", "evaluation.scale", String.valueOf(id), s.name(), old, summary(find(id).orElseThrow()));
    }

    /** A copy of the scale for another year (the province's next scale starts as this one). */
    @Transactional
    public long copy(long id, String yearText) {
        Scale s = find(id).orElseThrow(() -> new Refused("scale", "evaluation.scale.unknown", id));
        checkEdit(s.provinceUnit());
        int year;
        try {
            year = Integer.parseInt(yearText == null ? "" : yearText.strip());
        } catch (NumberFormatException e) {
            throw new Refused("year", "evaluation.scale.year.invalid");
        }
        if (year < 1990 || year > 2100) {
            throw new Refused("year", "evaluation.scale.year.invalid");
        }
        if (jdbc.sql("select count(*) from evaluation_scale where province_unit = :p and year = :y")
                .param("p", s.provinceUnit()).param("y", year).query(Integer.class).single() > 0) {
            throw new Refused("year", "evaluation.scale.year.taken", year);
        }
        long copy = jdbc.sql("""
                insert into evaluation_scale (province_unit, year, name, source, confirmed, poll_threshold,
                    poll_source, valid_from, valid_to, updated_by)
                values (:p, :y, :n, :s, false, :t, :ps, :f, null, :by) returning id""")
                .param("p", s.provinceUnit()).param("y", year).param("n", s.name()).param("s", s.source())
                .param("t", s.pollThreshold()).param("ps", s.pollSource()).param("f", Year.of(year).atDay(1))
                .param("by", permissions.username()).query(Long.class).single();
        jdbc.sql("""
                insert into evaluation_scale_level (scale_id, position, name, min_score)
                select :c, position, name, min_score from evaluation_scale_level where scale_id = :id""")
                .param("c", copy).param("id", id).update();
        jdbc.sql("""
                insert into evaluation_scale_content (scale_id, number, name, weight)
                select :c, number, name, weight from evaluation_scale_content where scale_id = :id""")
                .param("c", copy).param("id", id).update();
        jdbc.sql("""
                insert into evaluation_scale_criterion (scale_id, content_number, position, text, max_points)
                select :c, content_number, position, text, max_points from evaluation_scale_criterion
                where scale_id = :id""").param("c", copy).param("id", id).update();
        audit.record("CREATE", "evaluation.scale", String.valueOf(copy), s.name() + " " + year, null,
                Map.of("copiedFrom", id, "year", year));
        return copy;
    }

    public boolean mayEdit(Scale s) {
        return territory.versions(s.provinceUnit(), vn.chungsuc.shared.scope.UnitScope.ALL).stream()
                .reduce((a, b) -> b).map(u -> permissions.mayAt("scale.edit", u.path())).orElse(false);
    }

    private void checkEdit(String province) {
        boolean may = territory.versions(province, vn.chungsuc.shared.scope.UnitScope.ALL).stream()
                .reduce((a, b) -> b).map(u -> permissions.mayAt("scale.edit", u.path())).orElse(false);
        if (!may) {
            throw new AccessDeniedException("may not edit the scale of " + province);
        }
    }

    private static Map<String, Object> summary(Scale s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", s.name());
        m.put("source", s.source());
        m.put("confirmed", s.confirmed());
        m.put("pollThreshold", s.pollThreshold());
        m.put("validFrom", s.validFrom());
        m.put("validTo", s.validTo());
        // one field each for the levels, the contents' weights and the criteria's points, whatever their number
        m.put("levels", String.join("; ", s.levels().stream().map(l -> l.name() + " ≥ " + l.minScore()).toList()));
        m.put("weights", String.join("; ", s.contents().stream().map(c -> c.number() + ": " + c.weight())
                .toList()));
        m.put("points", String.join("; ", s.criteria().stream()
                .map(k -> k.content() + "." + k.position() + ": " + k.maxPoints()).toList()));
        return m;
    }

    static String text(String value, String field, int max, List<Refused.Reason> wrong) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            wrong.add(Refused.Reason.of(field, "evaluation.required"));
        } else if (v.length() > max) {
            wrong.add(Refused.Reason.of(field, "evaluation.long", String.valueOf(max)));
        }
        return v;
    }

    /** A number between 0 and max (above 0 when positive), with a comma or a point; null (and a reason) if not. */
    static BigDecimal number(String value, String field, BigDecimal max, List<Refused.Reason> wrong,
            boolean positive) {
        BigDecimal n = null;
        String v = value == null ? "" : value.strip().replace(',', '.');
        if (v.length() <= 12) {
            try {
                n = new BigDecimal(v);
            } catch (NumberFormatException e) {
                n = null;
            }
        }
        if (n == null || n.signum() < 0 || (positive && n.signum() == 0) || n.compareTo(max) > 0 || n.scale() > 2) {
            wrong.add(Refused.Reason.of(field, "evaluation.number.invalid", max.toPlainString()));
            return null;
        }
        return n;
    }
}
