package vn.chungsuc.indicators.domain;

import vn.chungsuc.shared.time.Period;
import vn.chungsuc.shared.time.Today;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import vn.chungsuc.campaign.CampaignApi;
import vn.chungsuc.campaign.Goal;
import vn.chungsuc.campaign.GoalKind;
import vn.chungsuc.campaign.Population;
import vn.chungsuc.campaign.ProgrammeView;
import vn.chungsuc.campaign.TargetView;
import vn.chungsuc.indicators.IndicatorsApi;
import vn.chungsuc.indicators.TargetProgress;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.territory.TerritoryApi;
import vn.chungsuc.territory.UnitView;

/**
 * Progress of a programme's targets for a unit and period, read from the pre-aggregated figures: the board of all
 * targets, one target with its breakdown over the units below, the entries behind a number, and which units have
 * not entered their values. Units are shown as they were on a view date (by default the end of the period); when
 * the unit asked for no longer exists that day (thị xã Bỉm Sơn after 1/7/2025), its figures are shown on the units
 * its communes became.
 */
@Service
public class ProgressBoard implements IndicatorsApi {

    private final CampaignApi campaign;
    private final IndicatorStore indicators;
    private final FactBook book;
    private final FigureMaintenance maintenance;
    private final UnitPlacements placements;
    private final TerritoryApi territory;
    private final EntryStore entries;
    private final Today today;
    private final BoardCache boards;

    ProgressBoard(CampaignApi campaign, IndicatorStore indicators, FactBook book, FigureMaintenance maintenance,
            UnitPlacements placements, TerritoryApi territory, EntryStore entries, Today today, BoardCache boards) {
        this.boards = boards;
        this.today = today;
        this.campaign = campaign;
        this.indicators = indicators;
        this.book = book;
        this.maintenance = maintenance;
        this.placements = placements;
        this.territory = territory;
        this.entries = entries;
    }

    @Override
    public void eachFact(java.util.function.Consumer<vn.chungsuc.indicators.IndicatorFact> sink) {
        book.eachFact(sink);
    }

    /** Today on the scale of {@link Period#endTime()} (1 July 2021 → about 2021.5). */
    private double todayTime() {
        LocalDate d = today.date();
        return d.getYear() + (d.getDayOfYear() - 1) / (double) d.lengthOfYear();
    }

    /** The unit a board is for, on the view date, and the units below it there. */
    public record Scope(ProgrammeView programme, Period period, LocalDate viewDate, UnitView unit, boolean onViewDate,
            List<UnitView> ancestors, List<UnitView> below) {

        /** The units whose figures add up to the unit's: itself, or those it became. */
        public List<String> headlineUnits() {
            return onViewDate ? List.of(unit.code()) : below.stream().map(UnitView::code).toList();
        }
    }

    /** A value in a period. */
    public record Point(Period period, Fraction value, BigDecimal measure) {
    }

    /** One target for one unit. */
    public record Row(TargetView target, Indicator indicator, Goal goal, Fraction value, BigDecimal measure,
            TargetStatusPolicy.Assessment assessment, List<Point> trend) {

        public TargetStatus status() {
            return assessment.status();
        }

        public boolean entered() {
            return indicator != null && indicator.entered();
        }
    }

    /** A unit below, for the breakdown of a target. */
    public record Cell(UnitView unit, Fraction value, BigDecimal measure, Goal goal, TargetStatus status) {
    }

    /** A computed figure shown beside the targets (households in the register, residential areas). */
    public record Context(Indicator indicator, Fraction value) {
    }

    public record Board(Scope scope, List<Row> rows, List<Period> trendPeriods, List<Context> context) {
    }

    public record Detail(Scope scope, Row row, List<Period> trendPeriods, List<Cell> breakdown, String recordsLink) {
    }

    /** A unit and what it has entered for each indicator of the programme. */
    public record Completeness(Scope scope, List<Indicator> indicators, List<CompletenessRow> rows,
            Map<String, Long> missingByIndicator) {
    }

    public record CompletenessRow(UnitView unit, Map<String, CompletenessCell> cells) {
    }

