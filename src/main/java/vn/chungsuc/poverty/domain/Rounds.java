package vn.chungsuc.poverty.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.chungsuc.poverty.PovertyClass;
import vn.chungsuc.registry.HouseholdRef;
import vn.chungsuc.registry.RegistryApi;
import vn.chungsuc.shared.audit.AuditLog;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.shared.time.Dates;
import vn.chungsuc.shared.time.Today;
import vn.chungsuc.territory.Setting;
import vn.chungsuc.territory.TerritoryApi;
import vn.chungsuc.territory.UnitView;

/**
 * The periodic review round of a commune, step by step as QĐ 24/2021/QĐ-TTg lays it down (Art. 4): a step can be
 * finished only after the one before it; each finished step keeps who did it and when. Every write is audited;
 * a refusal ({@link RoundRefused}) changes nothing.
 */
@Component("povertyRounds")
public class Rounds {

    /** QĐ 24/2021/QĐ-TTg: the village meeting passes the list when at least half of the attendees agree. */
    static final String MEETING_RULE = "QĐ 24/2021/QĐ-TTg, Điều 4: ít nhất 50% người tham dự họp đồng ý";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Standards standards;
    private final SetClassifier classifier;
    private final PovertyStatuses statuses;
    private final RegistryApi registry;
    private final TerritoryApi territory;
    private final Lists lists;
    private final Today clock;

    Rounds(JdbcClient jdbc, AuditLog audit, Standards standards, SetClassifier classifier,
            PovertyStatuses statuses, RegistryApi registry, TerritoryApi territory, Lists lists, Today clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.audit = audit;
        this.standards = standards;
        this.classifier = classifier;
        this.statuses = statuses;
        this.registry = registry;
        this.territory = territory;
        this.lists = lists;
    }

    public Optional<Round> find(long id) {
        Map<Integer, Round.Step> steps = new LinkedHashMap<>();
        jdbc.sql("select * from poverty_round_step where round_id = :id order by step").param("id", id)
                .query(rs -> {
                    steps.put(rs.getInt("step"), new Round.Step(rs.getInt("step"), rs.getString("done_by"),
                            rs.getObject("done_at", OffsetDateTime.class).toInstant(), rs.getString("note"),
                            rs.getObject("attendees", Integer.class), rs.getObject("agreed", Integer.class)));
                });
        return jdbc.sql("select * from poverty_round where id = :id").param("id", id).query((rs, n) -> new Round(
                rs.getLong("id"), rs.getString("commune_code"), rs.getInt("year"), rs.getString("kind"),
                rs.getString("standard_code"), rs.getInt("posting_days"), rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("posted_from", LocalDate.class), rs.getString("decision_number"),
                rs.getObject("decided_on", LocalDate.class), steps)).optional();
    }

