package vn.chungsuc.fund.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chungsuc.fund.FundPermissions;
import vn.chungsuc.fund.domain.Donations;
import vn.chungsuc.fund.domain.Funds;
import vn.chungsuc.fund.domain.Ledger;
import vn.chungsuc.fund.domain.LedgerAccounts;
import vn.chungsuc.fund.domain.Supports;
import vn.chungsuc.shared.documents.PdfDocuments;
import vn.chungsuc.shared.documents.XlsxTable;
import vn.chungsuc.shared.problem.Refused;
import vn.chungsuc.shared.time.Dates;
import vn.chungsuc.shared.time.Today;

/**
 * The fund's screens: the funds the user may view; a fund's page (balances, accounts, board, campaigns, transfers,
 * support); its donations (searched, paged, .xlsx); the new-donation form with its confirmation step; a receipt and
 * its PDF; the ledger with the verify button, the published heads (printable) and the closures.
 */
@Controller
@PreAuthorize("@fundPermissions.may('fund.view')")
class FundPageController {

    static final int PAGE_SIZE = 50;
    /** Official documents are written in Vietnamese whatever the screen's language. */
    static final Locale DOCUMENT_LOCALE = Locale.forLanguageTag("vi");

    private final Funds funds;
    private final Donations donations;
    private final Ledger ledger;
    private final Supports supports;
    private final FundPermissions permissions;
    private final PdfDocuments pdf;
    private final MessageSource messages;
    private final Today today;
    private final JdbcClient jdbc;

    FundPageController(Funds funds, Donations donations, Ledger ledger, Supports supports,
            FundPermissions permissions, PdfDocuments pdf, MessageSource messages, Today today, JdbcClient jdbc) {
        this.funds = funds;
        this.donations = donations;
        this.ledger = ledger;
        this.supports = supports;
        this.permissions = permissions;
        this.pdf = pdf;
        this.messages = messages;
        this.today = today;
        this.jdbc = jdbc;
    }

    @GetMapping("/fund")
    String list(Model model) {
        List<Funds.Fund> visible = funds.visible();
        Map<Long, Long> holdings = new LinkedHashMap<>();
        visible.forEach(f -> holdings.put(f.id(), ledger.holdings(f.id())));
        model.addAttribute("funds", visible);
        model.addAttribute("holdings", holdings);
        return "fund/funds";
    }

    record CampaignRow(Funds.Campaign campaign, long raised, long count) {
    }

    @GetMapping("/fund/{id}")
    String fund(@PathVariable long id, Model model) {
        Funds.Fund fund = funds.get(id);
        model.addAttribute("fund", fund);
        model.addAttribute("balances", ledger.balances(id));
        model.addAttribute("holdings", ledger.holdings(id));
        model.addAttribute("accounts", funds.accounts(id));
        model.addAttribute("board", funds.board(id));
        model.addAttribute("campaigns", funds.campaigns(id).stream().map(c -> {
            Map<String, Object> r = jdbc.sql("""
                    select coalesce(sum(amount), 0) as raised, count(*) as n from fund_donation
                    where campaign_id = :c and void_entry_id is null""").param("c", c.id()).query().singleRow();
            return new CampaignRow(c, ((Number) r.get("raised")).longValue(), ((Number) r.get("n")).longValue());
        }).toList());
        model.addAttribute("transfers", funds.transfers(id));
        model.addAttribute("fundNames", fundNames());
        model.addAttribute("supports", supports.ofFund(id));
        model.addAttribute("mayRecord", permissions.mayAt("donation.record", fund.unitPath()) && fund.openOn(today.date()));
        return "fund/fund";
    }

