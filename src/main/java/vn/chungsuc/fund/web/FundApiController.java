package vn.chungsuc.fund.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.chungsuc.fund.domain.Donations;
import vn.chungsuc.fund.domain.Funds;
import vn.chungsuc.fund.domain.Ledger;
import vn.chungsuc.shared.problem.Refused;

/** The fund's JSON API: funds of a unit, donations with their receipts, void, and the ledger's verification. */
@RestController
@Tag(name = "Fund", description = "Quỹ Vì người nghèo")
class FundApiController {

    private final Funds funds;
    private final Donations donations;
    private final Ledger ledger;

    FundApiController(Funds funds, Donations donations, Ledger ledger) {
        this.funds = funds;
        this.donations = donations;
        this.ledger = ledger;
    }

    record AccountJson(long id, String bankBin, String bankName, String accountNumber, String accountName) {
    }

    record FundJson(long id, String level, String unit, String unitName, String name, LocalDate validFrom,
            LocalDate validTo, long holdings, List<AccountJson> accounts) {
    }

    @GetMapping("/api/v1/fund/funds")
    @PreAuthorize("@fundPermissions.may('fund.view')")
    @Operation(summary = "The funds of a unit (every level and date), with their bank accounts and holdings")
    List<FundJson> funds(@RequestParam String unit) {
        return funds.ofUnit(unit).stream().map(f -> new FundJson(f.id(), f.level().name(), f.unitCode(),
                f.unitName(), f.name(), f.validFrom(), f.validTo(), ledger.holdings(f.id()),
                funds.accounts(f.id()).stream().map(a -> new AccountJson(a.id(), a.bankBin(), a.bankName(),
                        a.accountNumber(), a.accountName())).toList())).toList();
    }

    /** @param kind PERSON, ORGANISATION or NAMED; anonymous hides the name from the public pages */
    record Donor(String name, String kind, Boolean anonymous, String ref, String address) {
    }

    /**
     * @param amount whole đồng (a number, or text with "." between thousands)
     * @param channel CASH, TRANSFER (with account) or IN_KIND (with inKind, the goods; amount is their valuation)
     * @param date yyyy-mm-dd or dd/mm/yyyy, not in the future
     */
    record DonationRequest(Long fund, Donor donor, Object amount, String channel, Long account, String inKind,
            String date, Long campaign, String memo) {
    }

    @PostMapping("/api/v1/fund/donations")
    @PreAuthorize("@fundPermissions.may('donation.record')")
    @Operation(summary = "Records a donation and issues its receipt: 201 {id, receiptNumber, amount, amountInWords}")
    ResponseEntity<Donations.Receipt> donate(@RequestBody DonationRequest r) {
        if (r == null) {
            throw new Refused(null, "fund.required");
        }
        Donor donor = r.donor() == null ? new Donor(null, null, false, null, null) : r.donor();
        Donations.Receipt receipt = donations.record(new Donations.NewDonation(r.fund(), donor.kind(), donor.ref(),
                donor.name(), donor.address(), Boolean.TRUE.equals(donor.anonymous()),
                amountText(r.amount()), r.channel(), r.account(), r.inKind(), r.date(),
                r.campaign(), r.memo()));
        return ResponseEntity.created(URI.create("/api/v1/fund/donations/" + receipt.id())).body(receipt);
    }

    /** A JSON number is whole đồng only (12.5 is refused, not read as 125); text may group thousands with dots. */
    static String amountText(Object amount) {
        if (amount instanceof Number n) {
            java.math.BigDecimal v = new java.math.BigDecimal(n.toString());
            return v.stripTrailingZeros().scale() > 0 ? "-" : v.toBigInteger().toString();
        }
        return amount == null ? null : amount.toString();
    }

    record DonationJson(long id, long fund, String receiptNumber, long amount, String amountInWords,
            String donorName, String donorKind, boolean anonymous, String channel, LocalDate date, Long campaign,
            boolean voided, String voidReason) {
    }

    @GetMapping("/api/v1/fund/donations/{id}")
    @PreAuthorize("@fundPermissions.may('fund.view')")
    @Operation(summary = "One donation and its receipt")
    DonationJson donation(@PathVariable long id) {
        Donations.Donation d = donations.get(id);
        return new DonationJson(d.id(), d.fundId(), d.receiptNumber(), d.amount(), d.amountInWords(), d.donorName(),
                d.donorKind(), d.anonymous(), d.channel(), d.donatedOn(), d.campaignId(), d.voided(), d.voidReason());
    }

    record VoidRequest(String reason) {
    }

    @PostMapping("/api/v1/fund/donations/{id}/void")
    @PreAuthorize("@fundPermissions.may('donation.record')")
    @Operation(summary = "Voids a receipt by a reversing entry with a reason; the number stays used")
    DonationJson voidReceipt(@PathVariable long id, @RequestBody(required = false) VoidRequest r) {
        donations.voidReceipt(id, r == null ? null : r.reason());
        return donation(id);
    }

    record VerifyJson(boolean valid, long entries, Long firstBrokenEntry, int publishedHeadsChecked,
            LocalDate firstBrokenHead) {
    }

    @GetMapping("/api/v1/fund/{id}/ledger/verify")
    @PreAuthorize("@fundPermissions.may('fund.view')")
    @Operation(summary = "Recomputes the fund's hash chain and compares it with every published head")
    VerifyJson verify(@PathVariable long id) {
        Ledger.Verification v = ledger.verify(id);
        return new VerifyJson(v.valid(), v.entries(), v.firstBrokenEntry(), v.publishedHeadsChecked(),
                v.firstBrokenHead());
    }

    record BalanceJson(String account, long balance) {
    }

    @GetMapping("/api/v1/fund/{id}/ledger/balances")
    @PreAuthorize("@fundPermissions.may('fund.view')")
    @Operation(summary = "Every account's balance, derived from the entries")
    List<BalanceJson> balances(@PathVariable long id) {
        funds.get(id);
        return ledger.balances(id).entrySet().stream().map(e -> new BalanceJson(e.getKey(), e.getValue())).toList();
    }
}