    /** Rounds of the communes, newest year first. */
    public List<Round> list(Collection<String> communes) {
        if (communes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id from poverty_round where commune_code in (:c) order by year desc, commune_code")
                .param("c", communes).query(Long.class).list().stream().map(id -> find(id).orElseThrow()).toList();
    }

    public List<String> communesWithRounds() {
        return jdbc.sql("select distinct commune_code from poverty_round order by 1").query(String.class).list();
    }

    /** Rounds whose list is on public posting now. */
    public List<Round> posting() {
        return jdbc.sql("""
                select r.id from poverty_round r where r.posted_from is not null and r.posted_from <= :today
                  and r.posted_from + (r.posting_days - 1) >= :today
                  and not exists (select 1 from poverty_round_step s where s.round_id = r.id and s.step = 4)
                order by r.commune_code""").param("today", today()).query(Long.class).list().stream()
                .map(id -> find(id).orElseThrow()).toList();
    }

    /** A bound on income per person per month (1 billion đồng) before any work: larger is a typing error. */
    public static final long MAX_INCOME = 1_000_000_000L;

    public record Member(String householdCode, String reason, boolean surveyed) {
    }

    /** Whether the household is on the round's list (step 1). */
    public boolean listed(long roundId, String householdCode) {
        return jdbc.sql("select exists (select 1 from poverty_round_household where round_id = :r"
                + " and household_code = :h)").param("r", roundId).param("h", householdCode).query(Boolean.class)
                .single();
    }

    /** A saved form B replaces the draft carried over from an earlier year (it is confirmed). */
    private void confirmed(long roundId, String householdCode) {
        jdbc.sql("delete from poverty_survey_draft where round_id = :r and household_code = :h")
                .param("r", roundId).param("h", householdCode).update();
    }

    public List<Member> households(long roundId) {
        return jdbc.sql("""
                select h.household_code, h.reason, exists (select 1 from poverty_survey s
                  where s.household_code = h.household_code and s.round_id = h.round_id) as surveyed
                from poverty_round_household h where h.round_id = :id order by h.household_code""")
                .param("id", roundId).query((rs, n) -> new Member(rs.getString(1), rs.getString(2),
                        rs.getBoolean(3))).list();
    }

    public record Objection(long id, String householdCode, String raisedBy, String content, Instant raisedAt,
            String answer, String answeredBy, Instant answeredAt) {
    }

    public List<Objection> objections(long roundId) {
        return jdbc.sql("select * from poverty_objection where round_id = :id order by id").param("id", roundId)
                .query((rs, n) -> new Objection(rs.getLong("id"), rs.getString("household_code"),
                        rs.getString("raised_by"), rs.getString("content"),
                        rs.getObject("raised_at", OffsetDateTime.class).toInstant(), rs.getString("answer"),
                        rs.getString("answered_by"), Optional.ofNullable(rs.getObject("answered_at",
                                OffsetDateTime.class)).map(OffsetDateTime::toInstant).orElse(null))).list();
    }

    /** Opens the periodic review of a commune for a year, under the standard of the list it decides (year + 1). */
    @Transactional
    public long open(String commune, int year, int postingDays, String by) {
        if (year < 2016 || year > today().getYear()) {
            throw new RoundRefused("poverty.round.refused.year", year);
        }
        if (postingDays < 1 || postingDays > 30) {
            throw new RoundRefused("poverty.round.refused.postingDays", postingDays);
        }
        if (territory.find(commune, LocalDate.of(year, 12, 31).isAfter(today()) ? today() : LocalDate.of(year, 9, 1),
                UnitScope.ALL).isEmpty()) {
            throw new RoundRefused("poverty.round.refused.commune", commune);
        }
        boolean exists = jdbc.sql("select exists (select 1 from poverty_round where commune_code = :c and year = :y)")
                .param("c", commune).param("y", year).query(Boolean.class).single();
        if (exists) {
            throw new RoundRefused("poverty.round.refused.exists", year);
        }
        Standard s = standards.forListYear(year + 1).orElseThrow(() -> new RoundRefused(
                "poverty.round.refused.noStandard", year + 1));
        long id = jdbc.sql("""
                insert into poverty_round (commune_code, year, kind, standard_code, posting_days, created_by)
                values (:c, :y, 'PERIODIC', :s, :d, :by) returning id""").param("c", commune).param("y", year)
                .param("s", s.code()).param("d", postingDays).param("by", by).query(Long.class).single();
        audit.record("CREATE", "POVERTY_ROUND", String.valueOf(id), "Mở đợt rà soát năm " + year + " của " + commune
                + " theo " + s.code(), null, Map.of("commune", commune, "year", year, "standard", s.code()));
        return id;
    }

    /**
     * Step 1: the households to review: those on the commune's list in force that are poor or near-poor, and
     * those that applied (Mẫu số 01), given by household code.
     */
    @Transactional
    public int listHouseholds(long roundId, Collection<String> applicants, String by) {
        Round r = expect(roundId, 1);
        LocalDate on = today();
        List<String> bad = new ArrayList<>();
        Map<String, String> rows = new LinkedHashMap<>();
        lists.previousList(areasOf(r.communeCode(), on), r.year() + 1).forEach((code, klass) -> {
            if (klass != PovertyClass.NOT_POOR) {
                rows.put(code, "CURRENT_" + klass.name());
            }
        });
        // keep only the households still living in the commune
        rows.keySet().removeIf(code -> registry.household(code, on).map(h -> !inCommune(h, r.communeCode(), on))
                .orElse(true));
        for (String code : new TreeSet<>(applicants)) {
            Optional<HouseholdRef> h = registry.household(code, on);
            if (h.isEmpty() || !inCommune(h.get(), r.communeCode(), on)) {
                bad.add(code);
            } else {
                rows.putIfAbsent(code, "APPLIED");
            }
        }
        if (!bad.isEmpty()) {
            throw new RoundRefused("poverty.round.refused.applicants", String.join(", ", bad));
        }
        if (rows.isEmpty()) {
            throw new RoundRefused("poverty.round.refused.emptyList");
        }
        rows.forEach((code, reason) -> jdbc.sql("insert into poverty_round_household (round_id, household_code,"
                + " reason) values (:r, :h, :reason)").param("r", roundId).param("h", code).param("reason", reason)
                .update());
        finish(r, 1, by, rows.size() + " hộ", null, null);
        return rows.size();
    }

    /** Step 2 (while it is open): the answers of form B for one listed household. */
    @Transactional
    public void survey(long roundId, String householdCode, long monthlyIncome, Collection<String> deprivations,
            String by) {
        Round r = expect(roundId, 2);
        if (!listed(roundId, householdCode)) {
            throw new RoundRefused("poverty.round.refused.notListed", householdCode);
        }
        if (monthlyIncome < 0) {
            throw new RoundRefused("poverty.survey.refused.negative");
        }
        if (monthlyIncome > MAX_INCOME) {
            throw new RoundRefused("poverty.survey.refused.tooLarge", MAX_INCOME);
        }
        Standard s = standards.find(r.standardCode()).orElseThrow();
        Standards.unknownIndicator(s, deprivations).ifPresent(c -> {
            throw new RoundRefused("poverty.survey.refused.indicator", c);
        });
        LocalDate on = today();
        HouseholdRef h = registry.household(householdCode, on).orElseThrow(() -> new RoundRefused(
                "poverty.round.refused.notListed", householdCode));
        UnitView area = territory.find(h.areaCode(), on, UnitScope.ALL).orElseThrow();
        String setting = area.type().setting() == Setting.RURAL ? "RURAL" : "URBAN";
        int mask = Standards.mask(s, deprivations);
        jdbc.sql("""
                insert into poverty_survey (household_code, year, commune_code, area_code, setting, monthly_income,
                  deprivations, surveyed_on, surveyed_by, round_id)
                values (:h, :y, :c, :a, :s, :i, :d, :on, :by, :r)
                on conflict (household_code, year) do update set commune_code = excluded.commune_code,
                  area_code = excluded.area_code, setting = excluded.setting,
                  monthly_income = excluded.monthly_income, deprivations = excluded.deprivations,
                  score_a = null, score_b = null, surveyed_on = excluded.surveyed_on,
                  surveyed_by = excluded.surveyed_by, round_id = excluded.round_id""")
                .param("h", householdCode).param("y", r.year()).param("c", r.communeCode())
                .param("a", h.areaCode()).param("s", setting).param("i", monthlyIncome).param("d", mask)
                .param("on", on).param("by", by).param("r", roundId).update();
        confirmed(roundId, householdCode);
        audit.record("SURVEY", "POVERTY_SURVEY", householdCode + "/" + r.year(), "Phiếu B của hộ " + householdCode
                + " năm " + r.year(), null, Map.of("income", monthlyIncome, "deprivations", List.copyOf(deprivations)));
    }

    /**
     * Step 2 (while it is open): the scores of form B instead of income and indicators (score A or B1, the income
     * proxy; score B or B2, 10 points per deprivation), for reviews that score.
     */
    @Transactional
    public void surveyScores(long roundId, String householdCode, int scoreA, int scoreB, String by) {
        Round r = expect(roundId, 2);
        if (!listed(roundId, householdCode)) {
            throw new RoundRefused("poverty.round.refused.notListed", householdCode);
        }
        if (scoreA < 0 || scoreB < 0 || scoreA > 10_000 || scoreB > 10_000) {
            throw new RoundRefused("poverty.survey.refused.scores");
        }
        Standard s = standards.find(r.standardCode()).orElseThrow();
        if (s.scoreUpper(Area.RURAL) == null) {
            throw new RoundRefused("poverty.survey.refused.noScores", s.code());
        }
        LocalDate on = today();
        HouseholdRef h = registry.household(householdCode, on).orElseThrow(() -> new RoundRefused(
                "poverty.round.refused.notListed", householdCode));
        UnitView area = territory.find(h.areaCode(), on, UnitScope.ALL).orElseThrow();
        String setting = area.type().setting() == Setting.RURAL ? "RURAL" : "URBAN";
        jdbc.sql("""
                insert into poverty_survey (household_code, year, commune_code, area_code, setting, monthly_income,
                  deprivations, score_a, score_b, surveyed_on, surveyed_by, round_id)
                values (:h, :y, :c, :a, :s, null, 0, :sa, :sb, :on, :by, :r)
                on conflict (household_code, year) do update set commune_code = excluded.commune_code,
                  area_code = excluded.area_code, setting = excluded.setting, monthly_income = null,
                  deprivations = 0, score_a = excluded.score_a, score_b = excluded.score_b,
                  surveyed_on = excluded.surveyed_on, surveyed_by = excluded.surveyed_by,
                  round_id = excluded.round_id""")
                .param("h", householdCode).param("y", r.year()).param("c", r.communeCode())
                .param("a", h.areaCode()).param("s", setting).param("sa", scoreA).param("sb", scoreB)
                .param("on", on).param("by", by).param("r", roundId).update();
        confirmed(roundId, householdCode);
        audit.record("SURVEY", "POVERTY_SURVEY", householdCode + "/" + r.year(), "Điểm phiếu B của hộ "
                + householdCode + " năm " + r.year(), null, Map.of("scoreA", scoreA, "scoreB", scoreB));
    }

    /** Step 2 done: every listed household has been surveyed; the set classifier proposes the classes. */
    @Transactional
    public int finishSurvey(long roundId, String by) {
        Round r = expect(roundId, 2);
        long missing = households(roundId).stream().filter(m -> !m.surveyed()).count();
        if (missing > 0) {
            throw new RoundRefused("poverty.round.refused.unsurveyed", missing);
        }
        int n = classifier.classifyIntoList(r.year(), roundId, r.standardCode(), null);
        finish(r, 2, by, n + " phiếu", null, null);
        return n;
    }

    /** Step 3: the village meeting; fewer than half agreeing sends the round back to step 2. */
    @Transactional(noRollbackFor = RoundRefused.class)
    public void meeting(long roundId, int attendees, int agreed, String minutes, String by) {
        Round r = expect(roundId, 3);
        if (attendees < 1 || agreed < 0 || agreed > attendees) {
            throw new RoundRefused("poverty.round.refused.attendance");
        }
        if (minutes == null || minutes.isBlank()) {
            throw new RoundRefused("poverty.round.refused.minutes");
        }
        if (agreed * 2 < attendees) {
            jdbc.sql("delete from poverty_round_step where round_id = :r and step = 2").param("r", roundId).update();
            audit.record("MEETING_FAILED", "POVERTY_ROUND", String.valueOf(roundId), "Họp dân không đạt: " + agreed
                    + "/" + attendees + " đồng ý; làm lại bước 2 và 3", null, Map.of("minutes", minutes));
            throw new RoundRefused("poverty.round.refused.meeting", agreed, attendees);
        }
        finish(r, 3, by, minutes.strip(), attendees, agreed);
    }

    /** Step 4 begins: the list is posted from the date (at the village cultural house and the commune office). */
    @Transactional
    public void startPosting(long roundId, LocalDate from, String by) {
        Round r = expect(roundId, 4);
        if (r.postedFrom() != null) {
            throw new RoundRefused("poverty.round.refused.alreadyPosted");
        }
        if (from == null || from.isAfter(today()) || from.isBefore(r.steps().get(3).doneAt()
                .atZone(Today.VIETNAM).toLocalDate())) {
            throw new RoundRefused("poverty.round.refused.postingDate");
        }
        jdbc.sql("update poverty_round set posted_from = :f where id = :id").param("f", from).param("id", roundId)
                .update();
        audit.record("POST", "POVERTY_ROUND", String.valueOf(roundId), "Niêm yết công khai từ " + from, null,
                Map.of("from", from.toString()));
    }

    @Transactional
    public long objection(long roundId, String householdCode, String raisedBy, String content) {
        Round r = find(roundId).orElseThrow();
        if (!r.posting()) {
            throw new RoundRefused("poverty.round.refused.notPosting");
        }
        if (raisedBy == null || raisedBy.isBlank() || content == null || content.isBlank()) {
            throw new RoundRefused("poverty.round.refused.objection");
        }
        long id = jdbc.sql("insert into poverty_objection (round_id, household_code, raised_by, content)"
                + " values (:r, :h, :by, :c) returning id").param("r", roundId)
                .param("h", householdCode == null || householdCode.isBlank() ? null : householdCode.strip())
                .param("by", raisedBy.strip()).param("c", content.strip()).query(Long.class).single();
        audit.record("OBJECTION", "POVERTY_ROUND", String.valueOf(roundId), "Khiếu nại: " + content, null,
                Map.of("by", raisedBy));
        return id;
    }

    @Transactional
    public void answer(long roundId, long objectionId, String answer, String by) {
        if (answer == null || answer.isBlank()) {
            throw new RoundRefused("poverty.round.refused.answer");
        }
        if (answer.strip().length() > 2000) {
            throw new RoundRefused("poverty.round.refused.answerTooLong");
        }
        int n = jdbc.sql("update poverty_objection set answer = :a, answered_by = :by, answered_at = now()"
                + " where id = :id and round_id = :r").param("a", answer.strip()).param("by", by)
                .param("id", objectionId).param("r", roundId).update();
        if (n == 0) {
            throw new RoundRefused("poverty.round.refused.answer");
        }
        audit.record("ANSWER", "POVERTY_ROUND", String.valueOf(roundId), "Trả lời khiếu nại: " + answer, null, null);
    }

    /** Step 4 done: the posting period is over and every objection has its answer. */
    @Transactional
    public void finishPosting(long roundId, String by) {
        Round r = expect(roundId, 4);
        if (r.postedFrom() == null) {
            throw new RoundRefused("poverty.round.refused.notPosted");
        }
        if (!today().isAfter(r.postingEnds())) {
            throw new RoundRefused("poverty.round.refused.postingRunning", r.postingEnds());
        }
        if (objections(roundId).stream().anyMatch(o -> o.answer() == null)) {
            throw new RoundRefused("poverty.round.refused.unanswered");
        }
        finish(r, 4, by, "Niêm yết " + r.postingDays() + " ngày từ "
                + Dates.show(r.postedFrom()), null, null);
    }

    /** Step 5: reported to the level above (the district chair until 30/6/2025; after that, the province). */
    @Transactional
    public void report(long roundId, String note, String by) {
        Round r = expect(roundId, 5);
        if (note == null || note.isBlank()) {
            throw new RoundRefused("poverty.round.refused.report");
        }
        finish(r, 5, by, note.strip(), null, null);
    }

    /**
     * Step 6: the commune chair's decision. The round's classes become the commune's list from the decision date;
     * the figures follow at once.
     */
    @Transactional
    public void decide(long roundId, String number, LocalDate on, String by) {
        Round r = expect(roundId, 6);
        if (number == null || number.isBlank()) {
            throw new RoundRefused("poverty.round.refused.decisionNumber");
        }
        LocalDate reported = r.steps().get(5).doneAt().atZone(Today.VIETNAM).toLocalDate();
        if (on == null || on.isAfter(today()) || on.isBefore(reported)) {
            throw new RoundRefused("poverty.round.refused.decisionDate");
        }
        jdbc.sql("update poverty_round set decision_number = :n, decided_on = :d where id = :id")
                .param("n", number.strip()).param("d", on).param("id", roundId).update();
        jdbc.sql("update poverty_classification set decided_on = :d where round_id = :id").param("d", on)
                .param("id", roundId).update();
        finish(r, 6, by, "Quyết định số " + number.strip(), null, null);
        Set<String> areas = new TreeSet<>(areasOf(r.communeCode(), on));
        areas.addAll(jdbc.sql("select distinct area_code from poverty_classification where round_id = :id")
                .param("id", roundId).query(String.class).list());
        decideList(areas, r.year(), r.communeCode(), on, roundId);
        statuses.listsDecided(roundId, areas, on);
    }

    /** The lists of a decision: poor, near-poor, exited poor, exited near-poor. */
    public record DecisionLists(List<ListEntry> poor, List<ListEntry> nearPoor, List<String> exitedPoor,
            List<String> exitedNearPoor) {
    }

    /** Records who took the decided lists of a round out as a workbook (the lists name households). */
    @Transactional
    public void listsExported(Round r, int rows) {
        audit.record("EXPORT", "poverty.round", String.valueOf(r.id()), "Xuất danh sách hộ nghèo, cận nghèo năm "
                + r.year() + " (" + r.communeCode() + ") ra Excel: " + rows + " hộ", null,
                Map.of("round", r.id(), "year", r.year(), "commune", r.communeCode(), "rows", rows));
    }

    public DecisionLists decisionLists(Round r) {
        List<ListEntry> entries = lists.ofRound(r.id());
        Map<String, PovertyClass> before = new LinkedHashMap<>(lists.previousList(entries.stream()
                .map(ListEntry::areaCode).distinct().toList(), r.year()));
        Map<String, PovertyClass> now = new LinkedHashMap<>();
        entries.forEach(e -> now.put(e.householdCode(), e.effective()));
        List<String> exitedPoor = new ArrayList<>();
        List<String> exitedNear = new ArrayList<>();
        before.forEach((code, was) -> {
            PovertyClass is = now.getOrDefault(code, PovertyClass.NOT_POOR);
            if (was == PovertyClass.POOR && is != PovertyClass.POOR) {
                exitedPoor.add(code);
            } else if (was == PovertyClass.NEAR_POOR && is == PovertyClass.NOT_POOR) {
                exitedNear.add(code);
            }
        });
        exitedPoor.sort(null);
        exitedNear.sort(null);
        return new DecisionLists(entries.stream().filter(e -> e.effective() == PovertyClass.POOR).toList(),
                entries.stream().filter(e -> e.effective() == PovertyClass.NEAR_POOR).toList(), exitedPoor,
                exitedNear);
    }

    /** Records that the year's list is decided for these areas from the date (it replaces their earlier lists). */
    public void decideList(Collection<String> areas, int year, String commune, LocalDate on, Long roundId) {
        for (String area : areas) {
            jdbc.sql("""
                    insert into poverty_list_area (area_code, year, commune_code, decided_on, round_id)
                    values (:a, :y, :c, :d, :r) on conflict (area_code, year) do update
                    set commune_code = excluded.commune_code, decided_on = excluded.decided_on,
                        round_id = excluded.round_id""").param("a", area).param("y", year).param("c", commune)
                    .param("d", on).param("r", roundId).update();
        }
    }

    /** The residential areas of the commune on the date. */
    public List<String> areasOf(String commune, LocalDate on) {
        return territory.subtree(commune, on, UnitScope.ALL).stream()
                .filter(u -> u.level() == vn.chungsuc.territory.UnitLevel.RESIDENTIAL_AREA).map(UnitView::code)
                .toList();
    }

    private boolean inCommune(HouseholdRef h, String commune, LocalDate on) {
        return territory.find(h.areaCode(), on, UnitScope.ALL).map(a -> commune.equals(a.parentCode()))
                .orElse(false);
    }

    private Round expect(long roundId, int step) {
        Round r = find(roundId).orElseThrow(() -> new RoundRefused("poverty.round.refused.notFound", roundId));
        if (r.current() != step) {
            throw new RoundRefused(r.current() < step ? "poverty.round.refused.earlier" : "poverty.round.refused.done",
                    step, r.current());
        }
        return r;
    }

    private void finish(Round r, int step, String by, String note, Integer attendees, Integer agreed) {
        jdbc.sql("""
                insert into poverty_round_step (round_id, step, done_by, note, attendees, agreed)
                values (:r, :s, :by, :note, :att, :agr)""").param("r", r.id()).param("s", step).param("by", by)
                .param("note", note).param("att", attendees).param("agr", agreed).update();
        audit.record("STEP", "POVERTY_ROUND", String.valueOf(r.id()), "Đợt rà soát " + r.id() + ": xong bước "
                + step, null, Map.of("step", step, "note", note == null ? "" : note));
    }

    LocalDate today() {
        return clock.date();
    }
}
