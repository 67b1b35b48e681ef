package vn.chungsuc.recognition.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.chungsuc.recognition.DecisionView;
import vn.chungsuc.recognition.NewDecision;
import vn.chungsuc.recognition.RecognitionApi;
import vn.chungsuc.recognition.TitleAwarded;
import vn.chungsuc.registry.HouseholdRef;
import vn.chungsuc.registry.RegistryApi;
import vn.chungsuc.shared.audit.AuditLog;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.shared.problem.Refused;
import vn.chungsuc.shared.time.Dates;
import vn.chungsuc.shared.time.Today;
import vn.chungsuc.territory.TerritoryApi;
import vn.chungsuc.territory.UnitLevel;
import vn.chungsuc.territory.UnitView;

/**
 * Recognition decisions. The deciding unit's level must be the level of the authority in force on the date
 * ({@code recognition_decider}: the commune chair for families, the district chair for residential areas until
 * 30/6/2025, the commune level after); every subject must lie inside that unit on the date; a household excluded
 * for the year, or one that failed its area's vote, cannot be recognised, and the reason is given. Each recognised
 * subject becomes one award (title, year, subject) counted where it sits on the date; the decision's
 * {@link vn.chungsuc.recognition.TitleAwarded} moves the dashboard at those units ({@link RecognitionStatistics}).
 */
@Component
public class Decisions implements RecognitionApi {

    private final JdbcClient jdbc;
    private final Catalogue catalogue;
    private final Rounds rounds;
    private final TerritoryApi territory;
    private final RegistryApi registry;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Today today;
    private final AreaRounds areaRounds;

    Decisions(JdbcClient jdbc, Catalogue catalogue, Rounds rounds, TerritoryApi territory, RegistryApi registry,
            AuditLog audit, ApplicationEventPublisher events, Today today, AreaRounds areaRounds) {
        this.areaRounds = areaRounds;
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.rounds = rounds;
        this.territory = territory;
        this.registry = registry;
        this.audit = audit;
        this.events = events;
        this.today = today;
    }

