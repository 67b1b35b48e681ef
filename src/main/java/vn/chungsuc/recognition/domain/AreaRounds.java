package vn.chungsuc.recognition.domain;

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
import org.springframework.context.MessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.chungsuc.shared.audit.AuditLog;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.shared.time.Dates;
import vn.chungsuc.shared.time.Today;
import vn.chungsuc.territory.TerritoryApi;
import vn.chungsuc.territory.UnitLevel;
import vn.chungsuc.territory.UnitView;

/**
 * The yearly round of a residential-area title ("Thôn, tổ dân phố văn hóa" under Luật Thi đua, khen thưởng 2022
 * Điều 30 and NĐ 86/2023/NĐ-CP; "Khu phố đạt tiêu chí văn minh đô thị" under the local criteria): the area head's
 * self-assessment against every criterion of the set in force on the year's evaluation date, with its evidence and
 * the report of achievements (Báo cáo thành tích); the review by the area's Ban Công tác Mặt trận, which agrees or
 * returns it with a note; the commune's proposal (the Hội đồng Thi đua – Khen thưởng cấp xã selects the reviewed areas
 * and posts the list for the set's posting days); and the decision, recorded through {@link Decisions}, which asks
 * {@link #blockers} whether each area may be recognised. One round per area, title and year. The areas of a commune
 * are those under it in the territory tree on the listing date, never matched by a code.
 */
@Component
public class AreaRounds {

    /** Where a round stands, in the order of the procedure. */
    public enum Stage { ASSESSING, SUBMITTED, RETURNED, REVIEWED, PROPOSED, RECOGNISED }

    /** A round's header. */
    public record AreaRound(long id, String areaCode, String titleCode, int year, long setId, String report,
            LocalDate submittedOn, String submittedBy, LocalDate reviewedOn, String reviewedBy, Boolean reviewAgrees,
            String reviewNote, LocalDate proposedOn, String proposedBy, String proposalUnit, LocalDate postedFrom,
            LocalDate postedTo, String proposalNote) {

        Stage baseStage() {
            if (proposedOn != null) {
                return Stage.PROPOSED;
            }
            if (reviewedOn != null && Boolean.TRUE.equals(reviewAgrees)) {
                return Stage.REVIEWED;
            }
            if (submittedOn != null) {
                return Stage.SUBMITTED;
            }
            return reviewedOn != null ? Stage.RETURNED : Stage.ASSESSING;
        }
    }

    /** One criterion of the set with the area's assessment (met null: not assessed yet). */
    public record Item(Criterion criterion, Boolean met, String evidence) {
    }

    /** What the round page shows. */
    /**
     * @param deadline the set's evaluation deadline in the year (NĐ 86/2023/NĐ-CP: before 25/11), if it has one
     * @param late whether the deadline has passed while the area has not reached the commune's proposal
     */
    public record View(AreaRound round, UnitView area, Title title, CriteriaSet set, List<Item> items, Stage stage,
            LocalDate asOf, LocalDate deadline, boolean late) {

        public boolean editable() {
            return stage == Stage.ASSESSING || stage == Stage.RETURNED;
        }

        public long metCount() {
            return items.stream().filter(i -> Boolean.TRUE.equals(i.met())).count();
        }

        /** The criteria not assessed as met, by code. */
        public List<String> missing() {
            return items.stream().filter(i -> !Boolean.TRUE.equals(i.met())).map(i -> i.criterion().code()).toList();
        }
    }

    /**
     * An area of a commune with its round of the title and year, if it has one. The area's name already carries its
     * former commune where a sibling shares it after a merger ("Khu phố 1 (Ba Đình cũ)", the territory's name).
     */
    public record AreaLine(UnitView area, AreaRound round, Stage stage, long met, int criteria) {
    }

    private final JdbcClient jdbc;
    private final Catalogue catalogue;
    private final TerritoryApi territory;
    private final AuditLog audit;
    private final Today today;