    /**
     * @param status for an indicator entered for the unit itself; null when entered for its areas
     * @param approved for an indicator entered for areas: how many have approved values; {@code expected} of them
     */
    public record CompletenessCell(EntryStatus status, boolean applicable, long approved, long submitted,
            long expected) {
    }

    @Override
    public Optional<List<TargetProgress>> progress(long programmeId, String unitCode, int year, boolean firstHalf,
            LocalDate unitsOn, UnitScope user) {
        Period period = firstHalf ? Period.firstHalf(year) : Period.year(year);
        return campaign.programme(programmeId).flatMap(p -> scope(p, unitCode, period, unitsOn, user))
                .map(s -> board(s).rows().stream().map(ProgressBoard::progress).toList());
    }

    static TargetProgress progress(Row r) {
        return new TargetProgress(r.target().code(), r.target().label(), r.target().goal().kind().name(),
                r.goal() == null ? null : r.goal().text(java.util.Locale.forLanguageTag("vi")),
                r.measure() == null ? null : new BigDecimal(r.measure().setScale(2, java.math.RoundingMode.HALF_UP)
                        .stripTrailingZeros().toPlainString()),
                r.value() == null ? null : r.value().numerator(), r.value() == null ? null : r.value().denominator(),
                r.status().name());
    }

    // ---- scope

    /**
     * Resolves the unit of a board: the one asked for, or the programme's unit if the user may see it, or the
     * user's first unit. Empty when the user may see none of them.
     */
    public Optional<Scope> scope(ProgrammeView programme, String unitCode, Period period, LocalDate viewDate,
            UnitScope user) {
        LocalDate view = viewDate == null ? period.end() : viewDate;
        String code = unitCode;
        if (code == null || code.isBlank()) {
            code = visible(programme.unitCode(), period, view, user) ? programme.unitCode()
                    : territory.roots(view, user).stream().map(n -> n.unit().code()).findFirst()
                            .orElse(territory.roots(period.end(), user).stream().map(n -> n.unit().code())
                                    .findFirst().orElse(null));
        }
        if (code == null || !visible(code, period, view, user)) {
            return Optional.empty();
        }
        String c = code.strip().toUpperCase();
        Optional<UnitView> onView = territory.find(c, view, UnitScope.ALL);
        if (onView.isPresent()) {
            UnitView unit = onView.get();
            return Optional.of(new Scope(programme, period, view, unit, true, ancestors(unit, view, programme, user),
                    territory.children(c, view, UnitScope.ALL)));
        }
        Optional<UnitView> inPeriod = territory.find(c, period.end(), UnitScope.ALL);
        if (inPeriod.isEmpty()) {
            return Optional.empty();
        }
        // The unit is gone on the view date: show it on what its units became.
        Set<String> became = new LinkedHashSet<>();
        for (UnitView child : territory.children(c, period.end(), UnitScope.ALL)) {
            placements.place(child.code(), view).ifPresent(p -> became.add(p.code()));
        }
        List<UnitView> below = became.stream().map(b -> territory.find(b, view, UnitScope.ALL))
                .flatMap(Optional::stream).toList();
        return Optional.of(new Scope(programme, period, view, inPeriod.get(), false, List.of(), below));
    }

    private boolean visible(String code, Period period, LocalDate view, UnitScope user) {
        if (user.everything()) {
            return true;
        }
        return territory.find(code, view, UnitScope.ALL).or(() -> territory.find(code, period.end(), UnitScope.ALL))
                .map(u -> user.canView(u.path())).orElse(false);
    }

    private List<UnitView> ancestors(UnitView unit, LocalDate view, ProgrammeView programme, UnitScope user) {
        List<UnitView> all = territory.ancestors(unit, view, user);
        // From the programme's unit down, when the unit lies in it; otherwise from the user's own roots.
        List<UnitView> out = new ArrayList<>();
        boolean inside = false;
        for (UnitView a : all) {
            if (a.code().equals(programme.unitCode())) {
                inside = true;
            }
            if (inside) {
                out.add(a);
            }
        }
        return inside ? out : all.stream().filter(a -> a.level().depth() >= 2).toList();
    }

    // ---- the board