    @Override
    @Transactional
    public DecisionView decide(NewDecision d, UnitScope scope) {
        Title title = d.titleCode() == null ? null : catalogue.title(d.titleCode().strip()).orElse(null);
        if (title == null) {
            throw new RecognitionRefused("titleCode", "recognition.refused.decision.titleMissing");
        }
        if (d.year() == null || d.year() < 1990 || d.year() > 2100) {
            throw new RecognitionRefused("year", "recognition.refused.decision.yearMissing");
        }
        int year = d.year();
        if (d.signedOn() == null) {
            throw new RecognitionRefused("signedOn", "recognition.refused.decision.signedOnMissing");
        }
        if (d.signedOn().isAfter(today.date())) {
            throw new RecognitionRefused("signedOn", "recognition.refused.decision.signedOnFuture");
        }
        if (d.signedOn().getYear() < year || d.signedOn().getYear() > year + 1) {
            throw new RecognitionRefused("signedOn", "recognition.refused.decision.signedOnYear", year, year + 1);
        }
        if (d.number() == null || d.number().isBlank()) {
            throw new RecognitionRefused("number", "recognition.refused.decision.numberMissing");
        }
        if (d.signer() == null || d.signer().isBlank()) {
            throw new RecognitionRefused("signer", "recognition.refused.decision.signerMissing");
        }
        LocalDate on = d.signedOn();
        UnitView unit = d.unitCode() == null ? null : territory.find(d.unitCode().strip(), on, UnitScope.ALL)
                .orElse(null);
        if (unit == null) {
            throw new RecognitionRefused("unitCode", "recognition.refused.decision.unitNotFound");
        }
        if (!scope.canManage(unit.path())) {
            throw new RecognitionRefused("unitCode", "recognition.refused.unit.notManaged");
        }
        Catalogue.Decider decider = catalogue.decider(title.code(), on).orElseThrow(() -> new RecognitionRefused(
                "titleCode", "recognition.refused.decision.noDecider"));
        if (!"FEDERATION".equals(decider.level()) && unit.level() != UnitLevel.valueOf(decider.level())) {
            throw new RecognitionRefused("unitCode", "recognition.refused.decision.wrongLevel", title.name(),
                    decider.name(), decider.legalBasis());
        }
        boolean duplicate = jdbc.sql("select count(*) from recognition_decision where unit_code = ? and number = ? "
                + "and signed_on = ?").params(unit.code(), d.number().strip(), on).query(Long.class).single() > 0;
        if (duplicate) {
            throw new RecognitionRefused("number", "recognition.refused.decision.duplicate", d.number().strip(),
                    Dates.show(on));
        }
        List<NewDecision.Subject> subjects = d.subjects() == null ? List.of() : d.subjects().stream()
                .filter(s -> s != null && s.code() != null && !s.code().isBlank()).toList();
        if (subjects.isEmpty()) {
            throw new RecognitionRefused("subjects", "recognition.refused.decision.noSubjects");
        }
        Map<String, Resolved> resolved = resolve(title, year, unit, on, subjects);

        long id = jdbc.sql("""
                insert into recognition_decision (title_code, year, unit_code, number, signed_on, signer, authority,
                                                  created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(title.code(), year, unit.code(), d.number().strip(), on, d.signer().strip(), decider.name(),
                        actor()).query(Long.class).single();
        insertAwards(id, title.code(), year, on, resolved);
        // The decision as recorded, built from what was just written rather than read back.
        List<DecisionView.AwardView> awards = resolved.entrySet().stream()
                .map(e -> new DecisionView.AwardView(e.getKey(), e.getValue().name(), e.getValue().countedUnit()))
                .sorted(java.util.Comparator.comparing(DecisionView.AwardView::countedUnit,
                        java.util.Comparator.nullsLast(java.util.Comparator.<String>naturalOrder()))
                        .thenComparing(DecisionView.AwardView::subjectCode))
                .toList();
        DecisionView view = new DecisionView(id, title.code(), title.name(), year, unit.code(), unit.fullName(),
                d.number().strip(), on, d.signer().strip(), decider.name(), actor(), awards.size(), awards);
        // The entry names the decision and its count, not every subject: the list is the decision's own
        // (recognition_award by decision_id, GET /api/v1/recognition/decisions/{id}), written in this transaction.
        audit.record("CREATE", "recognition.decision", String.valueOf(id), "Quyết định " + view.number() + " công nhận "
                + title.name() + " năm " + year + " (" + awards.size() + ")", null,
                Map.of("title", title.code(), "year", year, "unit", unit.code(), "number", view.number(),
                        "signedOn", on.toString(), "signer", view.signer(), "decision", id,
                        "subjectCount", awards.size()));
        List<String> countedUnits = resolved.values().stream().map(Resolved::countedUnit)
                .filter(java.util.Objects::nonNull).distinct().sorted().toList();
        events.publishEvent(new TitleAwarded(id, title.code(), year, unit.code(), on, countedUnits));
        return view;
    }

    /** The awards of a decision in one statement, whatever their number (three arrays unnested). */
    private void insertAwards(long decisionId, String titleCode, int year, LocalDate on,
            Map<String, Resolved> resolved) {
        int n = resolved.size();
        String[] codes = new String[n];
        String[] names = new String[n];
        String[] units = new String[n];
        int i = 0;
        for (Map.Entry<String, Resolved> e : resolved.entrySet()) {
            codes[i] = e.getKey();
            names[i] = e.getValue().name();
            units[i] = e.getValue().countedUnit();
            i++;
        }
        jdbc.sql("""
                insert into recognition_award (decision_id, title_code, year, subject_code, subject_name, counted_unit,
                                               signed_on)
                select ?, ?, ?, s.code, s.name, s.unit, ?
                from unnest(cast(? as text[]), cast(? as text[]), cast(? as text[])) as s(code, name, unit)""")
                .params(decisionId, titleCode, year, on, codes, names, units).update();
    }

    record Resolved(String name, String countedUnit) {
    }

    private Map<String, Resolved> resolve(Title title, int year, UnitView unit, LocalDate on,
            List<NewDecision.Subject> subjects) {
        Map<String, Resolved> out = new LinkedHashMap<>();
        Set<String> codes = new LinkedHashSet<>();
        for (NewDecision.Subject s : subjects) {
            if (!codes.add(s.code().strip())) {
                throw new RecognitionRefused("subjects", "recognition.refused.decision.subjectTwice", s.code().strip());
            }
        }
        Set<String> already = new HashSet<>(jdbc.sql("select subject_code from recognition_award where title_code = ? "
                + "and year = ? and subject_code = any(?)").params(title.code(), year, codes.toArray(String[]::new))
                .query(String.class).list());
        if (!already.isEmpty()) {
            throw new RecognitionRefused("subjects", "recognition.refused.decision.alreadyRecognised", title.name(),
                    year, String.join(", ", new java.util.TreeSet<>(already)));
        }
        if (title.household()) {
            List<String> areas = territory.subtree(unit.code(), on, UnitScope.ALL).stream()
                    .filter(u -> u.level() == UnitLevel.RESIDENTIAL_AREA).map(UnitView::code).toList();
            // Only the households named, in one query: not every household of the commune.
            Map<String, HouseholdRef> households = registry.householdsAmong(codes, areas, on);
            List<String> missing = codes.stream().filter(c -> !households.containsKey(c)).toList();
            if (!missing.isEmpty()) {
                throw new RecognitionRefused("subjects", "recognition.refused.decision.householdsNotInUnit",
                        String.join(", ", missing.subList(0, Math.min(5, missing.size()))), unit.fullName());
            }
            Map<String, MessageSourceResolvable> blockers = rounds.blockers(title.code(), year, codes);
            if (!blockers.isEmpty()) {
                throw new RecognitionRefused(blockers.entrySet().stream().limit(5).map(e -> Refused.Reason.of(
                        "subjects", "recognition.refused.decision.blocked", e.getKey(), e.getValue())).toList());
            }
            codes.forEach(c -> out.put(c, new Resolved(households.get(c).headName(), households.get(c).areaCode())));
            return out;
        }
        if (title.area()) {
            // An area whose round is in the system is recognised only once its commune proposed it (AreaRounds).
            Map<String, MessageSourceResolvable> blockers = areaRounds.blockers(title.code(), year, codes, on);
            if (!blockers.isEmpty()) {
                throw new RecognitionRefused(blockers.entrySet().stream().limit(5).map(e -> Refused.Reason.of(
                        "subjects", "recognition.refused.decision.blocked", e.getKey(), e.getValue())).toList());
            }
        }
        for (NewDecision.Subject s : subjects) {
            String code = s.code().strip();
            if (title.area() || title.commune()) {
                UnitView u = territory.find(code, on, UnitScope.ALL).orElse(null);
                UnitLevel wanted = title.area() ? UnitLevel.RESIDENTIAL_AREA : UnitLevel.COMMUNE;
                if (u == null || u.level() != wanted || !(u.path().contains("/" + unit.code() + "/"))) {
                    throw new RecognitionRefused("subjects", title.area() ? "recognition.refused.decision.notAreaOf"
                            : "recognition.refused.decision.notCommuneOf", code, unit.fullName());
                }
                if ("WARD".equals(title.subject()) && u.type().rural()) {
                    throw new RecognitionRefused("subjects", "recognition.refused.decision.notWard", u.fullName());
                }
                out.put(code, new Resolved(u.fullName(), title.area() ? u.parentCode() : u.code()));
            } else {
                String where = s.unitCode() == null || s.unitCode().isBlank()
                        ? (unit.level() == UnitLevel.COMMUNE ? unit.code() : null) : s.unitCode().strip();
                UnitView u = where == null ? null : territory.find(where, on, UnitScope.ALL).orElse(null);
                if (u == null || u.level() != UnitLevel.COMMUNE || !u.path().contains("/" + unit.code() + "/")) {
                    throw new RecognitionRefused("subjects", "recognition.refused.decision.subjectCommune", code,
                            unit.fullName());
                }
                if (s.name() == null || s.name().isBlank()) {
                    throw new RecognitionRefused("subjects", "recognition.refused.decision.subjectName", code);
                }
                out.put(code, new Resolved(s.name().strip(), u.code()));
            }
        }
        return out;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<DecisionView> decision(long id, UnitScope scope) {
        return decisions("d.id = ?", List.of(id), scope, 1).stream().findFirst().map(this::withAwards);
    }

    @Override
    @Transactional(readOnly = true)
    public List<DecisionView> decisions(String titleCode, Integer year, UnitScope scope, int limit) {
        StringBuilder where = new StringBuilder("true");
        List<Object> args = new ArrayList<>();
        if (titleCode != null && !titleCode.isBlank()) {
            where.append(" and d.title_code = ?");
            args.add(titleCode);
        }
        if (year != null) {
            where.append(" and d.year = ?");
            args.add(year);
        }
        return decisions(where.toString(), args, scope, limit);
    }

    /** A decision without its list (the count only): what its page shows above the paged list. */
    @Transactional(readOnly = true)
    public Optional<DecisionView> summary(long id, UnitScope scope) {
        return decisions("d.id = ?", List.of(id), scope, 1).stream().findFirst();
    }

    /** One award of a decision the scope may view. */
    @Transactional(readOnly = true)
    public Optional<DecisionView.AwardView> award(long decisionId, String subjectCode, UnitScope scope) {
        if (summary(decisionId, scope).isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("select subject_code, subject_name, counted_unit from recognition_award "
                + "where decision_id = ? and subject_code = ?").params(decisionId, subjectCode)
                .query((rs, i) -> new DecisionView.AwardView(rs.getString(1), rs.getString(2), rs.getString(3)))
                .optional();
    }

    /** The units where a decision's awards are counted (its residential areas for families). */
    @Transactional(readOnly = true)
    public List<String> countedUnits(long decisionId) {
        return jdbc.sql("select distinct counted_unit from recognition_award where decision_id = ? order by 1")
                .param(decisionId).query(String.class).list();
    }

    /** A page of a decision's list, with the number of rows that match and of pages. */
    public record AwardPage(List<DecisionView.AwardView> rows, long total, int page, int pages, int size) {
    }

    /**
     * One page of a decision's awards matching a search (accent-insensitive on the name, or on the code, or one of
     * the {@code unitsMatching} whose names match), and limited to one counted unit if given.
     */
    @Transactional(readOnly = true)
    public AwardPage awards(long decisionId, String query, Collection<String> unitsMatching, String unit, int page,
            int size) {
        String q = vn.chungsuc.shared.text.VietnameseText.likeKey(query == null ? "" : query);
        String u = unit == null ? "" : unit.strip();
        String where = """
                where decision_id = ?
                  and (? = '' or regexp_replace(lower(unaccent(coalesce(subject_name, ''))), '\s+', ' ', 'g')
                                 like '%' || ? || '%'
                       or lower(subject_code) like '%' || ? || '%' or counted_unit = any(?))
                  and (? = '' or counted_unit = ?)""";
        Object[] args = {decisionId, q, q, q, unitsMatching.toArray(String[]::new), u, u};
        long total = jdbc.sql("select count(*) from recognition_award " + where).params(args).query(Long.class)
                .single();
        int pages = (int) Math.max(1, (total + size - 1) / size);
        int p = Math.max(0, Math.min(page, pages - 1));
        List<Object> withPage = new ArrayList<>(List.of(args));
        withPage.add(size);
        withPage.add((long) p * size);
        List<DecisionView.AwardView> rows = jdbc.sql("select subject_code, subject_name, counted_unit "
                + "from recognition_award " + where + " order by counted_unit, subject_code limit ? offset ?")
                .params(withPage)
                .query((rs, i) -> new DecisionView.AwardView(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
        return new AwardPage(rows, total, p, pages, size);
    }

    /** A page of decisions, with the deciding units the whole filtered list holds (for the unit filter). */
    public record DecisionPage(List<DecisionView> rows, int total, int page, int pages,
            Map<String, String> decidingUnits) {
    }

    /**
     * Decisions of a title and year (either may be null or blank) in units the scope may view, newest first, made
     * by the unit given or a unit under it on the day they were signed (by the unit tree, never by code), a page at
     * a time.
     */
    @Transactional(readOnly = true)
    public DecisionPage page(String titleCode, Integer year, String unitCode, UnitScope scope, int page, int size) {
        List<DecisionView> all = decisions(titleCode, year, scope, Integer.MAX_VALUE);
        Map<String, String> units = new java.util.TreeMap<>();
        all.forEach(d -> units.put(d.unitCode(), d.unitName()));
        List<DecisionView> rows = all;
        if (unitCode != null && !unitCode.isBlank()) {
            String code = unitCode.strip();
            rows = all.stream().filter(d -> d.unitCode().equals(code) || territory.find(d.unitCode(), d.signedOn(),
                    UnitScope.ALL).map(v -> v.pathCodes().contains(code)).orElse(false)).toList();
        }
        int pages = Math.max(1, (rows.size() + size - 1) / size);
        int p = Math.max(0, Math.min(page, pages - 1));
        return new DecisionPage(rows.subList(p * size, Math.min(rows.size(), (p + 1) * size)), rows.size(), p,
                pages, units);
    }

    private List<DecisionView> decisions(String where, List<Object> args, UnitScope scope, int limit) {
        List<DecisionView> rows = jdbc.sql("""
                select d.*, t.name as title_name, (select count(*) from recognition_award a where a.decision_id = d.id)
                       as n
                from recognition_decision d join recognition_title t on t.code = d.title_code
                where """ + " " + where + " order by d.signed_on desc, d.id desc")
                .params(args)
                .query((rs, i) -> new DecisionView(rs.getLong("id"), rs.getString("title_code"),
                        rs.getString("title_name"), rs.getInt("year"), rs.getString("unit_code"), null,
                        rs.getString("number"), rs.getDate("signed_on").toLocalDate(), rs.getString("signer"),
                        rs.getString("authority"), rs.getString("created_by"), rs.getInt("n"), List.of()))
                .list();
        List<DecisionView> out = new ArrayList<>();
        for (DecisionView d : rows) {
            Optional<UnitView> u = territory.find(d.unitCode(), d.signedOn(), UnitScope.ALL);
            if (u.isEmpty() || !scope.canView(u.get().path())) {
                continue;
            }
            out.add(new DecisionView(d.id(), d.titleCode(), d.titleName(), d.year(), d.unitCode(),
                    u.get().fullName(), d.number(), d.signedOn(), d.signer(), d.authority(), d.createdBy(),
                    d.awardCount(), d.awards()));
            if (out.size() >= limit) {
                break;
            }
        }
        return out;
    }

    private DecisionView withAwards(DecisionView d) {
        List<DecisionView.AwardView> awards = jdbc.sql("select subject_code, subject_name, counted_unit "
                + "from recognition_award where decision_id = ? order by counted_unit, subject_code").param(d.id())
                .query((rs, i) -> new DecisionView.AwardView(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
        return new DecisionView(d.id(), d.titleCode(), d.titleName(), d.year(), d.unitCode(), d.unitName(),
                d.number(), d.signedOn(), d.signer(), d.authority(), d.createdBy(), awards.size(), awards);
    }

    /** The awards of a title whose counted unit lies in the units given, for a year (the records behind a figure). */
    @Transactional(readOnly = true)
    public List<AwardRow> awards(String titleCode, int year, Collection<String> countedUnits) {
        return jdbc.sql("""
                select a.subject_code, a.subject_name, a.counted_unit, a.year, d.number, d.signed_on, d.id
                from recognition_award a join recognition_decision d on d.id = a.decision_id
                where a.title_code = ? and a.year = ? and a.counted_unit = any(?)
                order by a.counted_unit, a.subject_code""")
                .params(titleCode, year, countedUnits.toArray(String[]::new))
                .query((rs, i) -> new AwardRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getString(5), rs.getDate(6).toLocalDate(), rs.getLong(7))).list();
    }

    /**
     * The awards of a title holding on the date (the rule of {@link RecognitionStatistics}) whose counted unit lies
     * in the units given: the records behind a dashboard figure.
     */
    @Transactional(readOnly = true)
    public List<AwardRow> inForce(String titleCode, Collection<String> countedUnits, LocalDate on) {
        int year = RecognitionStatistics.yearInForce(on);
        return jdbc.sql("""
                select a.subject_code, a.subject_name, a.counted_unit, a.year, d.number, d.signed_on, d.id
                from recognition_award a join recognition_decision d on d.id = a.decision_id
                join recognition_title t on t.code = a.title_code
                where a.title_code = ? and a.counted_unit = any(?) and a.signed_on <= ? and a.year <= ?
                  and (t.years_valid is null or a.year + t.years_valid > ?)
                order by a.counted_unit, a.subject_code""")
                .params(titleCode, countedUnits.toArray(String[]::new), on, year, year)
                .query((rs, i) -> new AwardRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getString(5), rs.getDate(6).toLocalDate(), rs.getLong(7))).list();
    }

    /** The title year that holds on a date (see {@link RecognitionStatistics}). */
    public static int yearInForce(LocalDate on) {
        return RecognitionStatistics.yearInForce(on);
    }

    /** One award with its decision. */
    public record AwardRow(String subjectCode, String subjectName, String countedUnit, int year, String number,
            LocalDate signedOn, long decisionId) {
    }

    private static String actor() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth.getName() == null ? "system" : auth.getName();
    }
}
