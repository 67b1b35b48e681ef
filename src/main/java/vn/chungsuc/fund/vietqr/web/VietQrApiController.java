package vn.chungsuc.fund.vietqr.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.regex.Pattern;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.chungsuc.fund.vietqr.NapasBanks;
import vn.chungsuc.fund.vietqr.VietQr;
import vn.chungsuc.fund.vietqr.VietQrImage;
import vn.chungsuc.shared.problem.Refused;

/**
 * VietQR for any account: the payload and its image. Any signed-in user may draw one (it holds nothing but an
 * account number he typed); the QR of a fund's own account and campaign is the fund's API.
 */
@RestController
@Tag(name = "Fund for the Poor", description = "Quỹ Vì người nghèo: VietQR, sao kê ngân hàng")
class VietQrApiController {

    /** Whole đồng, with or without "." or "," between thousands ("500.000", "500000"). */
    private static final Pattern AMOUNT = Pattern.compile("[0-9]{1,3}([.,]?[0-9]{3})*|[0-9]{1,15}");

    /**
     * @param payload the text the QR holds (CRC included)
     * @param dynamic true when it carries an amount (tag 01 = 12)
     */
    record VietQrResult(String payload, String bankBin, String bank, String account, Long amount, String purpose,
            boolean dynamic) {
    }

    @GetMapping(path = "/api/v1/fund/vietqr", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Chuỗi VietQR (NAPAS/EMVCo) cho một tài khoản: BIN, số tài khoản, số tiền, nội dung")
    VietQrResult payload(
            @Parameter(description = "BIN ngân hàng NAPAS (6 chữ số), ví dụ 970436 Vietcombank")
            @RequestParam(required = false) String bankBin,
            @Parameter(description = "Số tài khoản (tối đa 19 chữ cái hoặc chữ số)")
            @RequestParam(required = false) String account,
            @Parameter(description = "Số tiền (đồng); bỏ trống thì mã tĩnh, người chuyển tự nhập")
            @RequestParam(required = false) String amount,
            @Parameter(description = "Nội dung chuyển khoản (tối đa 25 ký tự, bỏ dấu tự động)")
            @RequestParam(required = false) String purpose) {
        VietQr qr = build(bankBin, account, amount, purpose);
        return new VietQrResult(qr.payload(), qr.bin(), NapasBanks.standard().find(qr.bin()).orElseThrow().shortName(),
                qr.account(), qr.amount(), qr.memo(), qr.dynamic());
    }

    @GetMapping(path = "/api/v1/fund/vietqr.png")
    @Operation(summary = "Ảnh PNG của mã VietQR (mức sửa lỗi M, lề chuẩn, mặc định 300 điểm ảnh)")
    ResponseEntity<byte[]> png(@RequestParam(required = false) String bankBin,
            @RequestParam(required = false) String account, @RequestParam(required = false) String amount,
            @RequestParam(required = false) String purpose,
            @Parameter(description = "Cạnh ảnh, 120–1000 điểm ảnh") @RequestParam(required = false) Integer size) {
        if (size != null && (size < VietQrImage.MIN_SIZE || size > VietQrImage.MAX_SIZE)) {
            throw new Refused("size", "fundbank.vietqr.size.invalid");
        }
        VietQr qr = build(bankBin, account, amount, purpose);
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore())
                .body(VietQrImage.png(qr.payload(), size == null ? VietQrImage.DEFAULT_SIZE : size));
    }

    private static VietQr build(String bankBin, String account, String amount, String purpose) {
        Long dong = null;
        if (amount != null && !amount.isBlank()) {
            String a = amount.trim();
            if (!AMOUNT.matcher(a).matches() || a.replaceAll("[.,]", "").length() > 15) {
                throw new Refused("amount", "fundbank.vietqr.amount.invalid");
            }
            dong = Long.parseLong(a.replaceAll("[.,]", ""));
        }
        VietQr qr = VietQr.of(bankBin, account, dong, purpose == null || purpose.isBlank() ? null : purpose);
        if (NapasBanks.standard().find(qr.bin()).isEmpty()) {
            throw new Refused("bankBin", "fundbank.vietqr.bin.unknown", qr.bin());
        }
        return qr;
    }
}