    /**
     * The board of a scope resolved for the user ({@link #scope}): built from the figures once, then kept in the
     * {@link BoardCache} until a figure, the programme or the units change.
     */
    public Board board(Scope scope) {
        ProgrammeView programme = scope.programme();
        List<TargetView> targets = campaign.targets(programme.id());
        Map<String, Indicator> defs = indicators.byCode();
        Map<Long, Map<String, Goal>> allocations = campaign.allocationsOf(programme.id());
        BoardCache.Key key = new BoardCache.Key(programme.id(), scope.unit().code(), scope.onViewDate(),
                scope.headlineUnits(), scope.period(), scope.viewDate(), today.date(),
                new BoardCache.Same(programme, targets, defs, allocations));
        BoardCache.Figures f = boards.board(key, () -> build(scope, targets, defs, allocations));
        return new Board(scope, f.rows(), f.trend(), f.context());
    }

    private BoardCache.Figures build(Scope scope, List<TargetView> targets, Map<String, Indicator> defs,
            Map<Long, Map<String, Goal>> allocations) {
        List<Period> trend = trendPeriods(scope);
        List<Indicator> context = defs.values().stream()
                .filter(i -> !i.entered() && targets.stream().noneMatch(t -> i.code().equals(t.indicatorCode())))
                .toList();
        Figures figures = load(scope, targets, context, defs, trend, scope.headlineUnits());
        List<Row> rows = new ArrayList<>();
        for (TargetView t : targets) {
            rows.add(row(scope, t, defs.get(t.indicatorCode()), figures, scope.headlineUnits(), trend,
                    goalFor(scope.programme(), t, scope.unit().code(), allocations.getOrDefault(t.id(), Map.of()))));
        }
        List<Context> ctx = context.stream().map(i -> new Context(i,
                figures.sum(i.code(), scope.period(), Population.WHOLE, scope.headlineUnits()))).toList();
        return new BoardCache.Figures(List.copyOf(rows), List.copyOf(trend), List.copyOf(ctx));
    }

    public Detail detail(Scope scope, TargetView target) {
        Map<String, Indicator> defs = indicators.byCode();
        Indicator indicator = defs.get(target.indicatorCode());
        List<Period> trend = trendPeriods(scope);
        List<String> units = new ArrayList<>(scope.headlineUnits());
        List<UnitView> below = scope.below();
        below.forEach(u -> {
            if (!units.contains(u.code())) {
                units.add(u.code());
            }
        });
        Figures figures = load(scope, List.of(target), List.of(), defs, trend, units);
        Map<String, Goal> allocations = campaign.allocations(target.id());
        Row row = row(scope, target, indicator, figures, scope.headlineUnits(), trend,
                goalFor(scope.programme(), target, scope.unit().code(), allocations));
        List<Cell> cells = new ArrayList<>();
        for (UnitView u : below) {
            if (!fits(target.population(), u)) {
                continue;
            }
            Fraction value = indicator == null ? null
                    : figures.sum(indicator.code(), scope.period(), target.population(), List.of(u.code()));
            Goal goal = goalFor(scope.programme(), target, u.code(), allocations);
            BigDecimal measure = value == null || value.isZero() ? null
                    : target.goal().measure(value.numerator(), value.denominator());
            TargetStatus status = TargetStatusPolicy.assess(goal,
                    value == null || value.isZero() ? null
                            : new TargetStatusPolicy.Observation(scope.period().endTime(), value),
                    baseline(target, indicator, figures, trend, List.of(u.code()), scope.period()),
                    target.deadlineYear() + 1.0, todayTime()).status();
            cells.add(new Cell(u, value == null || value.isZero() ? null : value, measure, goal, status));
        }
        String records = indicator == null || indicator.entered() ? null
                : indicator.recordsLinkFor(scope.unit().code(), scope.viewDate());
        return new Detail(scope, row, trend, cells, records);
    }

    /** The approved entries behind a unit's number: those entered for it or for units placed under it that day. */
    public List<Entry> recordsBehind(Scope scope, Indicator indicator) {
        List<Entry> all = entries.list(List.of(indicator.code()), scope.period(), null);
        Set<String> roots = new LinkedHashSet<>(scope.headlineUnits());
        return all.stream().filter(e -> placements.place(e.unitCode(), scope.viewDate())
                .map(p -> roots.stream().anyMatch(p::within)).orElse(false)).toList();
    }

