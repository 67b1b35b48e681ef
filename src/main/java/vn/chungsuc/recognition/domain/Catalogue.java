package vn.chungsuc.recognition.domain;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.chungsuc.shared.audit.AuditLog;

/**
 * Titles, regimes, deciders and criteria sets as data. A province copies a national set and adapts its criteria and
 * parameters; the set for a title, province and date is the province's own if it has one valid then, else the
 * national one.
 */
@Component
public class Catalogue {

    private static final String SET_COLUMNS = """
            id, title_code, regime_code, province_code, name, legal_basis, valid_from, valid_to, quorum_percent,
            approval_percent, posting_days, dossier_days, decide_days, evaluation_deadline, decider,
            commendation_years, first_after_years, renewal_years, procedure_basis, note, copied_from, confirmed""";

    private final JdbcClient jdbc;
    private final AuditLog audit;

    Catalogue(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<Title> titles() {
        return jdbc.sql("select * from recognition_title order by sort").query((rs, i) -> new Title(
                rs.getString("code"), rs.getString("name"), rs.getString("subject"), rs.getString("metric_code"),
                (Integer) rs.getObject("years_valid"), rs.getInt("sort"), rs.getString("legal_basis"),
                rs.getString("note"))).list();
    }

    public Map<String, Title> titlesByCode() {
        return titles().stream().collect(Collectors.toMap(Title::code, Function.identity(), (a, b) -> a,
                java.util.LinkedHashMap::new));
    }

    public Optional<Title> title(String code) {
        return Optional.ofNullable(titlesByCode().get(code));
    }

    @Transactional(readOnly = true)
    public List<Regime> regimes() {
        return jdbc.sql("select * from recognition_regime order by valid_from, code").query((rs, i) -> new Regime(
                rs.getString("code"), rs.getString("name"), rs.getString("legal_basis"),
                rs.getDate("valid_from").toLocalDate(), date(rs, "valid_to"), rs.getString("note"))).list();
    }

    /** Who decides the title on the date: level and name, from the decider rows in force. */
    @Transactional(readOnly = true)
    public Optional<Decider> decider(String titleCode, LocalDate on) {
        return jdbc.sql("""
                select level, name, legal_basis, note from recognition_decider
                where title_code = ? and valid_from <= ? order by valid_from desc limit 1""")
                .params(titleCode, on)
                .query((rs, i) -> new Decider(rs.getString("level"), rs.getString("name"), rs.getString("legal_basis"),
                        rs.getString("note"))).optional();
    }

    /** Decision level, authority name and legal basis. */
    public record Decider(String level, String name, String legalBasis, String note) {
    }

    @Transactional(readOnly = true)
    public List<CriteriaSet> sets() {
        return jdbc.sql("select " + SET_COLUMNS + " from recognition_criteria_set s "
                + "order by (select sort from recognition_title t where t.code = s.title_code), valid_from, id")
                .query(Catalogue::set).list();
    }

    @Transactional(readOnly = true)
    public Optional<CriteriaSet> set(long id) {
        return jdbc.sql("select " + SET_COLUMNS + " from recognition_criteria_set where id = ?").param(id)
                .query(Catalogue::set).optional();
    }

    /** The set of a title for a province on a date: the province's own first, else the national one. */
    @Transactional(readOnly = true)
    public Optional<CriteriaSet> setFor(String titleCode, String provinceCode, LocalDate on) {
        return jdbc.sql("select " + SET_COLUMNS + """
                 from recognition_criteria_set
                where title_code = :title and valid_from <= :on and (valid_to is null or valid_to > :on)
                  and (province_code is null or province_code = :province)
                order by province_code is null, valid_from desc, id desc limit 1""")
                .param("title", titleCode).param("on", on).param("province", provinceCode == null ? "" : provinceCode)
                .query(Catalogue::set).optional();
    }

    @Transactional(readOnly = true)
    public List<Criterion> criteria(long setId) {
        return jdbc.sql("select * from recognition_criterion where set_id = ? order by exclusion, position")
                .param(setId)
                .query((rs, i) -> new Criterion(rs.getLong("id"), rs.getLong("set_id"), rs.getInt("position"),
                        rs.getString("code"), rs.getString("text"), rs.getBoolean("exclusion"),
                        rs.getString("legal_basis"))).list();
    }

    /**
     * Copies a set for a province (its criteria and parameters), valid from the date given (never before the set it
     * copies) until the date given or the copied set's end; {@code copied_from} keeps where it came from. The copy is
     * then edited on its own. Returns the new set's id.
     */
    @Transactional
    public long copyForProvince(long setId, String provinceCode, LocalDate validFrom, LocalDate validTo, String name) {
        CriteriaSet s = set(setId).orElseThrow(() -> new RecognitionRefused("set", "recognition.refused.set.notFound"));
        if (provinceCode == null || provinceCode.isBlank()) {
            throw new RecognitionRefused("province", "recognition.refused.set.provinceMissing");
        }
        if (name == null || name.isBlank()) {
            throw new RecognitionRefused("name", "recognition.refused.set.nameMissing");
        }
        if (name.strip().length() > 300) {
            throw new RecognitionRefused("name", "recognition.refused.set.nameTooLong");
        }
        LocalDate from = validFrom == null || validFrom.isBefore(s.validFrom()) ? s.validFrom() : validFrom;
        LocalDate to = validTo != null ? validTo : s.validTo();
        if (to != null && !to.isAfter(from)) {
            throw new RecognitionRefused("validTo", "recognition.refused.set.endBeforeStart");
        }
        long id = jdbc.sql("""
                insert into recognition_criteria_set (title_code, regime_code, province_code, name, legal_basis,
                    valid_from, valid_to, quorum_percent, approval_percent, posting_days, dossier_days, decide_days,
                    evaluation_deadline, decider, commendation_years, first_after_years, renewal_years,
                    procedure_basis, note, copied_from)
                select title_code, regime_code, :province, :name, legal_basis, :from, :to, quorum_percent,
                    approval_percent, posting_days, dossier_days, decide_days, evaluation_deadline, decider,
                    commendation_years, first_after_years, renewal_years, procedure_basis, note, id
                from recognition_criteria_set where id = :id returning id""")
                .param("province", provinceCode.strip()).param("name", name.strip()).param("from", from)
                .param("to", to).param("id", setId).query(Long.class).single();
        jdbc.sql("""
                insert into recognition_criterion (set_id, position, code, text, exclusion, legal_basis)
                select ?, position, code, text, exclusion, legal_basis from recognition_criterion where set_id = ?""")
                .params(id, setId).update();
        audit.record("COPY", "recognition.criteria-set", String.valueOf(id),
                "Sao chép bộ tiêu chí " + s.name() + " cho tỉnh " + provinceCode, s, set(id).orElseThrow());
        return id;
    }

    /** Changes the procedure parameters of a set (a province's copy, or data the research marked unconfirmed). */
    @Transactional
    public void updateParameters(long setId, BigDecimal quorum, BigDecimal approval, Integer postingDays,
            Integer decideDays, String note, String by) {
        CriteriaSet before = set(setId).orElseThrow(() -> new RecognitionRefused("set",
                "recognition.refused.set.notFound"));
        for (BigDecimal p : new BigDecimal[] {quorum, approval}) {
            if (p != null && (p.signum() < 0 || p.compareTo(BigDecimal.valueOf(100)) > 0)) {
                throw new RecognitionRefused("quorum", "recognition.refused.set.percentRange");
            }
        }
        if ((postingDays != null && postingDays < 0) || (decideDays != null && decideDays < 0)) {
            throw new RecognitionRefused("postingDays", "recognition.refused.set.negativeDays");
        }
        if ((postingDays != null && postingDays > 365) || (decideDays != null && decideDays > 365)) {
            throw new RecognitionRefused("postingDays", "recognition.refused.set.tooManyDays");
        }
        if (note != null && note.strip().length() > 2000) {
            throw new RecognitionRefused("note", "recognition.refused.set.noteTooLong");
        }
        jdbc.sql("""
                insert into recognition_criteria_change (set_id, kind, quorum_percent, approval_percent,
                    posting_days, decide_days, note, changed_by) values (?, 'PARAMETERS', ?, ?, ?, ?, ?, ?)""")
                .params(setId, before.quorumPercent(), before.approvalPercent(), before.postingDays(),
                        before.decideDays(), before.note(), by).update();
        writeParameters(setId, quorum, approval, postingDays, decideDays,
                note == null || note.isBlank() ? null : note.strip());
        audit.record("UPDATE", "recognition.criteria-set", String.valueOf(setId), "Sửa tham số " + before.name(),
                before, set(setId).orElseThrow());
    }

    private void writeParameters(long setId, BigDecimal quorum, BigDecimal approval, Integer postingDays,
            Integer decideDays, String note) {
        jdbc.sql("""
                update recognition_criteria_set set quorum_percent = ?, approval_percent = ?, posting_days = ?,
                       decide_days = ?, note = ?, updated_at = now() where id = ?""")
                .params(quorum, approval, postingDays, decideDays, note, setId).update();
    }

    /** Adds a criterion (or an exclusion) at the end of a set; an officer fills an empty set this way. */
    @Transactional
    public void addCriterion(long setId, String code, String text, boolean exclusion, String legalBasis, String by) {
        CriteriaSet s = set(setId).orElseThrow(() -> new RecognitionRefused("set", "recognition.refused.set.notFound"));
        if (text == null || text.isBlank()) {
            throw new RecognitionRefused("text", "recognition.refused.set.textMissing");
        }
        if (text.strip().length() > 2000 || (code != null && code.strip().length() > 20)
                || (legalBasis != null && legalBasis.strip().length() > 500)) {
            throw new RecognitionRefused("text", "recognition.refused.set.textTooLong");
        }
        int position = nextPosition(setId, exclusion);
        String c = code == null || code.isBlank() ? (exclusion ? "L" : "") + position : code.strip();
        long id = jdbc.sql("insert into recognition_criterion (set_id, position, code, text, exclusion, legal_basis) "
                + "values (?, ?, ?, ?, ?, ?) returning id").params(setId, position, c, text.strip(), exclusion,
                legalBasis == null || legalBasis.isBlank() ? s.legalBasis() : legalBasis.strip())
                .query(Long.class).single();
        jdbc.sql("insert into recognition_criteria_change (set_id, kind, criterion_id, changed_by) "
                + "values (?, 'ADD_CRITERION', ?, ?)").params(setId, id, by).update();
        audit.record("CREATE", "recognition.criterion", setId + "/" + c, "Thêm tiêu chí vào " + s.name(), null,
                criterion(setId, id).orElseThrow());
    }

    private int nextPosition(long setId, boolean exclusion) {
        return jdbc.sql("select coalesce(max(position), 0) + 1 from recognition_criterion "
                + "where set_id = ? and exclusion = ?").params(setId, exclusion).query(Integer.class).single();
    }

    private Optional<Criterion> criterion(long setId, long criterionId) {
        return criteria(setId).stream().filter(c -> c.id() == criterionId).findFirst();
    }

    /** Whether a round has scored the criterion: a family's score, an area's assessment or a recorded exclusion. */
    @Transactional(readOnly = true)
    public boolean scored(long criterionId) {
        return jdbc.sql("""
                select exists (select 1 from recognition_entry where ? = any (criteria_met))
                    or exists (select 1 from recognition_area_assessment where criterion_id = ?)
                    or exists (select 1 from recognition_exclusion where criterion_id = ?)""")
                .params(criterionId, criterionId, criterionId).query(Boolean.class).single();
    }

    /**
     * Removes a criterion added by mistake; refused once any round has scored it (the scores would lose their
     * meaning). The removed row is kept in the change so that it can be put back.
     */
    @Transactional
    public Criterion removeCriterion(long setId, long criterionId, String by) {
        CriteriaSet s = set(setId).orElseThrow(() -> new RecognitionRefused("set", "recognition.refused.set.notFound"));
        Criterion c = criterion(setId, criterionId).orElseThrow(() -> new RecognitionRefused("criterion",
                "recognition.refused.criterion.notFound"));
        if (scored(criterionId)) {
            throw new RecognitionRefused("criterion", "recognition.refused.criterion.scored");
        }
        jdbc.sql("delete from recognition_criterion where id = ?").param(criterionId).update();
        jdbc.sql("""
                insert into recognition_criteria_change (set_id, kind, criterion_id, position, code, text, exclusion,
                    legal_basis, changed_by) values (?, 'REMOVE_CRITERION', ?, ?, ?, ?, ?, ?, ?)""")
                .params(setId, criterionId, c.position(), c.code(), c.text(), c.exclusion(), c.legalBasis(), by)
                .update();
        audit.record("DELETE", "recognition.criterion", setId + "/" + c.code(), "Xóa tiêu chí khỏi " + s.name(), c,
                null);
        return c;
    }

    /** The last change of a set that can still be undone. */
    public record Change(long id, long setId, String kind, String changedBy, java.time.OffsetDateTime changedAt,
            String code, String text) {
    }

    @Transactional(readOnly = true)
    public Optional<Change> lastChange(long setId) {
        return jdbc.sql("""
                select ch.id, ch.set_id, ch.kind, ch.changed_by, ch.changed_at, coalesce(ch.code, c.code) code,
                       coalesce(ch.text, c.text) text
                from recognition_criteria_change ch left join recognition_criterion c on c.id = ch.criterion_id
                where ch.set_id = ? and ch.undone_at is null order by ch.id desc limit 1""").param(setId)
                .query((rs, i) -> new Change(rs.getLong("id"), rs.getLong("set_id"), rs.getString("kind"),
                        rs.getString("changed_by"), rs.getObject("changed_at", java.time.OffsetDateTime.class),
                        rs.getString("code"), rs.getString("text"))).optional();
    }

    /**
     * Undoes the last change of a set not undone yet: the parameters it replaced come back, a criterion it added
     * goes (refused once scored), a criterion it removed returns. The undo is audited as its own change; undoing
     * again goes one change further back. Returns the change undone.
     */
    @Transactional
    public Change undo(long setId, String by) {
        CriteriaSet before = set(setId).orElseThrow(() -> new RecognitionRefused("set",
                "recognition.refused.set.notFound"));
        Change last = lastChange(setId).orElseThrow(() -> new RecognitionRefused("change",
                "recognition.refused.change.none"));
        List<Criterion> criteriaBefore = criteria(setId);
        switch (last.kind()) {
            case "PARAMETERS" -> jdbc.sql("""
                    update recognition_criteria_set s set quorum_percent = c.quorum_percent,
                           approval_percent = c.approval_percent, posting_days = c.posting_days,
                           decide_days = c.decide_days, note = c.note, updated_at = now()
                    from recognition_criteria_change c where c.id = ? and s.id = c.set_id""").param(last.id())
                    .update();
            case "ADD_CRITERION" -> {
                Long criterionId = jdbc.sql("select criterion_id from recognition_criteria_change where id = ?")
                        .param(last.id()).query(Long.class).single();
                if (scored(criterionId)) {
                    throw new RecognitionRefused("criterion", "recognition.refused.criterion.scored");
                }
                jdbc.sql("delete from recognition_criterion where id = ? and set_id = ?").params(criterionId, setId)
                        .update();
            }
            case "REMOVE_CRITERION" -> {
                var row = jdbc.sql("select position, exclusion from recognition_criteria_change where id = ?")
                        .param(last.id()).query((rs, i) -> new Object[] {rs.getInt(1), rs.getBoolean(2)}).single();
                boolean exclusion = (Boolean) row[1];
                int position = (Integer) row[0];
                boolean taken = jdbc.sql("select exists (select 1 from recognition_criterion where set_id = ? "
                        + "and exclusion = ? and position = ?)").params(setId, exclusion, position)
                        .query(Boolean.class).single();
                jdbc.sql("""
                        insert into recognition_criterion (set_id, position, code, text, exclusion, legal_basis)
                        select set_id, ?, code, text, exclusion, legal_basis from recognition_criteria_change
                        where id = ?""").params(taken ? nextPosition(setId, exclusion) : position, last.id())
                        .update();
            }
            default -> throw new IllegalStateException(last.kind());
        }
        jdbc.sql("update recognition_criteria_change set undone_by = ?, undone_at = now() where id = ?")
                .params(by, last.id()).update();
        audit.record("UNDO", "recognition.criteria-set", String.valueOf(setId),
                "Hoàn tác thay đổi cuối của " + before.name(),
                Map.of("set", before, "criteria", criteriaBefore),
                Map.of("set", set(setId).orElseThrow(), "criteria", criteria(setId)));
        return last;
    }

    /** Marks a set confirmed (checked against the original document): from then on only the administrator edits it. */
    @Transactional
    public void confirm(long setId, boolean confirmed) {
        CriteriaSet before = set(setId).orElseThrow(() -> new RecognitionRefused("set",
                "recognition.refused.set.notFound"));
        jdbc.sql("update recognition_criteria_set set confirmed = ?, updated_at = now() where id = ?")
                .params(confirmed, setId).update();
        audit.record("UPDATE", "recognition.criteria-set", String.valueOf(setId),
                (confirmed ? "Xác nhận bộ tiêu chí " : "Bỏ xác nhận bộ tiêu chí ") + before.name(), before,
                set(setId).orElseThrow());
    }

    private static CriteriaSet set(ResultSet rs, int i) throws SQLException {
        return new CriteriaSet(rs.getLong("id"), rs.getString("title_code"), rs.getString("regime_code"),
                rs.getString("province_code"), rs.getString("name"), rs.getString("legal_basis"),
                rs.getDate("valid_from").toLocalDate(), date(rs, "valid_to"), rs.getBigDecimal("quorum_percent"),
                rs.getBigDecimal("approval_percent"), (Integer) rs.getObject("posting_days"),
                (Integer) rs.getObject("dossier_days"), (Integer) rs.getObject("decide_days"),
                rs.getString("evaluation_deadline"), rs.getString("decider"),
                (Integer) rs.getObject("commendation_years"), (Integer) rs.getObject("first_after_years"),
                (Integer) rs.getObject("renewal_years"), rs.getString("procedure_basis"), rs.getString("note"),
                (Long) rs.getObject("copied_from"), rs.getBoolean("confirmed"));
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        java.sql.Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
