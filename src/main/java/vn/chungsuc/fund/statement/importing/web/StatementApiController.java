package vn.chungsuc.fund.statement.importing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.chungsuc.fund.domain.Donations;
import vn.chungsuc.fund.domain.Funds;
import vn.chungsuc.fund.domain.NotFound;
import vn.chungsuc.fund.statement.importing.StatementImports;
import vn.chungsuc.fund.vietqr.VietQr;
import vn.chungsuc.fund.vietqr.VietQrImage;
import vn.chungsuc.shared.problem.Refused;

/**
 * Bank statements into a fund's ledger through the API: the import, the queue and its actions, and the VietQR of a
 * fund's own account with a campaign's memo code. Scoped like the fund's pages: a fund, account or line outside the
 * user's units reads as unknown.
 */
@RestController
@PreAuthorize("@fundPermissions.may('fund.view')")
@Tag(name = "Fund for the Poor", description = "Quỹ Vì người nghèo: VietQR, sao kê ngân hàng")
class StatementApiController {

    private static final Pattern AMOUNT = Pattern.compile("[0-9]{1,3}([.,]?[0-9]{3})*|[0-9]{1,15}");

    private final StatementImports imports;
    private final Funds funds;

    StatementApiController(StatementImports imports, Funds funds) {
        this.imports = imports;
        this.funds = funds;
    }

