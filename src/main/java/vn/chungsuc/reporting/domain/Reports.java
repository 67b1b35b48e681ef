package vn.chungsuc.reporting.domain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chungsuc.reporting.ReportingPermissions;
import vn.chungsuc.reporting.document.DocxLint;
import vn.chungsuc.shared.audit.AuditLog;
import vn.chungsuc.shared.duties.ReportingDuties;
import vn.chungsuc.shared.permission.Accounts;
import vn.chungsuc.shared.permission.BodyRef;
import vn.chungsuc.shared.problem.Refused;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.shared.time.Period;
import vn.chungsuc.shared.time.Today;
import vn.chungsuc.territory.TerritoryApi;
import vn.chungsuc.territory.UnitView;

/**
 * The reports of units: drafted with the default texts, edited while a draft, sent for approval, approved by the
 * signer, issued with the next number of the issuing body's register for the type and year (gap-free, from 01 each
 * 1 January), frozen once issued (bytes and SHA-256 kept), corrected by a new document naming the one it replaces.
 * Every step is audited and checked against {@link ReportingPermissions} on the report's unit.
 */
@Service("reportingReports")
@Transactional(readOnly = true)
public class Reports {

    public static final int MAX_TEXT = 20000;
    /** A review covers at most this many years. */
    public static final int MAX_SPAN = 10;

    private final JdbcClient jdbc;
    private final TerritoryApi territory;
    private final Assembler assembler;
    private final Renderer renderer;
    private final ReportingPermissions permissions;
    private final Today today;
    private final AuditLog audit;
    private final List<ReportingDuties> duties;
    private final Accounts accounts;

