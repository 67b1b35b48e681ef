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
            commendation_years, first_after_years, renewal_years, procedure_basis, note, copied_from""";

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
     * Copies a set for a province (its criteria and parameters), valid from the date given; the copy is then edited
     * on its own. Returns the new set's id.
     */
    @Transactional
    public long copyForProvince(long setId, String provinceCode, LocalDate validFrom, String name) {
        CriteriaSet s = set(setId).orElseThrow(() -> new RecognitionRefused("set", "recognition.refused.set.notFound"));
        if (provinceCode == null || provinceCode.isBlank()) {
            throw new RecognitionRefused("province", "recognition.refused.set.provinceMissing");
        }
        if (name == null || name.isBlank()) {
            throw new RecognitionRefused("name", "recognition.refused.set.nameMissing");
        }
        LocalDate from = validFrom == null || validFrom.isBefore(s.validFrom()) ? s.validFrom() : validFrom;
        long id = jdbc.sql("""
                insert into recognition_criteria_set (title_code, regime_code, province_code, name, legal_basis,
                    valid_from, valid_to, quorum_percent, approval_percent, posting_days, dossier_days, decide_days,
                    evaluation_deadline, decider, commendation_years, first_after_years, renewal_years,
                    procedure_basis, note, copied_from)
                select title_code, regime_code, :province, :name, legal_basis, :from, valid_to, quorum_percent,
                    approval_percent, posting_days, dossier_days, decide_days, evaluation_deadline, decider,
                    commendation_years, first_after_years, renewal_years, procedure_basis, note, id
                from recognition_criteria_set where id = :id returning id""")
                .param("province", provinceCode.strip()).param("name", name.strip()).param("from", from)
                .param("id", setId).query(Long.class).single();
        jdbc.sql("""
                insert into recognition_criterion (set_id, position, code, text, exclusion, legal_basis)
                select ?, position, code, text, exclusion, legal_basis from recognition_criterion where set_id = ?""")
                .params(id, setId).update();
        audit.record("COPY", "recognition.criteria-set", String.valueOf(id),
                "Sao chép bộ tiêu chí " + s.name() + " cho tỉnh " + provinceCode, s, name);
        return id;
    }

    /** Changes the procedure parameters of a set (a province's copy, or data the research marked unconfirmed). */
    @Transactional
    public void updateParameters(long setId, BigDecimal quorum, BigDecimal approval, Integer postingDays,
            Integer decideDays, String note) {
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
        jdbc.sql("""
                update recognition_criteria_set set quorum_percent = ?, approval_percent = ?, posting_days = ?,
                       decide_days = ?, note = ?, updated_at = now() where id = ?""")
                .params(quorum, approval, postingDays, decideDays, note == null || note.isBlank() ? null : note.strip(),
                        setId).update();
        audit.record("UPDATE", "recognition.criteria-set", String.valueOf(setId), "Sửa tham số " + before.name(),
                before, set(setId).orElseThrow());
    }

    /** Adds a criterion (or an exclusion) at the end of a set; an officer fills an empty set this way. */
    @Transactional
    public void addCriterion(long setId, String code, String text, boolean exclusion, String legalBasis) {
        CriteriaSet s = set(setId).orElseThrow(() -> new RecognitionRefused("set", "recognition.refused.set.notFound"));
        if (text == null || text.isBlank()) {
            throw new RecognitionRefused("text", "recognition.refused.set.textMissing");
        }
        int position = jdbc.sql("select coalesce(max(position), 0) + 1 from recognition_criterion "
                + "where set_id = ? and exclusion = ?").params(setId, exclusion).query(Integer.class).single();
        String c = code == null || code.isBlank() ? (exclusion ? "L" : "") + position : code.strip();
        jdbc.sql("insert into recognition_criterion (set_id, position, code, text, exclusion, legal_basis) "
                + "values (?, ?, ?, ?, ?, ?)").params(setId, position, c, text.strip(), exclusion,
                legalBasis == null || legalBasis.isBlank() ? s.legalBasis() : legalBasis.strip()).update();
        audit.record("CREATE", "recognition.criterion", setId + "/" + c, "Thêm tiêu chí vào " + s.name(), null,
                text.strip());
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
                (Long) rs.getObject("copied_from"));
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        java.sql.Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
