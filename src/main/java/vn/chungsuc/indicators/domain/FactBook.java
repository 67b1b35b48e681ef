package vn.chungsuc.indicators.domain;

import vn.chungsuc.shared.time.Period;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.chungsuc.shared.platform.ReadCache;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chungsuc.campaign.Population;
import vn.chungsuc.territory.Setting;

/**
 * Facts per (indicator, period, unit where the records sit) and the figures rolled up from them per unit of a view
 * date. A set is stored under the first day of the span of dates with the same tree of units
 * ({@link UnitPlacements#sameTreeAs}): views of 31/12/2018 and 31/12/2017 read one set when no unit changed between,
 * so the sets are bounded by the changes to the units and none need pruning. Every change of a fact is applied at once, as a difference, to every figure set of its indicator and period
 * (the unit it is placed under that day and all units above), so figures are current when the transaction commits.
 * Each (indicator, period) is guarded by a transaction-scoped advisory lock, so a change and the building of a
 * figure set never interleave; a change to the units takes a lock that excludes them all.
 */
@Repository
@Transactional
public class FactBook {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final UnitPlacements placements;
    private final TransactionTemplate separately;
    /** The periods counted per indicator, for the check every dashboard and API read makes (only grows, but for
     * {@link #forget} and {@link #overwrite}); kept at most {@code chungsuc.indicators.cache.max-age}. */
    private final ReadCache counted;
    /** The boards built from the figures: emptied by every change of a fact or figure here. */
    private final BoardCache boards;