    @PostMapping(path = "/api/v1/fund/{fundId}/statements", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Nhập sao kê ngân hàng (.xlsx, .csv) của một tài khoản của quỹ: kiểm tra số dư đầu và cuối kỳ "
            + "với sổ quỹ, bỏ các dòng đã nhập, ghép theo mã cuộc vận động, lập biên lai; còn lại vào hàng chờ")
    ResponseEntity<StatementImports.Result> importStatement(@PathVariable long fundId,
            @Parameter(description = "Mã tài khoản ngân hàng của quỹ (id)") @RequestParam(required = false) Long account,
            @RequestParam(required = false) MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new Refused("file", "fundbank.statement.file.empty");
        }
        StatementImports.Result r = imports.importStatement(fundId, account, file.getBytes(),
                file.getOriginalFilename());
        return ResponseEntity.status(r.importId() == null ? HttpStatus.OK : HttpStatus.CREATED).body(r);
    }

    @GetMapping("/api/v1/fund/{fundId}/statement-lines")
    @Operation(summary = "Các dòng sao kê của quỹ theo trạng thái (WAITING, POSTED, NOT_DONATION), có gợi ý và quy tắc")
    StatementImports.Page lines(@PathVariable long fundId, @RequestParam(defaultValue = "WAITING") String status,
            @RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page) {
        return imports.lines(fundId, status, q, Math.max(0, page), StatementPageController.PAGE_SIZE);
    }

    /** @param campaign the campaign's id, null for a donation to the fund without a campaign */
    record MatchRequest(Long campaign, String donorName) {
    }

    @PostMapping("/api/v1/fund/statement-lines/{id}/match")
    @Operation(summary = "Ghép một dòng chờ vào cuộc vận động: ghi nhận khoản ủng hộ và lập biên lai")
    ResponseEntity<Donations.Receipt> match(@PathVariable long id, @RequestBody(required = false) MatchRequest body) {
        MatchRequest b = body == null ? new MatchRequest(null, null) : body;
        return ResponseEntity.status(HttpStatus.CREATED).body(imports.match(id, b.campaign(), b.donorName()));
    }

    record SplitRequest(String firstAmount, Long firstCampaign, Long secondCampaign, String donorName) {
    }

    @PostMapping("/api/v1/fund/statement-lines/{id}/split")
    @Operation(summary = "Tách một dòng chờ thành hai khoản ủng hộ (tổng bằng số tiền của dòng), mỗi khoản một biên lai")
    ResponseEntity<List<Donations.Receipt>> split(@PathVariable long id, @RequestBody SplitRequest b) {
        return ResponseEntity.status(HttpStatus.CREATED).body(imports.split(id, b.firstAmount(), b.firstCampaign(),
                b.secondCampaign(), b.donorName()));
    }

    record ReasonRequest(String reason) {
    }

    @PostMapping("/api/v1/fund/statement-lines/{id}/not-donation")
    @Operation(summary = "Đánh dấu một dòng chờ không phải tiền ủng hộ (phí, lãi, chuyển nhầm), có lý do")
    ResponseEntity<Void> notDonation(@PathVariable long id, @RequestBody(required = false) ReasonRequest body) {
        imports.notADonation(id, body == null ? null : body.reason());
        return ResponseEntity.noContent().build();
    }

    /** The ledger entry a fee or interest line became. */
    record Posted(long entry, long seq, String debit, String credit, long amount) {
    }

    @PostMapping("/api/v1/fund/statement-lines/{id}/bank-fee")
    @Operation(summary = "Ghi một dòng chi chờ xử lý là phí ngân hàng (tài khoản BANK_FEES, không phải khoản ủng hộ)")
    Posted bankFee(@PathVariable long id) {
        var e = imports.bankFee(id);
        return new Posted(e.id(), e.seq(), e.debit(), e.credit(), e.amount());
    }

    @PostMapping("/api/v1/fund/statement-lines/{id}/interest")
    @Operation(summary = "Ghi một dòng thu chờ xử lý là tiền lãi ngân hàng (tài khoản INTEREST, không phải khoản ủng hộ)")
    Posted interest(@PathVariable long id) {
        var e = imports.interest(id);
        return new Posted(e.id(), e.seq(), e.debit(), e.credit(), e.amount());
    }

    /**
     * @param memo what the QR puts in the transfer's content: the campaign's code, then the donor's reference
     * @param dynamic true when it carries an amount
     */
    record AccountQr(String payload, long account, String bankBin, String accountNumber, Long amount, String memo,
            String campaignCode, boolean dynamic) {
    }

    @GetMapping(path = "/api/v1/fund/accounts/{id}/vietqr", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "VietQR của một tài khoản của quỹ; nội dung mang mã cuộc vận động (và tham chiếu của người "
            + "ủng hộ) để sao kê tự ghép")
    AccountQr accountQr(@PathVariable long id,
            @Parameter(description = "Cuộc vận động (id); mã của nó đứng đầu nội dung") @RequestParam(required = false)
            Long campaign,
            @Parameter(description = "Số tiền (đồng); bỏ trống thì mã tĩnh") @RequestParam(required = false) String amount,
            @Parameter(description = "Tham chiếu của người ủng hộ, sau mã cuộc vận động") @RequestParam(required = false)
            String memo) {
        return qr(id, campaign, amount, memo);
    }

    @GetMapping(path = "/api/v1/fund/accounts/{id}/vietqr.png")
    @Operation(summary = "Ảnh PNG của VietQR của một tài khoản của quỹ")
    ResponseEntity<byte[]> accountQrPng(@PathVariable long id, @RequestParam(required = false) Long campaign,
            @RequestParam(required = false) String amount, @RequestParam(required = false) String memo,
            @RequestParam(required = false) Integer size) {
        if (size != null && (size < VietQrImage.MIN_SIZE || size > VietQrImage.MAX_SIZE)) {
            throw new Refused("size", "fundbank.vietqr.size.invalid");
        }
        AccountQr qr = qr(id, campaign, amount, memo);
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore())
                .body(VietQrImage.png(qr.payload(), size == null ? VietQrImage.DEFAULT_SIZE : size));
    }

    private AccountQr qr(long accountId, Long campaignId, String amount, String memo) {
        Funds.Account account = funds.account(accountId)
                .orElseThrow(() -> new NotFound("account", "fundimport.account.unknown"));
        String code = null;
        if (campaignId != null) {
            code = funds.campaign(account.fundId(), campaignId)
                    .orElseThrow(() -> new Refused("campaign", "fund.campaign.unknown", campaignId)).memoCode();
        }
        Long dong = null;
        if (amount != null && !amount.isBlank()) {
            String a = amount.trim();
            if (!AMOUNT.matcher(a).matches() || a.replaceAll("[.,]", "").length() > 15) {
                throw new Refused("amount", "fundbank.vietqr.amount.invalid");
            }
            dong = Long.parseLong(a.replaceAll("[.,]", ""));
        }
        String reference = memo == null || memo.isBlank() ? null : memo.strip();
        String text = code == null ? reference : reference == null ? code : code + " " + reference;
        VietQr qr = VietQr.of(account.bankBin(), account.accountNumber(), dong, text);
        return new AccountQr(qr.payload(), account.id(), qr.bin(), qr.account(), qr.amount(), qr.memo(), code,
                qr.dynamic());
    }
}
