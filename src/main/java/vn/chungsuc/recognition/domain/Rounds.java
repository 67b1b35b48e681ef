package vn.chungsuc.recognition.domain;

import java.sql.Array;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.chungsuc.registry.HouseholdRef;
import vn.chungsuc.registry.RegistryApi;
import vn.chungsuc.shared.audit.AuditLog;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.shared.time.Dates;
import vn.chungsuc.shared.time.Today;
import vn.chungsuc.territory.TerritoryApi;
import vn.chungsuc.territory.UnitLevel;
import vn.chungsuc.territory.UnitView;

/**
 * The yearly cultural-family round of a residential area (NĐ 122/2018/NĐ-CP Điều 9; NĐ 86/2023/NĐ-CP Điều 7): the
 * area's households for the year, registration, scoring against the criteria of the set in force, exclusions with
 * their reasons, the meeting (the quorum checked against the set's share), the vote per household (passes by the
 * set's approval share), the public posting with objections, and the dossier sent to the commune. The area head
 * and the commune's officers (whose scope holds the area) act on it; a sent dossier is no longer changed.
 */
@Component("recognitionRounds")
public class Rounds {

    /** The state of a household in a round, in the order of the procedure. */
    public enum State { NOT_REGISTERED, REGISTERED, CRITERIA_NOT_MET, EXCLUDED, ELIGIBLE, PASSED, FAILED, RECOGNISED }

    /** A round's header. */
    public record Round(long id, String areaCode, int year, long setId, LocalDate meetingOn, Integer invitees,
            Integer attendees, String meetingNote, LocalDate postedFrom, LocalDate postedTo, String objections,
            LocalDate sentOn) {

        public boolean sent() {
            return sentOn != null;
        }

        public boolean meetingHeld() {
            return meetingOn != null && invitees != null && attendees != null;
        }
    }

    /** A household of the area with its state in the round. */
    public record Row(String code, String headName, int members, boolean registered, boolean scored,
            Set<Long> criteriaMet, Integer agree, String objection, List<String> exclusions, State state) {

        public boolean met(long criterionId) {
            return criteriaMet.contains(criterionId);
        }

        /** Whether the household is excluded for the year: it is neither scored nor voted on, whatever was recorded. */
        public boolean excluded() {
            return state == State.EXCLUDED;
        }

        /** Whether its score counts (scored and not excluded): an excluded household shows no score. */
        public boolean scoreCounts() {
            return scored && !excluded();
        }
    }

    /** Everything the round screen shows. */
    public record View(Round round, UnitView area, CriteriaSet set, List<Criterion> criteria,
            List<Criterion> exclusionKinds, List<Row> rows, Map<State, Long> counts, boolean quorumMet,
            int minimumAttendees, int minimumAgree, LocalDate asOf, boolean canManage, LocalDate deadline,
            LocalDate today) {

        public long count(State s) {
            return counts.getOrDefault(s, 0L);
        }

        /** The count of a state by its name (for templates). */
        public long countNamed(String state) {
            return count(State.valueOf(state));
        }

        /**
         * Whether the set's evaluation deadline (NĐ 86/2023/NĐ-CP: bình xét xong trước 25/11, kept as the set's
         * data) has come while the dossier is not sent yet.
         */
        public boolean deadlinePassed() {
            return deadline != null && !round.sent() && !today.isBefore(deadline);
        }

        /** Whether the meeting was held on or after the deadline. */
        public boolean meetingLate() {
            return deadline != null && round.meetingOn() != null && !round.meetingOn().isBefore(deadline);
        }

        /** The households registered (excluded ones included), the rows the minutes list. */
        public List<Row> registered() {
            return rows.stream().filter(Row::registered).toList();
        }

        /** Households that passed (or are already recognised): the list the dossier proposes. */
        public List<Row> proposed() {
            return rows.stream().filter(r -> r.state() == State.PASSED || r.state() == State.RECOGNISED).toList();
        }
    }

    private final JdbcClient jdbc;
    private final Catalogue catalogue;
    private final TerritoryApi territory;
    private final RegistryApi registry;
    private final AuditLog audit;
    private final Today today;

