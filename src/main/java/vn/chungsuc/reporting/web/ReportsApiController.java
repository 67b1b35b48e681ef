package vn.chungsuc.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.chungsuc.reporting.domain.Report;
import vn.chungsuc.reporting.domain.Reports;
import vn.chungsuc.shared.problem.Refused;

/** The official reports for other systems: draft one, read it, edit its texts, move it on, download it. */
@RestController
@Tag(name = "Reports", description = "Báo cáo 6 tháng, năm, sơ kết, tổng kết (thể thức NĐ 30/2020/NĐ-CP)")
class ReportsApiController {

    static final MediaType DOCX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Reports reports;

    ReportsApiController(Reports reports) {
        this.reports = reports;
    }

    /**
     * @param kind SIX_MONTH, YEARLY, REVIEW (sơ kết) or FINAL_REVIEW (tổng kết)
     * @param unit the unit's code
     * @param year the year reported (a review: its last year)
     * @param from a review's first year (the programme's start)
     * @param programme the programme reported on, as cited in the legal bases ("1995/CTrPH-UBND-UB.MTTQ")
     */
    record NewReport(String kind, String unit, Object year, Object from, String programme) {
    }

    record Created(long id) {
    }

    @PostMapping("/api/v1/reports")
    @PreAuthorize("@reportingPermissions.may('report.draft')")
    @Operation(summary = "Drafts a report with the default texts, drafted from the figures the modules contribute")
    ResponseEntity<Created> create(@RequestBody NewReport r) {
        if (r == null) {
            throw new Refused(null, "reporting.refused.kind");
        }
        long id = reports.create(new Reports.NewReport(r.kind(), r.unit(), str(r.year()), str(r.from()),
                r.programme()));
        return ResponseEntity.created(URI.create("/api/v1/reports/" + id)).body(new Created(id));
    }

    record ReportResult(long id, String kind, String unit, String period, String programme, String state,
            String number, LocalDate issuedOn, Long replaces, Long replacedBy, String docxSha256, String pdfSha256,
            String signer, String signerName, boolean signerDeputy, String drafter, String approvedBy,
            Map<String, String> texts) {

        static ReportResult of(Report r, Map<String, String> texts) {
            return new ReportResult(r.id(), r.kind().name(), r.unitCode(), r.periodCode(), r.programme(),
                    r.state().name(), r.numberText(), r.issuedOn(), r.replacesId(), r.replacedById(), r.docxSha256(),
                    r.pdfSha256(), r.signerUsername(), r.signerName(), r.signerDeputy(), r.createdBy(),
                    r.approvedBy(), texts);
        }
    }

    @GetMapping("/api/v1/reports")
    @PreAuthorize("@reportingPermissions.may('report.view')")
    @Operation(summary = "The reports of a unit's subtree (and period) the user may see, newest first")
    List<ReportResult> list(@RequestParam(required = false) String unit,
            @RequestParam(required = false) String period) {
        return reports.list(unit, period, 100).stream().map(r -> ReportResult.of(r, Map.of())).toList();
    }

    @GetMapping("/api/v1/reports/{id}")
    @PreAuthorize("@reportingPermissions.may('report.view')")
    @Operation(summary = "One report with its texts in use (the officer's or the defaults)")
    ReportResult one(@PathVariable long id) {
        Report r = reports.find(id);
        Map<String, String> texts = new java.util.LinkedHashMap<>();
        reports.assembled(r).texts().forEach(t -> texts.put(t.key(), t.text()));
        return ReportResult.of(r, texts);
    }

    /**
     * @param signer the signer's login, one of {@code GET /api/v1/reports/{id}/signers}
     * @param signerName no longer taken: the signer is an account (a typed name is refused)
     * @param signerDeputy a deputy chair signs for the chair (KT. CHỦ TỊCH / PHÓ CHỦ TỊCH)
     * @param coSignerName a joint document's signer for the People's Committee
     */
    record Edit(Map<String, String> texts, String signer, String signerName, Boolean signerDeputy,
            String coSignerName) {
    }