    @GetMapping("/fund/{id}/donations")
    String donations(@PathVariable long id, @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "0") int page, Model model) {
        Funds.Fund fund = funds.get(id);
        model.addAttribute("fund", fund);
        model.addAttribute("q", q);
        model.addAttribute("result", donations.list(id, q, page, PAGE_SIZE));
        model.addAttribute("mayRecord", permissions.mayAt("donation.record", fund.unitPath()) && fund.openOn(today.date()));
        return "fund/donations";
    }

    @GetMapping("/fund/{id}/donations.xlsx")
    ResponseEntity<byte[]> donationsXlsx(@PathVariable long id) throws IOException {
        Funds.Fund fund = funds.get(id);
        Locale locale = LocaleContextHolder.getLocale();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxTable x = new XlsxTable(messages, locale)) {
            XlsxTable.Sheet s = x.sheet("fund.donations.title").title(fund.name()).columns(
                    XlsxTable.Column.of("fund.receipt.number", 18), XlsxTable.Column.of("fund.donation.date", 12),
                    XlsxTable.Column.of("fund.donation.donor", 36), XlsxTable.Column.of("fund.donation.channel", 14),
                    XlsxTable.Column.of("fund.donation.amount", 16), XlsxTable.Column.of("fund.donation.state", 12));
            for (Donations.Donation d : donations.all(id)) {
                s.row(d.receiptNumber(), Dates.show(d.donatedOn()), d.donorName(),
                        x.msg("fund.channel." + d.channel()), XlsxTable.count(d.amount()),
                        d.voided() ? x.msg("fund.donation.voided") : "");
            }
            x.write(out);
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("ung-ho-quy-" + id + ".xlsx").build().toString())
                .body(out.toByteArray());
    }

    /** What the form sends; amounts and dates as text so that a bad one comes back beside its field. */
    record DonationForm(String donorKind, String donorName, String donorAddress, Boolean anonymous, String amount,
            String channel, Long accountId, String inKindDescription, String date, Long campaignId, String memo) {
    }

    @GetMapping("/fund/{id}/donations/new")
    String newDonation(@PathVariable long id, Model model) {
        Funds.Fund fund = recordable(id);
        return form(fund, new DonationForm("NAMED", "", "", false, "", "CASH", null, "", Dates.show(today.date()),
                null, ""), false, null, model);
    }

    @PostMapping("/fund/{id}/donations")
    String createDonation(@PathVariable long id, DonationForm form, @RequestParam(defaultValue = "false")
            boolean confirmed, Model model, RedirectAttributes redirect) {
        Funds.Fund fund = recordable(id);
        Donations.NewDonation d = new Donations.NewDonation(id, form.donorKind(), null, form.donorName(),
                form.donorAddress(), Boolean.TRUE.equals(form.anonymous()), form.amount(), form.channel(), form.accountId(),
                form.inKindDescription(), form.date(), form.campaignId(), form.memo());
        if (!confirmed) {
            // the confirmation step: check everything, save nothing, show what will be printed
            try {
                long amount = Long.parseLong(form.amount() == null ? "" : form.amount().replace(".", "")
                        .replace(" ", "").strip());
                if (amount <= 0 || amount > Ledger.MAX_AMOUNT) {
                    throw new NumberFormatException();
                }
                return form(fund, form, true, amount, model);
            } catch (NumberFormatException e) {
                model.addAttribute("errors", List.of(messages.getMessage("fund.amount.range", null,
                        LocaleContextHolder.getLocale())));
                return form(fund, form, false, null, model);
            }
        }
        try {
            Donations.Receipt r = donations.record(d);
            redirect.addFlashAttribute("notice", messages.getMessage("fund.donation.saved",
                    new Object[] {r.receiptNumber()}, LocaleContextHolder.getLocale()));
            return "redirect:/fund/donations/" + r.id();
        } catch (Refused refused) {
            model.addAttribute("errors", refused.reasons().stream()
                    .map(reason -> reason.text(messages, LocaleContextHolder.getLocale())).toList());
            return form(fund, form, false, null, model);
        }
    }

    private String form(Funds.Fund fund, DonationForm form, boolean confirming, Long amount, Model model) {
        model.addAttribute("fund", fund);
        model.addAttribute("form", form);
        model.addAttribute("confirming", confirming);
        model.addAttribute("amount", amount);
        model.addAttribute("accounts", funds.accounts(fund.id()));
        model.addAttribute("campaigns", funds.campaigns(fund.id()));
        model.addAttribute("kinds", Donations.KINDS);
        model.addAttribute("channels", Donations.CHANNELS);
        if (amount != null) {
            model.addAttribute("inWords", vn.chungsuc.shared.text.AmountInWords.dong(amount));
        }
        return "fund/donation-form";
    }

    private Funds.Fund recordable(long id) {
        Funds.Fund fund = funds.get(id);
        permissions.checkAt("donation.record", fund.unitPath());
        return fund;
    }

    @GetMapping("/fund/donations/{id}")
    String receipt(@PathVariable long id, Model model) {
        Donations.Donation d = donations.get(id);
        Funds.Fund fund = funds.get(d.fundId());
        model.addAttribute("d", d);
        model.addAttribute("fund", fund);
        model.addAttribute("campaign", d.campaignId() == null ? null
                : funds.campaign(fund.id(), d.campaignId()).orElse(null));
        model.addAttribute("mayVoid", !d.voided() && permissions.mayAt("donation.record", fund.unitPath()));
        return "fund/receipt";
    }

    @GetMapping("/fund/donations/{id}/receipt.pdf")
    ResponseEntity<byte[]> receiptPdf(@PathVariable long id) {
        Donations.Donation d = donations.get(id);
        Funds.Fund fund = funds.get(d.fundId());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("d", d);
        m.put("fund", fund);
        m.put("campaign", d.campaignId() == null ? null : funds.campaign(fund.id(), d.campaignId()).orElse(null));
        m.put("channelText", messages.getMessage("fund.channel." + d.channel(), null, DOCUMENT_LOCALE));
        m.put("chair", funds.board(fund.id()).stream().filter(b -> "CHAIR".equals(b.role())).findFirst()
                .orElse(null));
        return pdf("bien-lai-" + d.receiptNumber() + ".pdf", pdf.fromTemplate("fund/pdf/receipt", m,
                DOCUMENT_LOCALE));
    }

    /** A refused void shows the receipt again with the message (400); a done one redirects with a notice. */
    @PostMapping("/fund/donations/{id}/void")
    String voidReceipt(@PathVariable long id, @RequestParam(defaultValue = "") String reason, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        try {
            donations.voidReceipt(id, reason);
        } catch (Refused refused) {
            return again(refused, model, response, () -> receipt(id, model));
        }
        redirect.addFlashAttribute("notice", messages.getMessage("fund.donation.voidDone", null,
                LocaleContextHolder.getLocale()));
        return "redirect:/fund/donations/" + id;
    }

    /** The page again with the refusal's message, answered 400: nothing was changed. */
    private String again(Refused refused, Model model, HttpServletResponse response,
            java.util.function.Supplier<String> page) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        String view = page.get();
        model.addAttribute("error", refused.text(messages, LocaleContextHolder.getLocale()));
        return view;
    }

    @GetMapping("/fund/{id}/ledger")
    String ledgerPage(@PathVariable long id, @RequestParam(required = false) String account,
            @RequestParam(defaultValue = "0") int page, Model model) {
        Funds.Fund fund = funds.get(id);
        String acc = account == null || account.isBlank() || account.length() > 40 ? null : account;
        long total = ledger.count(id, acc);
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int p = Math.max(0, Math.min(page, pages - 1));
        model.addAttribute("fund", fund);
        model.addAttribute("account", acc);
        model.addAttribute("entries", ledger.entries(id, acc, p, PAGE_SIZE));
        model.addAttribute("page", p);
        model.addAttribute("totalPages", pages);
        model.addAttribute("balances", ledger.balances(id));
        model.addAttribute("heads", ledger.heads(id));
        model.addAttribute("closures", ledger.closures(id));
        model.addAttribute("mayClose", permissions.mayAt("ledger.close", fund.unitPath()));
        return "fund/ledger";
    }

    @PostMapping("/fund/{id}/ledger/verify")
    String verify(@PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("verification", ledger.verify(id));
        return "redirect:/fund/" + id + "/ledger";
    }

    @PostMapping("/fund/{id}/ledger/publish")
    String publish(@PathVariable long id, RedirectAttributes redirect) {
        ledger.publishNow(id);
        return "redirect:/fund/" + id + "/ledger";
    }

    /** A bad or refused date (any text that is not dd/mm/yyyy) shows the ledger again with the message (400). */
    @PostMapping("/fund/{id}/ledger/close")
    String close(@PathVariable long id, @RequestParam(defaultValue = "") String through, Model model,
            HttpServletResponse response) {
        try {
            ledger.close(id, Dates.parse(through).orElse(null));
        } catch (Refused refused) {
            return again(refused, model, response, () -> ledgerPage(id, null, 0, model));
        }
        return "redirect:/fund/" + id + "/ledger";
    }

    @PostMapping("/fund/{id}/ledger/reopen")
    String reopen(@PathVariable long id, @RequestParam long closure, @RequestParam(defaultValue = "") String reason,
            Model model, HttpServletResponse response) {
        try {
            ledger.reopen(id, closure, reason);
        } catch (Refused refused) {
            return again(refused, model, response, () -> ledgerPage(id, null, 0, model));
        }
        return "redirect:/fund/" + id + "/ledger";
    }

    @GetMapping("/fund/{id}/ledger/heads.pdf")
    ResponseEntity<byte[]> headsPdf(@PathVariable long id) {
        Funds.Fund fund = funds.get(id);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fund", fund);
        m.put("heads", ledger.heads(id));
        m.put("on", today.date());
        m.put("board", funds.board(id));
        return pdf("dau-chuoi-so-quy-" + id + ".pdf", pdf.fromTemplate("fund/pdf/heads", m, DOCUMENT_LOCALE));
    }

    @GetMapping("/fund/households/{code}")
    String household(@PathVariable String code, Model model) {
        model.addAttribute("code", code);
        model.addAttribute("supports", supports.ofHousehold(code));
        model.addAttribute("fundNames", fundNames());
        return "fund/household";
    }

    private Map<Long, String> fundNames() {
        Map<Long, String> names = new LinkedHashMap<>();
        funds.all().forEach(f -> names.put(f.id(), f.name()));
        return names;
    }

    static ResponseEntity<byte[]> pdf(String filename, byte[] body) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(filename,
                        java.nio.charset.StandardCharsets.UTF_8).build().toString()).body(body);
    }

    /** For the templates: the message key of a ledger account's name. */
    static String accountKey(String account) {
        return LedgerAccounts.labelKey(account);
    }
}