    Reports(JdbcClient jdbc, TerritoryApi territory, Assembler assembler, Renderer renderer,
            ReportingPermissions permissions, Today today, AuditLog audit, List<ReportingDuties> duties,
            Accounts accounts) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.territory = territory;
        this.assembler = assembler;
        this.renderer = renderer;
        this.permissions = permissions;
        this.today = today;
        this.audit = audit;
        this.duties = duties;
    }

    /** What the API and the form send, as text, so that each bad value is refused with its field. */
    public record NewReport(String kind, String unit, String year, String from, String programme) implements java.io.Serializable {
    }

    /** A unit that was expected to submit something for the period and has not. */
    public record Missing(String kindLabelKey, String unitCode, String unitName, String href) {
    }

    @Transactional
    public long create(NewReport n) {
        List<Refused.Reason> wrong = new ArrayList<>();
        DocumentKind kind = null;
        try {
            kind = n.kind() == null ? null : DocumentKind.valueOf(n.kind().strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            kind = null;
        }
        if (kind == null) {
            wrong.add(Refused.Reason.of("kind", "reporting.refused.kind"));
        }
        Integer year = integer(n.year());
        if (year == null || year < Period.MIN_YEAR || year > today.year()) {
            wrong.add(Refused.Reason.of("year", "reporting.refused.year", Period.MIN_YEAR, today.year()));
            year = null;
        }
        Integer from = null;
        if (kind != null && kind.joint) {
            from = integer(n.from());
            if (from == null || year != null && (from >= year || from < year - MAX_SPAN + 1)) {
                wrong.add(Refused.Reason.of("from", "reporting.refused.from", MAX_SPAN));
            }
        }
        String programme = n.programme() == null || n.programme().isBlank() ? null : n.programme().strip();
        if (programme != null && programme.length() > 200) {
            wrong.add(Refused.Reason.of("programme", "reporting.refused.programme"));
        }
        String code = n.unit() == null ? "" : n.unit().strip();
        if (code.isEmpty() || code.length() > 40) {
            wrong.add(Refused.Reason.of("unit", "reporting.refused.unit"));
        }
        if (!wrong.isEmpty()) {
            throw new Refused(wrong);
        }
        Period period = kind.period(year, from);
        UnitView unit = territory.find(code, period.end(), UnitScope.ALL)
                .orElseThrow(() -> new Refused("unit", "reporting.refused.unit"));
        if (!permissions.mayAt("report.draft", unit.path())) {
            throw new AccessDeniedException("may not draft reports of " + code);
        }
        String body = assembler.front(unit.code(), period.end()).map(BodyRef::code).orElse(unit.code() + "-MTTQ");
        long id = jdbc.sql("""
                insert into reporting_document (kind, unit_code, period_code, programme, issuing_body, joint, created_by)
                values (:kind, :unit, :period, :programme, :body, :joint, :by) returning id""")
                .param("kind", kind.name()).param("unit", unit.code()).param("period", period.code())
                .param("programme", programme).param("body", body).param("joint", kind.joint)
                .param("by", permissions.username()).query(Long.class).single();
        audit.record("CREATE", "reporting.document", String.valueOf(id),
                "Soạn báo cáo " + kind + " " + unit.fullName() + " kỳ " + period.code(), null,
                Map.of("kind", kind.name(), "unit", unit.code(), "period", period.code()));
        return id;
    }

    /** The report, if the user may see it. */
    public Report find(long id) {
        Report r = load(id).orElseThrow(() -> new NotFound(id));
        if (!permissions.mayAt("report.view", path(r))) {
            throw new NotFound(id);
        }
        return r;
    }

    /** The reports of a unit's subtree (or of every unit the user may see), newest first, a page at a time. */
    public List<Report> list(String unitCode, String periodCode, int limit) {
        StringBuilder sql = new StringBuilder(SELECT + " where true");
        Map<String, Object> params = new LinkedHashMap<>();
        if (periodCode != null && !periodCode.isBlank()) {
            sql.append(" and d.period_code = :period");
            params.put("period", periodCode.strip());
        }
        List<String> units = null;
        if (unitCode != null && !unitCode.isBlank()) {
            // the unit tree on the period's last day, or today; a unit that has ended, as it last was
            String code = unitCode.strip();
            LocalDate on = Period.valid(periodCode) ? Period.parse(periodCode).end() : today.date();
            if (territory.find(code, on, UnitScope.ALL).isEmpty()) {
                on = territory.versions(code, UnitScope.ALL).stream().reduce((x, y) -> y)
                        .map(v -> v.validTo() == null ? today.date() : v.validTo().minusDays(1)).orElse(on);
            }
            units = territory.subtree(code, on, UnitScope.ALL).stream().map(UnitView::code).toList();
            if (units.isEmpty()) {
                return List.of();
            }
            sql.append(" and d.unit_code in (:units)");
            params.put("units", units);
        }
        sql.append(" order by d.id desc limit :limit");
        params.put("limit", Math.max(1, Math.min(500, limit)) * 4);
        return jdbc.sql(sql.toString()).params(params).query(Reports::row).list().stream()
                .filter(r -> permissions.mayAt("report.view", path(r))).limit(Math.max(1, Math.min(500, limit)))
                .toList();
    }

    public Map<String, String> texts(long id) {
        Map<String, String> out = new LinkedHashMap<>();
        jdbc.sql("select key, text from reporting_text where document_id = :id order by key").param("id", id)
                .query((rs, n) -> out.put(rs.getString(1), rs.getString(2))).list();
        return out;
    }

    public Assembler.Assembled assembled(Report r) {
        return assembler.assemble(r, texts(r.id()), today.date());
    }

    /** Someone who may sign a report: his login and the name the signature block shows. */
    public record Signer(String username, String name) {
    }

    /**
     * Who may sign the report: the enabled accounts that may approve it on its unit (the Front's officers of the
     * unit, report.approve), the drafter aside, since the signer approves what another drafted.
     */
    public List<Signer> signers(Report r) {
        String path = path(r);
        return accounts.enabled().stream()
                .filter(a -> ReportingPermissions.TABLE.rule("report.approve").allows(a.actor(), path))
                .filter(a -> !a.username().equals(r.createdBy()))
                .map(a -> new Signer(a.username(), printedName(a.fullName()))).toList();
    }

    /**
     * The name a signature block shows: the account's full name without what the demo and some offices add in
     * brackets after it ("Nguyễn Văn Thành (Chủ tịch UB MTTQ thị xã Bỉm Sơn)"); no academic title goes before it.
     */
    static String printedName(String fullName) {
        String n = fullName == null ? "" : fullName.strip();
        int bracket = n.indexOf(" (");
        return bracket > 0 && n.endsWith(")") ? n.substring(0, bracket).strip() : n;
    }

    /**
     * The officer's texts, the signer (an account, by login) and the People's Committee's signer of a joint
     * document (its name: the committee signs in its own system); a text equal to its default is not kept.
     */
    @Transactional
    public void edit(long id, Map<String, String> texts, String signer, Boolean deputy, String coSignerName) {
        Report r = find(id);
        check("report.draft", r);
        if (!r.editable()) {
            throw new Refused("state", "reporting.refused.notDraft");
        }
        Map<String, String> defaults = new LinkedHashMap<>();
        assembled(r).texts().forEach(t -> defaults.put(t.key(), t.defaultText()));
        List<Refused.Reason> wrong = new ArrayList<>();
        texts.forEach((k, v) -> {
            if (!defaults.containsKey(k)) {
                wrong.add(Refused.Reason.of("texts", "reporting.refused.textKey"));
            } else if (v != null && v.length() > MAX_TEXT) {
                wrong.add(Refused.Reason.of("texts." + k, "reporting.refused.textLong", MAX_TEXT));
            }
        });
        if (coSignerName != null && coSignerName.length() > 200) {
            wrong.add(Refused.Reason.of("coSignerName", "reporting.refused.signerLong"));
        }
        Signer chosen = null;
        if (signer != null && !signer.isBlank()) {
            String login = signer.strip();
            chosen = signers(r).stream().filter(s -> s.username().equals(login)).findFirst().orElse(null);
            if (chosen == null) {
                wrong.add(Refused.Reason.of("signer", "reporting.refused.signerAccount"));
            }
        }
        if (!wrong.isEmpty()) {
            throw new Refused(wrong);
        }
        Map<String, String> before = texts(id);
        texts.forEach((k, v) -> {
            String t = v == null ? "" : v.replace("\r\n", "\n").strip();
            if (t.isEmpty() || t.equals(defaults.get(k))) {
                jdbc.sql("delete from reporting_text where document_id = :id and key = :k").param("id", id)
                        .param("k", k).update();
            } else {
                jdbc.sql("""
                        insert into reporting_text (document_id, key, text) values (:id, :k, :t)
                        on conflict (document_id, key) do update set text = excluded.text""")
                        .param("id", id).param("k", k).param("t", t).update();
            }
        });
        jdbc.sql("""
                update reporting_document set signer_name = coalesce(:name, signer_name),
                    signer_username = coalesce(:signer, signer_username),
                    signer_deputy = coalesce(:deputy, signer_deputy), co_signer_name = coalesce(:co, co_signer_name),
                    updated_by = :by, updated_at = now() where id = :id""")
                .param("name", chosen == null ? null : chosen.name())
                .param("signer", chosen == null ? null : chosen.username()).param("deputy", deputy)
                .param("co", blank(coSignerName)).param("by", permissions.username()).param("id", id).update();
        Map<String, Object> after = new LinkedHashMap<>(texts(id));
        if (chosen != null) {
            after.put("signer", chosen.username());
        }
        audit.record("UPDATE", "reporting.document", String.valueOf(id), "Sửa nội dung báo cáo", before, after);
    }

    @Transactional
    public void submit(long id) {
        Report r = find(id);
        check("report.draft", r);
        step(r, Report.State.DRAFT, Report.State.SUBMITTED);
        if (r.signerUsername() == null || r.joint() && (r.coSignerName() == null || r.coSignerName().isBlank())) {
            throw new Refused("signer", "reporting.refused.signer");
        }
        if (r.signerUsername().equals(permissions.username())) {
            throw new Refused("signer", "reporting.refused.signerIsDrafter");
        }
        jdbc.sql("update reporting_document set state = 'SUBMITTED', submitted_by = :by, submitted_at = now() "
                + "where id = :id and state = 'DRAFT'").param("by", permissions.username()).param("id", id).update();
        audit.record("SUBMIT", "reporting.document", String.valueOf(id), "Trình ký báo cáo", Map.of("state", "DRAFT"),
                Map.of("state", "SUBMITTED"));
    }

    /** Back to the drafter: the signer asks for changes (or the drafter takes back a report not yet approved). */
    @Transactional
    public void reopen(long id) {
        Report r = find(id);
        check("report.draft", r);
        if (r.state() != Report.State.SUBMITTED && r.state() != Report.State.APPROVED) {
            throw new Refused("state", "reporting.refused.state");
        }
        jdbc.sql("update reporting_document set state = 'DRAFT', approved_by = null, approved_at = null "
                + "where id = :id").param("id", id).update();
        audit.record("REOPEN", "reporting.document", String.valueOf(id), "Trả lại báo cáo để sửa",
                Map.of("state", r.state().name()), Map.of("state", "DRAFT"));
    }

    /**
     * The signer approves (duyệt ký): only the account named as the signer, who may still approve on the unit, and
     * never the one who drafted or sent the report (NĐ 30/2020/NĐ-CP Điều 13: the head, or his deputy, signs what
     * the drafting officer prepared).
     */
    @Transactional
    public void approve(long id) {
        Report r = find(id);
        check("report.approve", r);
        step(r, Report.State.SUBMITTED, Report.State.APPROVED);
        String me = permissions.username();
        if (!me.equals(r.signerUsername())) {
            throw new Refused("signer", "reporting.refused.notSigner", r.signerName());
        }
        if (me.equals(r.createdBy()) || me.equals(r.submittedBy())) {
            throw new Refused("signer", "reporting.refused.signerIsDrafter");
        }
        jdbc.sql("update reporting_document set state = 'APPROVED', approved_by = :by, approved_at = now() "
                + "where id = :id").param("by", permissions.username()).param("id", id).update();
        audit.record("APPROVE", "reporting.document", String.valueOf(id), "Duyệt ký báo cáo",
                Map.of("state", "SUBMITTED"), Map.of("state", "APPROVED", "by", permissions.username()));
    }

    /**
     * Issues an approved report: the next number of the issuing body's register for the document type and the year
     * of issue (the register row stays locked until this transaction ends, so two issues never share a number and
     * a failed one takes none), the date of today, the bytes rendered once and kept with their SHA-256.
     */
    @Transactional
    public int issue(long id) {
        Report r = find(id);
        check("report.issue", r);
        step(r, Report.State.APPROVED, Report.State.ISSUED);
        LocalDate on = today.date();
        int number = jdbc.sql("""
                insert into reporting_register (body_code, doc_type, year, last_number) values (:b, :t, :y, 1)
                on conflict (body_code, doc_type, year) do update set last_number = reporting_register.last_number + 1
                returning last_number""").param("b", r.issuingBody()).param("t", r.docType())
                .param("y", on.getYear()).query(Integer.class).single();
        Report numbered = new Report(r.id(), r.kind(), r.unitCode(), r.periodCode(), r.programme(), r.issuingBody(),
                r.joint(), r.docType(), r.state(), r.signerName(), r.signerDeputy(), r.coSignerName(), number, null,
                on, r.replacesId(), null, null, null, r.createdBy(), r.createdAt(), r.approvedBy(),
                r.signerUsername(), r.submittedBy());
        Assembler.Assembled a = assembled(numbered);
        byte[] docx = renderer.docx(a.document());
        List<String> breaches = DocxLint.check(docx);
        if (!breaches.isEmpty()) {
            throw new IllegalStateException("the document breaks the layout of decree 30/2020: " + breaches);
        }
        byte[] pdf = renderer.pdf(a.document());
        byte[] xlsx = renderer.xlsx(a.document().summary(), a.tables());
        String text = String.format("%02d", number) + "/" + r.docType() + (r.joint() ? "-UBND-MTTQ" : "-MTTQ");
        jdbc.sql("""
                update reporting_document set state = 'ISSUED', number = :n, number_text = :nt, issued_on = :on,
                    docx = :docx, pdf = :pdf, xlsx = :xlsx, docx_sha256 = :dh, pdf_sha256 = :ph, issued_by = :by,
                    issued_at = now() where id = :id""")
                .param("n", number).param("nt", text).param("on", on).param("docx", docx).param("pdf", pdf)
                .param("xlsx", xlsx).param("dh", sha256(docx)).param("ph", sha256(pdf))
                .param("by", permissions.username()).param("id", id).update();
        audit.record("ISSUE", "reporting.document", String.valueOf(id), "Ban hành báo cáo số " + text,
                Map.of("state", "APPROVED"), Map.of("state", "ISSUED", "number", text, "issuedOn", on.toString(),
                        "docxSha256", sha256(docx)));
        return number;
    }

    /** A correction of an issued report: a new draft with the same texts, naming the report it replaces. */
    @Transactional
    public long correct(long id) {
        Report r = find(id);
        check("report.draft", r);
        if (!r.issued()) {
            throw new Refused("state", "reporting.refused.notIssued");
        }
        if (r.replacedById() != null) {
            throw new Refused("state", "reporting.refused.alreadyCorrected", r.replacedById());
        }
        long next = jdbc.sql("""
                insert into reporting_document (kind, unit_code, period_code, programme, issuing_body, joint, doc_type,
                    signer_name, signer_username, signer_deputy, co_signer_name, replaces_id, created_by)
                select kind, unit_code, period_code, programme, issuing_body, joint, doc_type, signer_name,
                    signer_username, signer_deputy, co_signer_name, id, :by from reporting_document where id = :id
                returning id""")
                .param("by", permissions.username()).param("id", id).query(Long.class).single();
        jdbc.sql("insert into reporting_text (document_id, key, text) select :next, key, text from reporting_text "
                + "where document_id = :id").param("next", next).param("id", id).update();
        audit.record("CORRECT", "reporting.document", String.valueOf(next), "Đính chính, thay thế báo cáo số "
                + r.numberText(), null, Map.of("replaces", id));
        return next;
    }

    public enum Format {
        DOCX, PDF, XLSX
    }

    /** The bytes of a report: kept ones once issued, rendered afresh while a draft. */
    public byte[] bytes(Report r, Format f) {
        if (r.issued()) {
            String col = switch (f) {
                case DOCX -> "docx";
                case PDF -> "pdf";
                case XLSX -> "xlsx";
            };
            return jdbc.sql("select " + col + " from reporting_document where id = :id").param("id", r.id())
                    .query(byte[].class).single();
        }
        Assembler.Assembled a = assembled(r);
        return switch (f) {
            case DOCX -> renderer.docx(a.document());
            case PDF -> renderer.pdf(a.document());
            case XLSX -> renderer.xlsx(a.document().summary(), a.tables());
        };
    }

    public String preview(Report r) {
        return renderer.preview(assembled(r).document());
    }

    /**
     * What is missing before the report of a unit and period can be drafted: for every duty the modules
     * contribute, the units of the subtree that were expected to submit and have not.
     */
    public List<Missing> missing(String unitCode, Period period) {
        List<UnitView> units = territory.subtree(unitCode, period.end(), UnitScope.ALL);
        Map<String, String> names = new LinkedHashMap<>();
        units.forEach(u -> names.put(u.code(), u.fullName()));
        List<Missing> out = new ArrayList<>();
        for (ReportingDuties d : duties) {
            for (ReportingDuties.DutyKind k : d.kinds()) {
                for (ReportingDuties.Duty duty : d.expected(k.code(), period, names.keySet())) {
                    if (duty.submittedOn().isEmpty()) {
                        out.add(new Missing(k.labelKey(), duty.unitCode(),
                                names.getOrDefault(duty.unitCode(), duty.unitCode()), duty.href()));
                    }
                }
            }
        }
        return out;
    }

    /** Whether the current user is the report's signer, free to approve it (not its drafter nor its sender). */
    public boolean signsNow(Report r) {
        String me = permissions.username();
        return me != null && me.equals(r.signerUsername()) && !me.equals(r.createdBy())
                && !me.equals(r.submittedBy()) && may("report.approve", r);
    }

    public boolean dutiesKnown() {
        return !duties.isEmpty();
    }

    public boolean may(String action, Report r) {
        return permissions.mayAt(action, path(r));
    }

    private void check(String action, Report r) {
        if (!permissions.mayAt(action, path(r))) {
            throw new AccessDeniedException("may not " + action);
        }
    }

    private static void step(Report r, Report.State from, Report.State to) {
        if (r.state() != from) {
            throw new Refused("state", "reporting.refused.state");
        }
    }

    private String path(Report r) {
        LocalDate end = r.period().end();
        return territory.find(r.unitCode(), end, UnitScope.ALL)
                .or(() -> territory.versions(r.unitCode(), UnitScope.ALL).stream().reduce((x, y) -> y))
                .map(UnitView::path).orElse("/");
    }

    private Optional<Report> load(long id) {
        return jdbc.sql(SELECT + " where d.id = :id").param("id", id).query(Reports::row).optional();
    }

    private static final String SELECT = """
            select d.id, d.kind, d.unit_code, d.period_code, d.programme, d.issuing_body, d.joint, d.doc_type,
                d.state, d.signer_name, d.signer_deputy, d.co_signer_name, d.number, d.number_text, d.issued_on,
                d.replaces_id, (select c.id from reporting_document c where c.replaces_id = d.id) as replaced_by,
                d.docx_sha256, d.pdf_sha256, d.created_by, d.created_at, d.approved_by, d.signer_username,
                d.submitted_by
            from reporting_document d""";

    private static Report row(ResultSet rs, int n) throws SQLException {
        return new Report(rs.getLong("id"), DocumentKind.valueOf(rs.getString("kind")), rs.getString("unit_code"),
                rs.getString("period_code"), rs.getString("programme"), rs.getString("issuing_body"),
                rs.getBoolean("joint"), rs.getString("doc_type"), Report.State.valueOf(rs.getString("state")),
                rs.getString("signer_name"), rs.getBoolean("signer_deputy"), rs.getString("co_signer_name"),
                (Integer) rs.getObject("number"), rs.getString("number_text"),
                rs.getObject("issued_on", LocalDate.class), (Long) rs.getObject("replaces_id"),
                (Long) rs.getObject("replaced_by"), rs.getString("docx_sha256"), rs.getString("pdf_sha256"),
                rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(), rs.getString("approved_by"),
                rs.getString("signer_username"), rs.getString("submitted_by"));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Integer integer(String s) {
        if (s == null || !s.strip().matches("\\d{1,4}")) {
            return null;
        }
        return Integer.valueOf(s.strip());
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