    @PutMapping("/api/v1/reports/{id}/texts")
    @PreAuthorize("@reportingPermissions.may('report.draft')")
    @Operation(summary = "Rewrites texts of a draft (keys as GET answers them) and names the signer's account")
    ResponseEntity<Void> edit(@PathVariable long id, @RequestBody Edit e) {
        if (e.signerName() != null && !e.signerName().isBlank()) {
            throw new Refused("signerName", "reporting.refused.signerTyped");
        }
        reports.edit(id, e.texts() == null ? Map.of() : e.texts(), e.signer(), e.signerDeputy(),
                e.coSignerName());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/reports/{id}/signers")
    @PreAuthorize("@reportingPermissions.may('report.draft')")
    @Operation(summary = "The accounts that may sign the report: who may approve on its unit, the drafter aside")
    List<Reports.Signer> signers(@PathVariable long id) {
        return reports.signers(reports.find(id));
    }

    @PostMapping("/api/v1/reports/{id}/submit")
    @PreAuthorize("@reportingPermissions.may('report.draft')")
    @Operation(summary = "Sends a draft to the signer for approval")
    ResponseEntity<Void> submit(@PathVariable long id) {
        reports.submit(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/reports/{id}/approve")
    @PreAuthorize("@reportingPermissions.may('report.approve')")
    @Operation(summary = "The signer approves a submitted report")
    ResponseEntity<Void> approve(@PathVariable long id) {
        reports.approve(id);
        return ResponseEntity.noContent().build();
    }

    record Issued(int number) {
    }

    @PostMapping("/api/v1/reports/{id}/issue")
    @PreAuthorize("@reportingPermissions.may('report.issue')")
    @Operation(summary = "Issues an approved report with the next number of the issuing body's register; frozen")
    Issued issue(@PathVariable long id) {
        return new Issued(reports.issue(id));
    }

    @PostMapping("/api/v1/reports/{id}/correct")
    @PreAuthorize("@reportingPermissions.may('report.draft')")
    @Operation(summary = "A correction of an issued report: a new draft naming the report it replaces")
    ResponseEntity<Created> correct(@PathVariable long id) {
        long next = reports.correct(id);
        return ResponseEntity.created(URI.create("/api/v1/reports/" + next)).body(new Created(next));
    }

    @GetMapping("/api/v1/reports/{id}.docx")
    @PreAuthorize("@reportingPermissions.may('report.view')")
    @Operation(summary = "The report as Word (DOCX)")
    ResponseEntity<byte[]> docx(@PathVariable long id) {
        return file(reports.find(id), Reports.Format.DOCX, DOCX, "docx");
    }

    @GetMapping("/api/v1/reports/{id}.pdf")
    @PreAuthorize("@reportingPermissions.may('report.view')")
    @Operation(summary = "The report as PDF (fonts embedded)")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        return file(reports.find(id), Reports.Format.PDF, MediaType.APPLICATION_PDF, "pdf");
    }

    @GetMapping("/api/v1/reports/{id}.xlsx")
    @PreAuthorize("@reportingPermissions.may('report.view')")
    @Operation(summary = "The report's tables as an .xlsx annex (numbers as numbers)")
    ResponseEntity<byte[]> xlsx(@PathVariable long id) {
        return file(reports.find(id), Reports.Format.XLSX, XLSX, "xlsx");
    }

    static ResponseEntity<byte[]> file(Report r, Reports.Format f, MediaType type, String ext,
            Reports reports) {
        byte[] bytes = reports.bytes(r, f);
        String name = "bao-cao-" + r.unitCode() + "-" + r.periodCode()
                + (r.numberText() == null ? "-du-thao" : "-so-" + r.numberText().replaceAll("[^A-Za-z0-9]+", "-"))
                + "." + ext;
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString()).body(bytes);
    }

    private ResponseEntity<byte[]> file(Report r, Reports.Format f, MediaType type, String ext) {
        return file(r, f, type, ext, reports);
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }
}