    AreaRounds(JdbcClient jdbc, Catalogue catalogue, TerritoryApi territory, AuditLog audit, Today today) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.territory = territory;
        this.audit = audit;
        this.today = today;
    }

    /** The titles whose subject is a residential area, in the catalogue's order. */
    public List<Title> titles() {
        return catalogue.titles().stream().filter(Title::area).toList();
    }

    /** The day the areas of a year are listed on: 1 December of the year, or today if earlier. */
    public LocalDate listingDate(int year) {
        return today.notAfterToday(LocalDate.of(year, 12, 1));
    }

    public Optional<AreaRound> find(String areaCode, String titleCode, int year) {
        return jdbc.sql("select * from recognition_area_round where area_code = ? and title_code = ? and year = ?")
                .params(areaCode, titleCode, year).query(AreaRounds::round).optional();
    }

    public Optional<AreaRound> find(long id) {
        return jdbc.sql("select * from recognition_area_round where id = ?").param(id).query(AreaRounds::round)
                .optional();
    }

    private Title areaTitle(String titleCode) {
        return catalogue.title(titleCode == null ? "" : titleCode.strip()).filter(Title::area).orElseThrow(
                () -> new RecognitionRefused("title", "recognition.refused.areaRound.title"));
    }

    private UnitView area(String areaCode, int year) {
        return territory.find(areaCode, listingDate(year), UnitScope.ALL)
                .filter(u -> u.level() == UnitLevel.RESIDENTIAL_AREA).orElseThrow(() -> new RecognitionRefused(
                        "area", "recognition.refused.area.notFound", areaCode, year));
    }

    /**
     * Opens the round of an area for a title and year with the criteria set in force on the year's evaluation date.
     * Refused for a second round of the same title and year, and when the set has no criteria to assess against.
     */
    @Transactional
    public AreaRound open(String areaCode, String titleCode, int year, UnitScope scope) {
        if (year < 2000 || year > today.year()) {
            throw new RecognitionRefused("year", "recognition.refused.round.year");
        }
        Title title = areaTitle(titleCode);
        UnitView area = area(areaCode, year);
        if (!scope.canManage(area.path())) {
            throw new RecognitionRefused("area", "recognition.refused.area.notManaged");
        }
        Optional<AreaRound> existing = find(areaCode, title.code(), year);
        if (existing.isPresent()) {
            throw new RecognitionRefused("year", "recognition.refused.areaRound.exists", title.name(), year,
                    area.fullName());
        }
        String province = area.pathCodes().size() > 1 ? area.pathCodes().get(1) : null;
        CriteriaSet set = catalogue.setFor(title.code(), province, Rounds.evaluationDate(year)).orElseThrow(
                () -> new RecognitionRefused("year", "recognition.refused.areaRound.noSet", title.name(), year));
        if (catalogue.criteria(set.id()).stream().noneMatch(c -> !c.exclusion())) {
            throw new RecognitionRefused("set", "recognition.refused.areaRound.noCriteria", set.name());
        }
        long id = jdbc.sql("insert into recognition_area_round (area_code, title_code, year, set_id, created_by) "
                + "values (?, ?, ?, ?, ?) returning id").params(areaCode, title.code(), year, set.id(), Rounds.actor())
                .query(Long.class).single();
        audit.record("CREATE", "recognition.area-round", String.valueOf(id), "Mở tự đánh giá " + title.name()
                + " năm " + year + " – " + area.fullName(), null, Map.of("area", areaCode, "title", title.code(),
                "year", year, "set", set.name()));
        return find(id).orElseThrow();
    }

    /** The round page, for a user who may view the area. */
    @Transactional(readOnly = true)
    public View view(long id, UnitScope scope) {
        AreaRound r = find(id).orElseThrow(() -> new RecognitionRefused("round", "recognition.refused.round.notFound"));
        UnitView area = area(r.areaCode(), r.year());
        if (!scope.canView(area.path())) {
            throw new RecognitionRefused("area", "recognition.refused.area.notVisible");
        }
        CriteriaSet set = catalogue.set(r.setId()).orElseThrow();
        Map<Long, Object[]> assessed = new HashMap<>();
        jdbc.sql("select criterion_id, met, evidence from recognition_area_assessment where round_id = ?").param(id)
                .query(rs -> {
                    assessed.put(rs.getLong(1), new Object[] {rs.getBoolean(2), rs.getString(3)});
                });
        List<Item> items = new ArrayList<>();
        for (Criterion c : catalogue.criteria(set.id())) {
            if (c.exclusion()) {
                continue;
            }
            Object[] a = assessed.get(c.id());
            items.add(new Item(c, a == null ? null : (Boolean) a[0], a == null ? null : (String) a[1]));
        }
        Stage stage = stage(r);
        LocalDate deadline = deadline(set, r.year());
        boolean late = deadline != null && !today.date().isBefore(deadline)
                && stage.compareTo(Stage.REVIEWED) <= 0;
        return new View(r, area, catalogue.title(r.titleCode()).orElseThrow(), set, items, stage,
                listingDate(r.year()), deadline, late);
    }

    /** The set's evaluation deadline ("25/11", dd/MM) in the year; null when the set names none. */
    static LocalDate deadline(CriteriaSet set, int year) {
        String d = set.evaluationDeadline();
        if (d == null || !d.matches("\\d{2}/\\d{2}")) {
            return null;
        }
        return LocalDate.of(year, Integer.parseInt(d.substring(3)), Integer.parseInt(d.substring(0, 2)));
    }

    private Stage stage(AreaRound r) {
        return recognised(r.titleCode(), r.year(), List.of(r.areaCode())).contains(r.areaCode()) ? Stage.RECOGNISED
                : r.baseStage();
    }

    private Set<String> recognised(String titleCode, int year, Collection<String> areas) {
        return new HashSet<>(jdbc.sql("select subject_code from recognition_award where title_code = ? and year = ? "
                + "and subject_code = any(?)").params(titleCode, year, areas.toArray(String[]::new))
                .query(String.class).list());
    }

    private AreaRound managed(long id, UnitScope scope) {
        AreaRound r = find(id).orElseThrow(() -> new RecognitionRefused("round", "recognition.refused.round.notFound"));
        if (!scope.canManage(area(r.areaCode(), r.year()).path())) {
            throw new RecognitionRefused("area", "recognition.refused.area.notManaged");
        }
        return r;
    }

    private AreaRound editable(long id, UnitScope scope) {
        AreaRound r = managed(id, scope);
        Stage s = stage(r);
        if (s != Stage.ASSESSING && s != Stage.RETURNED) {
            throw new RecognitionRefused("round", "recognition.refused.areaRound.notEditable", Dates.show(
                    r.submittedOn()));
        }
        return r;
    }

    /**
     * Records the area's self-assessment: which criteria it meets, with the evidence of each (criteria left out stay
     * not met), and the report of achievements.
     */
    @Transactional
    public void assess(long id, Collection<Long> met, Map<Long, String> evidence, String report, UnitScope scope) {
        AreaRound r = editable(id, scope);
        Set<Long> yes = met == null ? Set.of() : new HashSet<>(met);
        List<Criterion> criteria = catalogue.criteria(r.setId()).stream().filter(c -> !c.exclusion()).toList();
        for (Criterion c : criteria) {
            String why = evidence == null ? null : evidence.get(c.id());
            jdbc.sql("""
                    insert into recognition_area_assessment (round_id, criterion_id, met, evidence) values (?, ?, ?, ?)
                    on conflict (round_id, criterion_id) do update set met = excluded.met, evidence = excluded.evidence""")
                    .params(id, c.id(), yes.contains(c.id()), why == null || why.isBlank() ? null : why.strip())
                    .update();
        }
        jdbc.sql("update recognition_area_round set report = ?, version = version + 1 where id = ?")
                .params(report == null || report.isBlank() ? null : report.strip(), id).update();
        long n = criteria.stream().filter(c -> yes.contains(c.id())).count();
        audit.record("SCORE", "recognition.area-round", String.valueOf(id), "Tự đánh giá " + r.areaCode() + ": đạt "
                + n + "/" + criteria.size() + " tiêu chí", null, Map.of("met", n, "criteria", criteria.size()));
    }

    private LocalDate inYear(LocalDate on, int year, String field) {
        if (on == null) {
            throw new RecognitionRefused(field, "recognition.refused.areaRound.dateMissing." + field);
        }
        if (on.getYear() != year || on.isAfter(today.date())) {
            throw new RecognitionRefused(field, "recognition.refused.areaRound.dateOutOfYear", year);
        }
        return on;
    }

    /** Sends the self-assessment to the Front: every criterion must be assessed as met, and the report written. */
    @Transactional
    public void submit(long id, LocalDate on, UnitScope scope) {
        AreaRound r = editable(id, scope);
        inYear(on, r.year(), "submittedOn");
        View v = view(id, UnitScope.ALL);
        if (!v.missing().isEmpty()) {
            throw new RecognitionRefused("criteria", "recognition.refused.areaRound.criteriaMissing",
                    String.join(", ", v.missing()), v.items().size());
        }
        if (r.report() == null) {
            throw new RecognitionRefused("report", "recognition.refused.areaRound.reportMissing");
        }
        jdbc.sql("""
                update recognition_area_round set submitted_on = ?, submitted_by = ?, reviewed_on = null,
                       reviewed_by = null, review_agrees = null, version = version + 1 where id = ?""")
                .params(on, Rounds.actor(), id).update();
        audit.record("SUBMIT", "recognition.area-round", String.valueOf(id), "Gửi tự đánh giá " + r.areaCode()
                + " cho Ban Công tác Mặt trận ngày " + Dates.show(on), null, Map.of("submittedOn", on.toString()));
    }

    /**
     * The Front's review of a submitted self-assessment: it agrees (the area can be proposed) or returns it to the
     * head with a note saying what to correct.
     */
    @Transactional
    public void review(long id, boolean agrees, String note, LocalDate on, UnitScope scope) {
        AreaRound r = managed(id, scope);
        if (stage(r) != Stage.SUBMITTED) {
            throw new RecognitionRefused("round", "recognition.refused.areaRound.notSubmitted");
        }
        inYear(on, r.year(), "reviewedOn");
        if (on.isBefore(r.submittedOn())) {
            throw new RecognitionRefused("reviewedOn", "recognition.refused.areaRound.reviewBeforeSubmit",
                    Dates.show(r.submittedOn()));
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        if (!agrees && text == null) {
            throw new RecognitionRefused("note", "recognition.refused.areaRound.returnNote");
        }
        jdbc.sql("""
                update recognition_area_round set reviewed_on = ?, reviewed_by = ?, review_agrees = ?, review_note = ?,
                       submitted_on = case when ? then submitted_on end, version = version + 1 where id = ?""")
                .params(on, Rounds.actor(), agrees, text, agrees, id).update();
        audit.record(agrees ? "APPROVE" : "REJECT", "recognition.area-round", String.valueOf(id),
                (agrees ? "Ban Công tác Mặt trận đồng ý tự đánh giá " : "Ban Công tác Mặt trận trả lại tự đánh giá ")
                        + r.areaCode(), null, text == null ? Map.of("reviewedOn", on.toString())
                        : Map.of("reviewedOn", on.toString(), "note", text));
    }

    /** The residential areas of a commune on the year's listing date, each with its round of the title. */
    @Transactional(readOnly = true)
    public List<AreaLine> areasOf(String communeCode, String titleCode, int year, UnitScope scope) {
        LocalDate on = listingDate(year);
        List<UnitView> areas = territory.subtree(communeCode, on, scope).stream()
                .filter(u -> u.level() == UnitLevel.RESIDENTIAL_AREA).toList();
        if (areas.isEmpty()) {
            return List.of();
        }
        List<String> codes = areas.stream().map(UnitView::code).toList();
        Map<String, AreaRound> rounds = new HashMap<>();
        jdbc.sql("select * from recognition_area_round where title_code = ? and year = ? and area_code = any(?)")
                .params(titleCode, year, codes.toArray(String[]::new)).query(AreaRounds::round).list()
                .forEach(r -> rounds.put(r.areaCode(), r));
        Map<Long, long[]> counts = new HashMap<>();
        if (!rounds.isEmpty()) {
            jdbc.sql("""
                    select r.id, count(*) filter (where a.met),
                           (select count(*) from recognition_criterion c where c.set_id = r.set_id and not c.exclusion)
                    from recognition_area_round r left join recognition_area_assessment a on a.round_id = r.id
                    where r.id = any(?) group by r.id, r.set_id""")
                    .param(rounds.values().stream().map(AreaRound::id).toArray(Long[]::new))
                    .query(rs -> {
                        counts.put(rs.getLong(1), new long[] {rs.getLong(2), rs.getLong(3)});
                    });
        }
        Set<String> recognised = recognised(titleCode, year, codes);
        List<AreaLine> out = new ArrayList<>();
        for (UnitView a : areas) {
            AreaRound r = rounds.get(a.code());
            long[] c = r == null ? new long[] {0, 0} : counts.getOrDefault(r.id(), new long[] {0, 0});
            Stage s = recognised.contains(a.code()) ? Stage.RECOGNISED : r == null ? null : r.baseStage();
            out.add(new AreaLine(a, r, s, c[0], (int) c[1]));
        }
        return out;
    }

    /**
     * The commune's proposal: the areas its emulation council selected among those the Front reviewed, the date of
     * the selection, and the public posting of the list (it ends after the set's posting days; the decision comes
     * after it). Every area must lie under the commune in the tree on the listing date.
     */
    @Transactional
    public int propose(String communeCode, String titleCode, int year, Collection<String> areaCodes,
            LocalDate proposedOn, LocalDate postedFrom, String note, UnitScope scope) {
        Title title = areaTitle(titleCode);
        UnitView commune = territory.find(communeCode, listingDate(year), UnitScope.ALL)
                .filter(u -> u.level() == UnitLevel.COMMUNE).orElseThrow(() -> new RecognitionRefused("unit",
                        "recognition.refused.areaRound.notCommune", communeCode));
        if (!scope.canManage(commune.path())) {
            throw new RecognitionRefused("unit", "recognition.refused.unit.notManaged");
        }
        if (areaCodes == null || areaCodes.isEmpty()) {
            throw new RecognitionRefused("area", "recognition.refused.areaRound.noneChosen");
        }
        inYear(proposedOn, year, "proposedOn");
        if (postedFrom == null) {
            throw new RecognitionRefused("postedFrom", "recognition.refused.post.dateMissing");
        }
        if (postedFrom.isBefore(proposedOn) || postedFrom.isAfter(today.date())) {
            throw new RecognitionRefused("postedFrom", "recognition.refused.areaRound.postedBeforeProposal",
                    Dates.show(proposedOn));
        }
        Map<String, AreaLine> lines = new LinkedHashMap<>();
        areasOf(commune.code(), title.code(), year, UnitScope.ALL).forEach(l -> lines.put(l.area().code(), l));
        List<AreaRound> chosen = new ArrayList<>();
        for (String code : new java.util.LinkedHashSet<>(areaCodes)) {
            AreaLine line = lines.get(code.strip());
            if (line == null) {
                throw new RecognitionRefused("area", "recognition.refused.decision.notAreaOf", code.strip(),
                        commune.fullName());
            }
            if (line.stage() != Stage.REVIEWED) {
                throw new RecognitionRefused("area", "recognition.refused.areaRound.notReviewed",
                        line.area().fullName());
            }
            chosen.add(line.round());
        }
        for (AreaRound r : chosen) {
            CriteriaSet set = catalogue.set(r.setId()).orElseThrow();
            LocalDate to = postedFrom.plusDays(set.postingDays() == null ? 0 : set.postingDays());
            jdbc.sql("""
                    update recognition_area_round set proposed_on = ?, proposed_by = ?, proposal_unit = ?,
                           posted_from = ?, posted_to = ?, proposal_note = ?, version = version + 1 where id = ?""")
                    .params(proposedOn, Rounds.actor(), commune.code(), postedFrom, to,
                            note == null || note.isBlank() ? null : note.strip(), r.id()).update();
        }
        audit.record("SEND", "recognition.area-round", commune.code() + "/" + title.code() + "/" + year,
                "Đề nghị công nhận " + title.name() + " năm " + year + " cho " + chosen.size() + " khu dân cư",
                null, Map.of("areas", chosen.stream().map(AreaRound::areaCode).toList(),
                        "proposedOn", proposedOn.toString(), "postedFrom", postedFrom.toString()));
        return chosen.size();
    }

    /**
     * Why areas may not be recognised for the title and year on the signing date: an area with a round that its
     * commune has not proposed, or whose list is still posted. Areas absent from the map may be (an area with no
     * round in the system is one whose dossier was kept on paper).
     */
    @Transactional(readOnly = true)
    public Map<String, MessageSourceResolvable> blockers(String titleCode, int year, Collection<String> areas,
            LocalDate signedOn) {
        Map<String, MessageSourceResolvable> out = new LinkedHashMap<>();
        jdbc.sql("select * from recognition_area_round where title_code = ? and year = ? and area_code = any(?) "
                + "order by area_code").params(titleCode, year, areas.toArray(String[]::new)).query(AreaRounds::round)
                .list().forEach(r -> {
                    Stage s = r.baseStage();
                    if (s != Stage.PROPOSED) {
                        out.put(r.areaCode(), RecognitionRefused.text("recognition.blocker.areaNotProposed",
                                RecognitionRefused.text("recognition.areaStage." + s.name())));
                    } else if (r.postedTo() != null && signedOn.isBefore(r.postedTo())) {
                        out.put(r.areaCode(), RecognitionRefused.text("recognition.blocker.areaStillPosted",
                                Dates.show(r.postedTo())));
                    }
                });
        return out;
    }

    private static AreaRound round(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new AreaRound(rs.getLong("id"), rs.getString("area_code"), rs.getString("title_code"),
                rs.getInt("year"), rs.getLong("set_id"), rs.getString("report"), Catalogue.date(rs, "submitted_on"),
                rs.getString("submitted_by"), Catalogue.date(rs, "reviewed_on"), rs.getString("reviewed_by"),
                (Boolean) rs.getObject("review_agrees"), rs.getString("review_note"),
                Catalogue.date(rs, "proposed_on"), rs.getString("proposed_by"), rs.getString("proposal_unit"),
                Catalogue.date(rs, "posted_from"), Catalogue.date(rs, "posted_to"), rs.getString("proposal_note"));
    }
}