    Rounds(JdbcClient jdbc, Catalogue catalogue, TerritoryApi territory, RegistryApi registry, AuditLog audit,
            Today today) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.territory = territory;
        this.registry = registry;
        this.audit = audit;
        this.today = today;
    }

    /** The day the households of a round are listed on: 1 December of the year, or today if earlier. */
    public LocalDate listingDate(int year) {
        return today.notAfterToday(LocalDate.of(year, 12, 1));
    }

    /** The date that picks the regime of a year's round: 15 November (evaluations end before 25/11). */
    public static LocalDate evaluationDate(int year) {
        return LocalDate.of(year, 11, 15);
    }

    public Optional<Round> find(String areaCode, int year) {
        return jdbc.sql("select * from recognition_round where area_code = ? and year = ?").params(areaCode, year)
                .query(Rounds::round).optional();
    }

    public Optional<Round> find(long id) {
        return jdbc.sql("select * from recognition_round where id = ?").param(id).query(Rounds::round).optional();
    }

    /** Opens the round of an area for a year (or returns the one open), with the criteria set in force then. */
    @Transactional
    public Round open(String areaCode, int year, UnitScope scope) {
        if (year < 2000 || year > today.year()) {
            throw new RecognitionRefused("year", "recognition.refused.round.year");
        }
        UnitView area = area(areaCode, year);
        if (!scope.canManage(area.path())) {
            throw new RecognitionRefused("area", "recognition.refused.area.notManaged");
        }
        Optional<Round> existing = find(areaCode, year);
        if (existing.isPresent()) {
            return existing.get();
        }
        String province = area.pathCodes().size() > 1 ? area.pathCodes().get(1) : null;
        CriteriaSet set = catalogue.setFor(Title.CULTURAL_FAMILY, province, evaluationDate(year)).orElseThrow(
                () -> new RecognitionRefused("year", "recognition.refused.round.noSet", year));
        long id = jdbc.sql("insert into recognition_round (area_code, year, set_id, created_by) values (?, ?, ?, ?) "
                + "returning id").params(areaCode, year, set.id(), actor()).query(Long.class).single();
        audit.record("CREATE", "recognition.round", String.valueOf(id), "Mở bình xét Gia đình văn hóa năm " + year
                + " – " + area.fullName(), null, Map.of("area", areaCode, "year", year, "set", set.name()));
        return find(id).orElseThrow();
    }

    private UnitView area(String areaCode, int year) {
        UnitView area = territory.find(areaCode, listingDate(year), UnitScope.ALL)
                .filter(u -> u.level() == UnitLevel.RESIDENTIAL_AREA).orElse(null);
        if (area == null) {
            throw new RecognitionRefused("area", "recognition.refused.area.notFound", areaCode, year);
        }
        return area;
    }

    /** The round screen: every household of the area for the year with its state. */
    @Transactional(readOnly = true)
    public View view(long roundId, UnitScope scope) {
        Round r = find(roundId).orElseThrow(() -> new RecognitionRefused("round",
                "recognition.refused.round.notFound"));
        UnitView area = area(r.areaCode(), r.year());
        if (!scope.canView(area.path())) {
            throw new RecognitionRefused("area", "recognition.refused.area.notVisible");
        }
        CriteriaSet set = catalogue.set(r.setId()).orElseThrow();
        List<Criterion> all = catalogue.criteria(set.id());
        List<Criterion> criteria = all.stream().filter(c -> !c.exclusion()).toList();
        List<Criterion> exclusionKinds = all.stream().filter(Criterion::exclusion).toList();
        LocalDate asOf = listingDate(r.year());
        List<HouseholdRef> households = registry.households(List.of(r.areaCode()), asOf);
        Map<String, Object[]> entries = new HashMap<>();
        jdbc.sql("select * from recognition_entry where round_id = ?").param(roundId).query(rs -> {
            Array a = rs.getArray("criteria_met");
            Long[] met = a == null ? new Long[0] : (Long[]) a.getArray();
            entries.put(rs.getString("household_code"), new Object[] {rs.getDate("registered_on"),
                    rs.getBoolean("scored"), new HashSet<>(Arrays.asList(met)), rs.getObject("agree"),
                    rs.getString("objection"), rs.getString("head_name")});
        });
        List<String> codes = new ArrayList<>(households.stream().map(HouseholdRef::code).toList());
        entries.keySet().stream().filter(c -> !codes.contains(c)).sorted().forEach(codes::add);
        Map<String, List<String>> exclusions = exclusions(r.year(), codes);
        Set<String> recognised = new HashSet<>(jdbc.sql("select subject_code from recognition_award where title_code = ? "
                + "and year = ? and subject_code = any(?)").params(Title.CULTURAL_FAMILY, r.year(),
                codes.toArray(String[]::new)).query(String.class).list());
        ProcedureRules rules = set.rules();
        boolean quorum = r.meetingHeld() && rules.quorumMet(r.invitees(), r.attendees());
        Map<String, HouseholdRef> byCode = new HashMap<>();
        households.forEach(h -> byCode.put(h.code(), h));
        List<Row> rows = new ArrayList<>();
        Map<State, Long> counts = new LinkedHashMap<>();
        for (String code : codes) {
            HouseholdRef h = byCode.get(code);
            Object[] e = entries.get(code);
            @SuppressWarnings("unchecked")
            Set<Long> met = e == null ? Set.of() : (Set<Long>) e[2];
            boolean registered = e != null && e[0] != null;
            boolean scored = e != null && (Boolean) e[1];
            Integer agree = e == null ? null : (Integer) e[3];
            List<String> excluded = exclusions.getOrDefault(code, List.of());
            State state = state(registered, scored, met, criteria, excluded, agree, quorum, rules, r, set,
                    recognised.contains(code));
            counts.merge(state, 1L, Long::sum);
            rows.add(new Row(code, h != null ? h.headName() : (e == null ? null : (String) e[5]),
                    h == null ? 0 : h.members(), registered, scored, met, agree, e == null ? null : (String) e[4],
                    excluded, state));
        }
        int invitees = r.invitees() == null ? 0 : r.invitees();
        int attendees = r.attendees() == null ? 0 : r.attendees();
        return new View(r, area, set, criteria, exclusionKinds, rows, counts, quorum,
                rules.minimumAttendees(invitees), rules.minimumAgree(attendees), asOf, scope.canManage(area.path()),
                set.deadline(r.year()).orElse(null), today.date());
    }

    private static State state(boolean registered, boolean scored, Set<Long> met, List<Criterion> criteria,
            List<String> excluded, Integer agree, boolean quorum, ProcedureRules rules, Round r, CriteriaSet set,
            boolean recognised) {
        if (recognised) {
            return State.RECOGNISED;
        }
        if (!excluded.isEmpty()) {
            return State.EXCLUDED;
        }
        if (!registered) {
            return State.NOT_REGISTERED;
        }
        if (!scored) {
            return State.REGISTERED;
        }
        if (criteria.stream().anyMatch(c -> !met.contains(c.id()))) {
            return State.CRITERIA_NOT_MET;
        }
        if (!set.voting()) {
            return State.PASSED;
        }
        if (agree == null || !quorum) {
            return State.ELIGIBLE;
        }
        return rules.passes(r.attendees(), agree) ? State.PASSED : State.FAILED;
    }

    /** The exclusion reasons recorded per household for a year. */
    public Map<String, List<String>> exclusions(int year, Collection<String> households) {
        Map<String, List<String>> out = new HashMap<>();
        jdbc.sql("""
                select e.household_code, coalesce(c.code || '. ' || c.text || ': ', '') || e.reason as why
                from recognition_exclusion e left join recognition_criterion c on c.id = e.criterion_id
                where e.year = ? and e.household_code = any(?) order by e.id""")
                .params(year, households.toArray(String[]::new))
                .query(rs -> {
                    out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        return out;
    }

    /**
     * Why households may not be recognised for the year: an exclusion, or (for those in a round of that year) not
     * scored as meeting every criterion, no valid meeting, or a failed vote. Households absent from the map may be.
     */
    @Transactional(readOnly = true)
    public Map<String, MessageSourceResolvable> blockers(String titleCode, int year, Collection<String> households) {
        Map<String, MessageSourceResolvable> out = new LinkedHashMap<>();
        if (!Title.CULTURAL_FAMILY.equals(titleCode)) {
            return out;
        }
        exclusions(year, households).forEach((code, reasons) -> out.put(code, RecognitionRefused.text(
                "recognition.blocker.excluded", String.join("; ", reasons))));
        List<Long> roundIds = jdbc.sql("""
                select distinct r.id from recognition_round r join recognition_entry e on e.round_id = r.id
                where r.year = ? and e.household_code = any(?)""")
                .params(year, households.toArray(String[]::new)).query(Long.class).list();
        Set<String> wanted = new HashSet<>(households);
        for (long id : roundIds) {
            View v = view(id, UnitScope.ALL);
            for (Row row : v.rows()) {
                if (!wanted.contains(row.code()) || out.containsKey(row.code()) || !row.registered()) {
                    continue;
                }
                switch (row.state()) {
                    case REGISTERED -> out.put(row.code(), RecognitionRefused.text("recognition.blocker.notScored"));
                    case CRITERIA_NOT_MET -> out.put(row.code(),
                            RecognitionRefused.text("recognition.blocker.criteriaNotMet"));
                    case ELIGIBLE -> out.put(row.code(), RecognitionRefused.text(v.quorumMet()
                            ? "recognition.blocker.notVoted" : "recognition.blocker.noQuorum"));
                    case FAILED -> out.put(row.code(), RecognitionRefused.text("recognition.blocker.voteFailed",
                            row.agree(), v.round().attendees()));
                    default -> { }
                }
            }
        }
        return out;
    }

    private Round writable(long roundId, UnitScope scope) {
        Round r = find(roundId).orElseThrow(() -> new RecognitionRefused("round",
                "recognition.refused.round.notFound"));
        if (!scope.canManage(area(r.areaCode(), r.year()).path())) {
            throw new RecognitionRefused("area", "recognition.refused.area.notManaged");
        }
        if (r.sent()) {
            throw new RecognitionRefused("round", "recognition.refused.round.sent", Dates.show(r.sentOn()));
        }
        return r;
    }

    private Set<String> householdsOf(Round r) {
        return new HashSet<>(registry.households(List.of(r.areaCode()), listingDate(r.year())).stream()
                .map(HouseholdRef::code).toList());
    }

    /** Registers households (Bản đăng ký thi đua); codes empty = every household of the area not registered yet. */
    @Transactional
    public int register(long roundId, Collection<String> codes, LocalDate on, UnitScope scope) {
        Round r = writable(roundId, scope);
        LocalDate date = on == null ? listingDate(r.year()) : on;
        Map<String, String> heads = new HashMap<>();
        registry.households(List.of(r.areaCode()), listingDate(r.year())).forEach(h -> heads.put(h.code(),
                h.headName()));
        Collection<String> wanted = codes == null || codes.isEmpty() ? heads.keySet() : codes;
        int n = 0;
        for (String code : wanted) {
            if (!heads.containsKey(code)) {
                throw new RecognitionRefused("household", "recognition.refused.household.notInAreaThatYear", code,
                        r.year());
            }
            n += jdbc.sql("""
                    insert into recognition_entry (round_id, household_code, head_name, registered_on)
                    values (?, ?, ?, ?)
                    on conflict (round_id, household_code) do update set registered_on = excluded.registered_on
                    where recognition_entry.registered_on is null""")
                    .params(roundId, code, heads.get(code), date).update();
        }
        audit.record("REGISTER", "recognition.round", String.valueOf(roundId), "Đăng ký Gia đình văn hóa: " + n
                + " hộ", null, wanted.size() > 20 ? Map.of("count", n) : Map.of("households", wanted));
        return n;
    }

    /** Scores one household: the criteria it meets (the others it does not). */
    @Transactional
    public void score(long roundId, String code, Collection<Long> met, UnitScope scope) {
        Round r = writable(roundId, scope);
        List<String> excluded = exclusions(r.year(), List.of(code)).getOrDefault(code, List.of());
        if (!excluded.isEmpty()) {
            throw new RecognitionRefused("household", "recognition.refused.score.excluded", code,
                    String.join("; ", excluded));
        }
        Set<Long> valid = new HashSet<>(catalogue.criteria(r.setId()).stream().filter(c -> !c.exclusion())
                .map(Criterion::id).toList());
        List<Long> ids = met == null ? List.of() : met.stream().filter(valid::contains).distinct().sorted().toList();
        int n = jdbc.sql("update recognition_entry set scored = true, criteria_met = ? where round_id = ? "
                + "and household_code = ? and registered_on is not null")
                .params(ids.toArray(Long[]::new), roundId, code).update();
        if (n == 0) {
            throw new RecognitionRefused("household", "recognition.refused.household.notRegistered", code);
        }
        audit.record("SCORE", "recognition.entry", roundId + "/" + code, "Chấm điểm hộ " + code + ": đạt "
                + ids.size() + "/" + valid.size() + " tiêu chuẩn", null, ids);
    }

    /**
     * Scores every registered household not scored yet as meeting every criterion (the usual case), leaving out the
     * households excluded for the year: they are not scored at all, and the count says how many were scored.
     */
    @Transactional
    public int scoreAllMet(long roundId, UnitScope scope) {
        Round r = writable(roundId, scope);
        Long[] all = catalogue.criteria(r.setId()).stream().filter(c -> !c.exclusion()).map(Criterion::id)
                .toArray(Long[]::new);
        int n = jdbc.sql("""
                update recognition_entry e set scored = true, criteria_met = ?
                where e.round_id = ? and e.registered_on is not null and not e.scored
                  and not exists (select 1 from recognition_exclusion x
                                  where x.household_code = e.household_code and x.year = ?)""")
                .params(all, roundId, r.year()).update();
        audit.record("SCORE", "recognition.round", String.valueOf(roundId), "Chấm đạt đủ tiêu chuẩn cho " + n
                + " hộ chưa chấm", null, Map.of("count", n));
        return n;
    }

    /** Records a fact that excludes a household from the year's title, with its reason. */
    @Transactional
    public void exclude(long roundId, String code, Long criterionId, String reason, UnitScope scope) {
        Round r = writable(roundId, scope);
        if (!householdsOf(r).contains(code)) {
            throw new RecognitionRefused("household", "recognition.refused.household.notInArea", code);
        }
        if (criterionId == null) {
            throw new RecognitionRefused("criterion", "recognition.refused.exclusion.kindMissing");
        }
        boolean known = catalogue.criteria(r.setId()).stream().anyMatch(c -> c.exclusion() && c.id() == criterionId);
        if (!known) {
            throw new RecognitionRefused("criterion", "recognition.refused.exclusion.kindUnknown");
        }
        if (reason == null || reason.isBlank()) {
            throw new RecognitionRefused("reason", "recognition.refused.exclusion.reasonMissing");
        }
        jdbc.sql("insert into recognition_exclusion (household_code, year, criterion_id, reason, recorded_by) "
                + "values (?, ?, ?, ?, ?)").params(code, r.year(), criterionId, reason.strip(), actor()).update();
        audit.record("EXCLUDE", "recognition.exclusion", code + "/" + r.year(), "Không xét Gia đình văn hóa năm "
                + r.year() + " cho hộ " + code, null, Map.of("criterion", criterionId, "reason", reason.strip()));
    }

    /** Records the scoring meeting; the quorum is checked against the set's share. */
    @Transactional
    public boolean meeting(long roundId, LocalDate on, Integer invitees, Integer attendees, String note,
            UnitScope scope) {
        Round r = writable(roundId, scope);
        if (on == null) {
            throw new RecognitionRefused("meetingOn", "recognition.refused.meeting.dateMissing");
        }
        if (on.getYear() != r.year() || on.isAfter(today.date())) {
            throw new RecognitionRefused("meetingOn", "recognition.refused.meeting.dateOutOfYear", r.year());
        }
        if (invitees == null || invitees <= 0) {
            throw new RecognitionRefused("invitees", "recognition.refused.meeting.inviteesMissing");
        }
        if (attendees == null || attendees < 0) {
            throw new RecognitionRefused("attendees", "recognition.refused.meeting.attendeesMissing");
        }
        if (attendees > invitees) {
            throw new RecognitionRefused("attendees", "recognition.refused.meeting.attendeesOverInvitees");
        }
        CriteriaSet set = catalogue.set(r.setId()).orElseThrow();
        jdbc.sql("update recognition_round set meeting_on = ?, invitees = ?, attendees = ?, meeting_note = ?, "
                + "version = version + 1 where id = ?").params(on, invitees, attendees,
                note == null || note.isBlank() ? null : note.strip(), roundId).update();
        boolean quorum = set.rules().quorumMet(invitees, attendees);
        audit.record("MEETING", "recognition.round", String.valueOf(roundId), "Họp bình xét ngày " + Dates.show(on)
                + ": " + attendees + "/" + invitees + (quorum ? " – đủ" : " – không đủ") + " số người dự", r,
                Map.of("meetingOn", on.toString(), "invitees", invitees, "attendees", attendees));
        return quorum;
    }

    /** Records the vote of one household (agree count), or of every eligible household not voted yet. */
    @Transactional
    public int vote(long roundId, String code, Integer agree, UnitScope scope) {
        Round r = writable(roundId, scope);
        CriteriaSet set = catalogue.set(r.setId()).orElseThrow();
        if (!r.meetingHeld()) {
            throw new RecognitionRefused("agree", "recognition.refused.vote.noMeeting");
        }
        if (!set.rules().quorumMet(r.invitees(), r.attendees())) {
            throw new RecognitionRefused("agree", "recognition.refused.vote.noQuorum",
                    set.quorumPercent().stripTrailingZeros().toPlainString(),
                    set.rules().minimumAttendees(r.invitees()), r.invitees());
        }
        if (agree == null || agree < 0 || agree > r.attendees()) {
            throw new RecognitionRefused("agree", "recognition.refused.vote.agreeRange", r.attendees());
        }
        View v = view(roundId, scope);
        List<String> targets = new ArrayList<>();
        for (Row row : v.rows()) {
            boolean votable = row.state() == State.ELIGIBLE || row.state() == State.PASSED
                    || row.state() == State.FAILED;
            if (code == null) {
                if (row.state() == State.ELIGIBLE && row.agree() == null) {
                    targets.add(row.code());
                }
            } else if (row.code().equals(code)) {
                if (row.state() == State.EXCLUDED) {
                    throw new RecognitionRefused("agree", "recognition.refused.vote.excluded", code,
                            String.join("; ", row.exclusions()));
                }
                if (!votable) {
                    throw new RecognitionRefused("agree", "recognition.refused.vote.notEligible", code);
                }
                targets.add(code);
            }
        }
        if (code != null && targets.isEmpty()) {
            throw new RecognitionRefused("household", "recognition.refused.vote.notInRound", code);
        }
        for (String t : targets) {
            jdbc.sql("update recognition_entry set agree = ? where round_id = ? and household_code = ?")
                    .params(agree, roundId, t).update();
        }
        audit.record("VOTE", "recognition.round", String.valueOf(roundId), "Biểu quyết: " + agree + "/"
                + r.attendees() + " đồng ý cho " + (code == null ? targets.size() + " hộ" : "hộ " + code), null,
                Map.of("agree", agree, "count", targets.size()));
        return targets.size();
    }

    /** Starts the public posting (niêm yết) of the list; it ends after the set's posting days. */
    @Transactional
    public void post(long roundId, LocalDate from, String objections, UnitScope scope) {
        Round r = writable(roundId, scope);
        if (!r.meetingHeld()) {
            throw new RecognitionRefused("postedFrom", "recognition.refused.post.noMeeting");
        }
        if (from == null) {
            throw new RecognitionRefused("postedFrom", "recognition.refused.post.dateMissing");
        }
        if (from.isBefore(r.meetingOn())) {
            throw new RecognitionRefused("postedFrom", "recognition.refused.post.beforeMeeting");
        }
        CriteriaSet set = catalogue.set(r.setId()).orElseThrow();
        LocalDate to = from.plusDays(set.postingDays() == null ? 0 : set.postingDays());
        jdbc.sql("update recognition_round set posted_from = ?, posted_to = ?, objections = ?, version = version + 1 "
                + "where id = ?").params(from, to, objections == null || objections.isBlank() ? null
                : objections.strip(), roundId).update();
        audit.record("POST", "recognition.round", String.valueOf(roundId), "Niêm yết từ " + Dates.show(from)
                + " đến " + Dates.show(to), r, Map.of("from", from.toString(), "to", to.toString()));
    }

    /** Sends the dossier (list of households that passed) to the commune. */
    @Transactional
    public void send(long roundId, LocalDate on, UnitScope scope) {
        Round r = writable(roundId, scope);
        if (on == null) {
            throw new RecognitionRefused("sentOn", "recognition.refused.send.dateMissing");
        }
        View v = view(roundId, scope);
        if (!v.quorumMet()) {
            throw new RecognitionRefused("sentOn", "recognition.refused.send.noValidMeeting");
        }
        if (r.postedFrom() == null) {
            throw new RecognitionRefused("sentOn", "recognition.refused.send.notPosted");
        }
        if (on.isBefore(r.postedTo() == null ? r.postedFrom() : r.postedTo())) {
            throw new RecognitionRefused("sentOn", "recognition.refused.send.beforePostingEnds",
                    Dates.show(r.postedTo()));
        }
        if (v.proposed().isEmpty()) {
            throw new RecognitionRefused("sentOn", "recognition.refused.send.nonePassed");
        }
        jdbc.sql("update recognition_round set sent_on = ?, version = version + 1 where id = ?").params(on, roundId)
                .update();
        audit.record("SEND", "recognition.round", String.valueOf(roundId), "Gửi hồ sơ đề nghị công nhận "
                + v.proposed().size() + " hộ", r, Map.of("sentOn", on.toString(), "count", v.proposed().size()));
    }

    /**
     * Rounds of the areas of a commune for a year that sent their dossier, with the households that passed. The
     * areas are the residential areas under the deciding unit in the territory tree on the year's listing date (so
     * a khu phố of a ward merged on 1/7/2025 reaches the new ward), never matched by a code prefix.
     */
    @Transactional(readOnly = true)
    public Map<String, List<Row>> proposals(String communeCode, int year) {
        return proposals(communeCode, year, UnitScope.ALL);
    }

    /**
     * The passed families of the commune's areas for the year, only from areas within the scope (the unit tree on
     * the listing date, never a code pattern): an officer of another commune reads nothing.
     */
    public Map<String, List<Row>> proposals(String communeCode, int year, UnitScope scope) {
        Map<String, List<Row>> out = new LinkedHashMap<>();
        if (year < vn.chungsuc.shared.time.Period.MIN_YEAR || year > vn.chungsuc.shared.time.Period.MAX_YEAR) {
            return out;
        }
        List<String> areas = territory.subtree(communeCode, listingDate(year), scope).stream()
                .filter(u -> u.level() == UnitLevel.RESIDENTIAL_AREA).map(UnitView::code).toList();
        if (areas.isEmpty()) {
            return out;
        }
        List<Long> ids = jdbc.sql("select id from recognition_round where year = :year and sent_on is not null "
                + "and area_code in (:areas) order by area_code").param("year", year).param("areas", areas)
                .query(Long.class).list();
        for (long id : ids) {
            View v = view(id, UnitScope.ALL);
            List<Row> rows = v.rows().stream().filter(x -> x.state() == State.PASSED).toList();
            if (!rows.isEmpty()) {
                out.put(v.area().code(), rows);
            }
        }
        return out;
    }

    /** Rounds in the scope for a year: area code to round. */
    @Transactional(readOnly = true)
    public Map<String, Round> roundsOf(Collection<String> areaCodes, int year) {
        Map<String, Round> out = new HashMap<>();
        jdbc.sql("select * from recognition_round where year = ? and area_code = any(?)")
                .params(year, areaCodes.toArray(String[]::new)).query(Rounds::round).list()
                .forEach(r -> out.put(r.areaCode(), r));
        return out;
    }

    private static Round round(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new Round(rs.getLong("id"), rs.getString("area_code"), rs.getInt("year"), rs.getLong("set_id"),
                Catalogue.date(rs, "meeting_on"), (Integer) rs.getObject("invitees"),
                (Integer) rs.getObject("attendees"), rs.getString("meeting_note"), Catalogue.date(rs, "posted_from"),
                Catalogue.date(rs, "posted_to"), rs.getString("objections"), Catalogue.date(rs, "sent_on"));
    }

    static String actor() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth.getName() == null ? "system" : auth.getName();
    }
}