    FactBook(JdbcClient jdbc, JdbcTemplate template, UnitPlacements placements,
            PlatformTransactionManager transactions,
            @Value("${chungsuc.indicators.cache.max-age:PT30S}") Duration maxAge, BoardCache boards) {
        this.counted = new ReadCache(maxAge, 1_000);
        this.boards = boards;
        this.jdbc = jdbc;
        this.template = template;
        this.placements = placements;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** A figure: the indicator, period and population it belongs to and the unit it is for. */
    public record FigureKey(String indicator, Period period, Population population, String unit) {
    }

    // ---- reading

    @Transactional(readOnly = true)
    public Map<String, Fact> facts(String indicator, Period period) {
        Map<String, Fact> out = new LinkedHashMap<>();
        jdbc.sql("select unit_code, setting, numerator, denominator from indicators_fact "
                        + "where indicator_code = ? and period = ? order by unit_code")
                .params(indicator, period.code())
                .query(rs -> {
                    out.put(rs.getString("unit_code"), fact(rs));
                });
        return out;
    }

    private static Fact fact(java.sql.ResultSet rs) throws java.sql.SQLException {
        String setting = rs.getString("setting");
        return new Fact(rs.getString("unit_code"), setting == null ? null : Setting.valueOf(setting),
                new Fraction(rs.getLong("numerator"), rs.getLong("denominator")));
    }

    /** Every fact with its indicator's name, in the order of indicator, period and unit (streamed). */
    @Transactional(readOnly = true)
    public void eachFact(java.util.function.Consumer<vn.chungsuc.indicators.IndicatorFact> sink) {
        jdbc.sql("""
                select f.indicator_code, i.name, f.period, f.unit_code, f.numerator, f.denominator
                from indicators_fact f join indicators_indicator i on i.code = f.indicator_code
                order by f.indicator_code, f.period, f.unit_code""")
                .query(rs -> {
                    sink.accept(new vn.chungsuc.indicators.IndicatorFact(rs.getString(1), rs.getString(2),
                            rs.getString(3), rs.getString(4), rs.getLong(5), rs.getLong(6)));
                });
    }

    /** The periods a computed indicator has been counted for. */
    @Transactional(readOnly = true)
    public Set<Period> countedPeriods(String indicator) {
        Set<Period> out = new TreeSet<>();
        jdbc.sql("select period from indicators_fact_set where indicator_code = ?").param(indicator)
                .query(String.class).list().forEach(p -> out.add(Period.parse(p)));
        return out;
    }

    /**
     * The periods counted for an indicator as last read ({@link #countedPeriods} once in a while): what a read checks
     * before it counts a period not counted yet. A period counted since is counted again at most once (counting is
     * idempotent), and then known.
     */
    public Set<Period> countedPeriodsKept(String indicator) {
        return counted.get(indicator, () -> java.util.Collections.unmodifiableSet(countedPeriods(indicator)));
    }

    /** The periods an indicator has facts for. */
    @Transactional(readOnly = true)
    public Set<Period> factPeriods(String indicator) {
        Set<Period> out = new TreeSet<>();
        jdbc.sql("select distinct period from indicators_fact where indicator_code = ?").param(indicator)
                .query(String.class).list().forEach(p -> out.add(Period.parse(p)));
        return out;
    }

    /**
     * The figures of the units given, in every population, for the indicators and periods, on the view date: one
     * query, in the caller's transaction if there is one, else without one (no BEGIN and COMMIT around it).
     */
    @Transactional(readOnly = true, propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
    public Map<FigureKey, Fraction> figures(Collection<String> indicators, Collection<Period> periods,
            LocalDate viewDate, Collection<String> units) {
        Map<FigureKey, Fraction> out = new HashMap<>();
        if (indicators.isEmpty() || periods.isEmpty() || units.isEmpty()) {
            return out;
        }
        jdbc.sql("""
                select indicator_code, period, population, unit_code, numerator, denominator from indicators_figure
                where view_date = :d and indicator_code in (:i) and period in (:p) and unit_code in (:u)""")
                .param("d", placements.sameTreeAs(viewDate)).param("i", indicators)
                .param("p", periods.stream().map(Period::code).toList()).param("u", units)
                .query(rs -> {
                    out.put(new FigureKey(rs.getString("indicator_code"), Period.parse(rs.getString("period")),
                                    Population.valueOf(rs.getString("population")), rs.getString("unit_code")),
                            new Fraction(rs.getLong("numerator"), rs.getLong("denominator")));
                });
        return out;
    }

    /** Every non-zero figure of every set, for comparing the live figures with a recomputation. */
    @Transactional(readOnly = true)
    public Map<String, Fraction> snapshot() {
        Map<String, Fraction> out = new HashMap<>();
        jdbc.sql("""
                select indicator_code, period, view_date, population, unit_code, numerator, denominator
                from indicators_figure where numerator <> 0 or denominator <> 0""")
                .query(rs -> {
                    out.put(rs.getString("indicator_code") + "|" + rs.getString("period") + "|"
                            + rs.getDate("view_date") + "|" + rs.getString("population") + "|"
                            + rs.getString("unit_code"), new Fraction(rs.getLong("numerator"),
                            rs.getLong("denominator")));
                });
        return out;
    }

    // ---- changing facts (in the caller's transaction)

    /** Sets one fact; null or zero removes it. */
    public void put(String indicator, Period period, String unit, Fraction value) {
        lock(indicator, period);
        Fact old = facts(indicator, period).get(unit);
        apply(indicator, period, unit, old, value == null ? Fraction.ZERO : value);
        ensurePeriodSet(indicator, period);
    }

    /**
     * Makes the facts of an indicator and period those given (units left out lose theirs), changing only what
     * differs; optionally records that the period has been counted from sources.
     */
    public void replace(String indicator, Period period, Map<String, Fraction> values, boolean counted) {
        lock(indicator, period);
        Map<String, Fact> old = facts(indicator, period);
        Set<String> units = new TreeSet<>(old.keySet());
        units.addAll(values.keySet());
        for (String unit : units) {
            Fraction now = values.getOrDefault(unit, Fraction.ZERO);
            Fact before = old.get(unit);
            if (before == null ? !now.isZero() : !before.value().equals(now)) {
                apply(indicator, period, unit, before, now);
            }
        }
        if (counted) {
            markCounted(indicator, period);
        }
        ensurePeriodSet(indicator, period);
    }

    private void markCounted(String indicator, Period period) {
        boolean added = jdbc.sql("""
                insert into indicators_fact_set (indicator_code, period) values (?, ?)
                on conflict (indicator_code, period) do update set counted_at = now()
                returning (xmax = 0)""")
                .params(indicator, period.code()).query(Boolean.class).single();
        if (added) {
            this.counted.written();
        }
    }

    /**
     * Makes the facts of some units of an indicator and period those given (a unit of them left out loses its fact),
     * changing only what differs; the facts of other units stay. The recount of one write's units.
     */
    public void replaceUnits(String indicator, Period period, Map<String, Fraction> values, Collection<String> units) {
        if (units.isEmpty()) {
            return;
        }
        lock(indicator, period);
        Map<String, Fact> old = new HashMap<>();
        jdbc.sql("""
                select unit_code, setting, numerator, denominator from indicators_fact
                where indicator_code = :i and period = :p and unit_code in (:u)""")
                .param("i", indicator).param("p", period.code()).param("u", List.copyOf(units))
                .query(rs -> {
                    old.put(rs.getString("unit_code"), fact(rs));
                });
        for (String unit : new TreeSet<>(units)) {
            Fraction now = values.getOrDefault(unit, Fraction.ZERO);
            Fact before = old.get(unit);
            if (before == null ? !now.isZero() : !before.value().equals(now)) {
                apply(indicator, period, unit, before, now);
            }
        }
        ensurePeriodSet(indicator, period);
    }

    /**
     * Writes the facts of an indicator and period from scratch and drops their figure sets (a recomputation): no
     * difference is carried over from the facts before.
     */
    public void overwrite(String indicator, Period period, Map<String, Fraction> values, boolean counted) {
        lock(indicator, period);
        boards.written();
        jdbc.sql("delete from indicators_fact where indicator_code = ? and period = ?")
                .params(indicator, period.code()).update();
        jdbc.sql("delete from indicators_figure_set where indicator_code = ? and period = ?")
                .params(indicator, period.code()).update();
        List<Object[]> rows = new ArrayList<>();
        values.forEach((unit, value) -> {
            if (!value.isZero()) {
                rows.add(new Object[] {indicator, period.code(), unit, setting(unit, period), value.numerator(),
                        value.denominator()});
            }
        });
        template.batchUpdate("""
                insert into indicators_fact (indicator_code, period, unit_code, setting, numerator, denominator)
                values (?, ?, ?, ?, ?, ?)""", rows);
        this.counted.written();
        if (counted) {
            markCounted(indicator, period);
        }
    }

    /** Forgets everything computed for an indicator (its method changed): facts, counted periods, figures. */
    public void forget(String indicator) {
        counted.written();
        boards.written();
        jdbc.sql("delete from indicators_fact where indicator_code = ?").param(indicator).update();
        jdbc.sql("delete from indicators_fact_set where indicator_code = ?").param(indicator).update();
        jdbc.sql("delete from indicators_figure_set where indicator_code = ?").param(indicator).update();
    }

    // ---- figure sets

    /**
     * Makes sure the figure sets exist for the indicators and periods on the view date, building each missing one
     * in a transaction of its own.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public void ensureFigures(Collection<String> indicators, Collection<Period> periods, LocalDate view) {
        if (indicators.isEmpty() || periods.isEmpty()) {
            return;
        }
        LocalDate viewDate = placements.sameTreeAs(view);
        Set<String> existing = new HashSet<>(jdbc.sql("""
                select indicator_code || '|' || period from indicators_figure_set
                where view_date = :d and indicator_code in (:i) and period in (:p)""")
                .param("d", viewDate).param("i", indicators)
                .param("p", periods.stream().map(Period::code).toList()).query(String.class).list());
        for (String indicator : indicators) {
            for (Period period : periods) {
                if (!existing.contains(indicator + "|" + period.code())) {
                    separately.executeWithoutResult(status -> {
                        lock(indicator, period);
                        if (!setExists(indicator, period, viewDate)) {
                            build(indicator, period, viewDate);
                        }
                    });
                }
            }
        }
    }

    /** A figure set: an indicator and period rolled up on the units of a view date. */
    public record FigureSet(String indicator, Period period, LocalDate viewDate) {
    }

    @Transactional(readOnly = true)
    public List<FigureSet> figureSets() {
        return jdbc.sql("select indicator_code, period, view_date from indicators_figure_set")
                .query((rs, n) -> new FigureSet(rs.getString(1), Period.parse(rs.getString(2)),
                        rs.getDate(3).toLocalDate())).list();
    }

    /**
     * After a change to the units from a date: facts of periods ending on or after it take their units' new
     * setting, and figure sets that depend on the units from that date on are dropped (rebuilt when next asked for).
     */
    public void resettle(LocalDate from) {
        // Exclusive against every change and build (which hold the shared side): no set is half built meanwhile.
        jdbc.sql("select 1 from (select pg_advisory_xact_lock(hashtextextended('indicators', 0))) l")
                .query(Integer.class).single();
        placements.clear();
        boards.written();
        List<Object[]> facts = jdbc.sql("""
                select indicator_code, period, unit_code, setting from indicators_fact
                where cast(substr(period, 1, 4) as int) >= ?""").param(from.getYear())
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)})
                .list();
        for (Object[] f : facts) {
            Period period = Period.parse((String) f[1]);
            if (period.end().isBefore(from)) {
                continue;
            }
            String setting = setting((String) f[2], period);
            if (!java.util.Objects.equals(setting, f[3])) {
                jdbc.sql("update indicators_fact set setting = ? where indicator_code = ? and period = ? and unit_code = ?")
                        .params(setting, f[0], f[1], f[2]).update();
                jdbc.sql("delete from indicators_figure_set where indicator_code = ? and period = ?")
                        .params(f[0], f[1]).update();
            }
        }
        jdbc.sql("delete from indicators_figure_set where view_date >= ?").param(from).update();
    }

    private void ensurePeriodSet(String indicator, Period period) {
        LocalDate view = placements.sameTreeAs(period.end());
        if (!setExists(indicator, period, view)) {
            build(indicator, period, view);
        }
    }

    private boolean setExists(String indicator, Period period, LocalDate viewDate) {
        return jdbc.sql("""
                select count(*) from indicators_figure_set where indicator_code = ? and period = ? and view_date = ?""")
                .params(indicator, period.code(), viewDate).query(Long.class).single() > 0;
    }

    /** Builds a figure set from the facts (the caller holds the lock). */
    private void build(String indicator, Period period, LocalDate viewDate) {
        jdbc.sql("insert into indicators_figure_set (indicator_code, period, view_date) values (?, ?, ?)")
                .params(indicator, period.code(), viewDate).update();
        Map<Population, Map<String, Fraction>> figures = RollUp.of(facts(indicator, period).values(),
                unit -> placements.place(unit, viewDate));
        List<Object[]> rows = new ArrayList<>();
        figures.forEach((population, byUnit) -> byUnit.forEach((unit, value) -> rows.add(new Object[] {indicator,
                period.code(), Date.valueOf(viewDate), population.name(), unit, value.numerator(),
                value.denominator()})));
        template.batchUpdate("""
                insert into indicators_figure (indicator_code, period, view_date, population, unit_code, numerator,
                                               denominator) values (?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    /** Writes a fact's new value and adds the difference to every figure set of its indicator and period. */
    private void apply(String indicator, Period period, String unit, Fact before, Fraction now) {
        boards.written();
        String settingName = before != null && before.setting() != null ? before.setting().name()
                : setting(unit, period);
        if (now.isZero()) {
            jdbc.sql("delete from indicators_fact where indicator_code = ? and period = ? and unit_code = ?")
                    .params(indicator, period.code(), unit).update();
        } else {
            jdbc.sql("""
                    insert into indicators_fact (indicator_code, period, unit_code, setting, numerator, denominator)
                    values (?, ?, ?, ?, ?, ?)
                    on conflict (indicator_code, period, unit_code) do update
                    set numerator = excluded.numerator, denominator = excluded.denominator, updated_at = now()""")
                    .params(indicator, period.code(), unit, settingName, now.numerator(), now.denominator()).update();
        }
        Fraction delta = now.minus(before == null ? Fraction.ZERO : before.value());
        Setting setting = settingName == null ? null : Setting.valueOf(settingName);
        List<LocalDate> views = jdbc.sql("""
                select view_date from indicators_figure_set where indicator_code = ? and period = ?""")
                .params(indicator, period.code()).query(LocalDate.class).list();
        List<Object[]> rows = new ArrayList<>();
        for (LocalDate view : views) {
            Optional<Placement> placed = placements.place(unit, view);
            if (placed.isEmpty()) {
                continue;
            }
            for (Population population : RollUp.populations(setting)) {
                for (String code : placed.get().pathCodes()) {
                    rows.add(new Object[] {indicator, period.code(), Date.valueOf(view), population.name(), code,
                            delta.numerator(), delta.denominator()});
                }
            }
        }
        template.batchUpdate("""
                insert into indicators_figure (indicator_code, period, view_date, population, unit_code, numerator,
                                               denominator) values (?, ?, ?, ?, ?, ?, ?)
                on conflict (indicator_code, period, view_date, population, unit_code) do update
                set numerator = indicators_figure.numerator + excluded.numerator,
                    denominator = indicators_figure.denominator + excluded.denominator""", rows);
    }

    /** The rural or urban setting of the unit at the end of the period, or null when it has no place then. */
    private String setting(String unit, Period period) {
        Optional<Placement> placed = placements.place(unit, period.end());
        if (placed.isEmpty()) {
            placed = placements.place(unit, period.start());
        }
        return placed.map(p -> p.setting().name()).orElse(null);
    }

    /**
     * Takes, for the caller's transaction, the lock of an indicator and period that every change of its facts takes.
     * A recount takes it before it counts, so that two recounts of the same facts run one after the other and the
     * later one counts what the earlier one's writes and every commit before it left: an older count can never
     * overwrite a newer one.
     */
    public void guard(String indicator, Period period) {
        lock(indicator, period);
    }

    private void lock(String indicator, Period period) {
        jdbc.sql("""
                select 1 from (select pg_advisory_xact_lock_shared(hashtextextended('indicators', 0)),
                                      pg_advisory_xact_lock(hashtextextended(?, 0))) l""")
                .param("indicators|" + indicator + "|" + period.code()).query(Integer.class).single();
    }
}