    /** The names of units as they were in the period. */
    public Map<String, String> names(Collection<String> codes, Period period) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String code : codes) {
            out.put(code, territory.find(code, period.end(), UnitScope.ALL)
                    .or(() -> territory.find(code, period.start(), UnitScope.ALL))
                    .map(UnitView::fullName).orElse(code));
        }
        return out;
    }

    public Completeness completeness(Scope scope) {
        List<TargetView> targets = campaign.targets(scope.programme().id());
        Map<String, Indicator> defs = indicators.byCode();
        Map<String, Set<Population>> populations = new LinkedHashMap<>();
        for (TargetView t : targets) {
            Indicator i = defs.get(t.indicatorCode());
            if (i != null && i.entered()) {
                populations.computeIfAbsent(i.code(), k -> new LinkedHashSet<>()).add(t.population());
            }
        }
        List<Indicator> entered = populations.keySet().stream().map(defs::get).toList();
        LocalDate on = scope.period().end();
        // Rows are the communes under the unit (or the unit itself when it is one), as they were in the period.
        List<UnitView> communes = new ArrayList<>();
        UnitView unit = territory.find(scope.unit().code(), on, UnitScope.ALL).orElse(scope.unit());
        if (unit.level() == vn.chungsuc.territory.UnitLevel.COMMUNE) {
            communes.add(unit);
        } else if (unit.level().depth() < vn.chungsuc.territory.UnitLevel.COMMUNE.depth()) {
            territory.subtree(unit.code(), on, UnitScope.ALL).stream()
                    .filter(u -> u.level() == vn.chungsuc.territory.UnitLevel.COMMUNE).forEach(communes::add);
        }
        Map<String, List<UnitView>> areas = new LinkedHashMap<>();
        for (UnitView c : communes) {
            areas.put(c.code(), territory.children(c.code(), on, UnitScope.ALL));
        }
        Set<String> unitCodes = new LinkedHashSet<>();
        communes.forEach(c -> unitCodes.add(c.code()));
        areas.values().forEach(list -> list.forEach(a -> unitCodes.add(a.code())));
        Map<String, Entry> byKey = new LinkedHashMap<>();
        entries.list(populations.keySet(), scope.period(), unitCodes)
                .forEach(e -> byKey.put(e.indicatorCode() + "|" + e.unitCode(), e));
        List<CompletenessRow> rows = new ArrayList<>();
        Map<String, Long> missing = new LinkedHashMap<>();
        entered.forEach(i -> missing.put(i.code(), 0L));
        for (UnitView c : communes) {
            Map<String, CompletenessCell> cells = new LinkedHashMap<>();
            for (Indicator i : entered) {
                Set<Population> pops = populations.get(i.code());
                if (i.entryLevel() == EntryLevel.COMMUNE) {
                    boolean applicable = pops.stream().anyMatch(p -> fits(p, c));
                    Entry e = byKey.get(i.code() + "|" + c.code());
                    cells.put(i.code(), new CompletenessCell(e == null ? null : e.status(), applicable,
                            e != null && e.hasApproved() ? 1 : 0, e != null && e.status() == EntryStatus.SUBMITTED
                                    ? 1 : 0, 1));
                    if (applicable && (e == null || !e.hasApproved())) {
                        missing.merge(i.code(), 1L, Long::sum);
                    }
                } else {
                    List<UnitView> list = areas.getOrDefault(c.code(), List.of()).stream()
                            .filter(a -> pops.stream().anyMatch(p -> fits(p, a))).toList();
                    long approved = list.stream().filter(a -> {
                        Entry e = byKey.get(i.code() + "|" + a.code());
                        return e != null && e.hasApproved();
                    }).count();
                    long submitted = list.stream().filter(a -> {
                        Entry e = byKey.get(i.code() + "|" + a.code());
                        return e != null && e.status() == EntryStatus.SUBMITTED;
                    }).count();
                    cells.put(i.code(), new CompletenessCell(null, !list.isEmpty(), approved, submitted,
                            list.size()));
                    missing.merge(i.code(), list.size() - approved, Long::sum);
                }
            }
            rows.add(new CompletenessRow(c, cells));
        }
        return new Completeness(scope, entered, rows, missing);
    }

    // ---- helpers

    /** The years of the programme, up to the period's year when later, as periods of the same kind. */
    public static List<Period> trendPeriods(Scope scope) {
        ProgrammeView p = scope.programme();
        int last = Math.max(p.periodTo(), scope.period().year());
        int first = Math.min(p.periodFrom(), scope.period().year());
        List<Period> out = new ArrayList<>();
        for (int y = first; y <= last; y++) {
            out.add(scope.period().inYear(y));
        }
        return out;
    }

    /**
     * The goal of a target for a unit: the target's own for the programme's unit, else the allocation to the unit;
     * a share or a ceiling not allocated applies to every unit as it stands, a count not allocated to none.
     */
    static Goal goalFor(ProgrammeView programme, TargetView target, String unitCode, Map<String, Goal> allocations) {
        if (unitCode.equals(programme.unitCode())) {
            return target.goal();
        }
        Goal allocated = allocations.get(unitCode);
        if (allocated != null) {
            return allocated;
        }
        return target.goal().kind() == GoalKind.COUNT ? null : target.goal();
    }

    static boolean fits(Population population, UnitView unit) {
        return switch (population) {
            case WHOLE -> true;
            case RURAL -> unit.type().rural();
            case URBAN -> unit.type().urban();
        };
    }

    private Row row(Scope scope, TargetView t, Indicator indicator, Figures figures, List<String> units,
            List<Period> trend, Goal goal) {
        if (indicator == null) {
            return new Row(t, null, goal, null, null, new TargetStatusPolicy.Assessment(TargetStatus.NO_DATA, null),
                    List.of());
        }
        List<Point> points = new ArrayList<>();
        for (Period p : trend) {
            Fraction v = figures.sum(indicator.code(), p, t.population(), units);
            points.add(new Point(p, v.isZero() ? null : v,
                    v.isZero() ? null : t.goal().measure(v.numerator(), v.denominator())));
        }
        Fraction value = figures.sum(indicator.code(), scope.period(), t.population(), units);
        boolean none = value.isZero();
        TargetStatusPolicy.Assessment assessment = TargetStatusPolicy.assess(goal,
                none ? null : new TargetStatusPolicy.Observation(scope.period().endTime(), value),
                baseline(t, indicator, figures, trend, units, scope.period()), t.deadlineYear() + 1.0, todayTime());
        return new Row(t, indicator, goal, none ? null : value,
                none ? null : t.goal().measure(value.numerator(), value.denominator()), assessment,
                List.copyOf(points));
    }

    private static TargetStatusPolicy.Observation baseline(TargetView t, Indicator indicator, Figures figures,
            List<Period> trend, List<String> units, Period current) {
        if (indicator == null) {
            return null;
        }
        for (Period p : trend) {
            if (p.compareTo(current) > 0) {
                break;
            }
            Fraction v = figures.sum(indicator.code(), p, t.population(), units);
            if (!v.isZero() && (t.goal().kind() == GoalKind.COUNT || v.denominator() > 0)) {
                return new TargetStatusPolicy.Observation(p.endTime(), v);
            }
        }
        return null;
    }

    private Figures load(Scope scope, Collection<TargetView> targets, Collection<Indicator> extra,
            Map<String, Indicator> defs, List<Period> periods, Collection<String> units) {
        Set<Indicator> wanted = new LinkedHashSet<>();
        targets.stream().map(t -> defs.get(t.indicatorCode())).filter(Objects::nonNull).forEach(wanted::add);
        wanted.addAll(extra);
        List<String> codes = wanted.stream().map(Indicator::code).toList();
        maintenance.ensureCounted(wanted, periods);
        book.ensureFigures(codes, periods, scope.viewDate());
        return new Figures(book.figures(codes, periods, scope.viewDate(), units));
    }

    /** Figures read for a board, summed over units on request. */
    private record Figures(Map<FactBook.FigureKey, Fraction> values) {

        Fraction sum(String indicator, Period period, Population population, Collection<String> units) {
            Fraction total = Fraction.ZERO;
            for (String unit : units) {
                Fraction f = values.get(new FactBook.FigureKey(indicator, period, population, unit));
                if (f != null) {
                    total = total.plus(f);
                }
            }
            return total;
        }
    }
}
