package vn.chungsuc.fund.statement.importing.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chungsuc.fund.FundPermissions;
import vn.chungsuc.fund.domain.Donations;
import vn.chungsuc.fund.domain.Funds;
import vn.chungsuc.fund.statement.importing.StatementImports;
import vn.chungsuc.shared.problem.Refused;
import vn.chungsuc.shared.time.Today;

/**
 * The officer's statement screen of a fund: upload a statement for one of its accounts, the imports so far, and the
 * queue of lines waiting (each with its suggestion and the rule behind it) with its actions — match to a campaign,
 * split into two donations, mark as not a donation with a reason.
 */
@Controller
@PreAuthorize("@fundPermissions.may('fund.view')")
class StatementPageController {

    static final int PAGE_SIZE = 25;

    private final StatementImports imports;
    private final Funds funds;
    private final FundPermissions permissions;
    private final MessageSource messages;
    private final Today today;

    StatementPageController(StatementImports imports, Funds funds, FundPermissions permissions,
            MessageSource messages, Today today) {
        this.imports = imports;
        this.funds = funds;
        this.permissions = permissions;
        this.messages = messages;
        this.today = today;
    }

    @GetMapping("/fund/{id}/statements")
    String page(@PathVariable long id, @RequestParam(defaultValue = "WAITING") String status,
            @RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
        Funds.Fund fund = funds.get(id);
        String s = StatementImports.STATUSES.contains(status) ? status : "WAITING";
        model.addAttribute("fund", fund);
        model.addAttribute("status", s);
        model.addAttribute("statuses", StatementImports.STATUSES);
        model.addAttribute("q", q);
        model.addAttribute("result", imports.lines(id, s, q, Math.max(0, page), PAGE_SIZE));
        model.addAttribute("waiting", imports.waiting(id));
        model.addAttribute("imports", imports.imports(id, 10));
        List<Funds.Account> accounts = funds.accounts(id);
        model.addAttribute("accounts", accounts);
        Map<Long, String> accountNames = new LinkedHashMap<>();
        accounts.forEach(a -> accountNames.put(a.id(), a.bankName() + " " + a.accountNumber()));
        model.addAttribute("accountNames", accountNames);
        List<Funds.Campaign> campaigns = funds.campaigns(id);
        model.addAttribute("campaigns", campaigns);
        Map<Long, String> campaignNames = new LinkedHashMap<>();
        campaigns.forEach(c -> campaignNames.put(c.id(), c.name()));
        model.addAttribute("campaignNames", campaignNames);
        model.addAttribute("mayImport", permissions.mayAt("donation.record", fund.unitPath())
                && fund.openOn(today.date()));
        return "fund/statements";
    }

    @PostMapping("/fund/{id}/statements")
    String upload(@PathVariable long id, @RequestParam(required = false) Long account,
            @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw new Refused("file", "fundbank.statement.file.empty");
            }
            StatementImports.Result r = imports.importStatement(id, account, file.getBytes(),
                    file.getOriginalFilename());
            redirect.addFlashAttribute("notice", r.importId() == null
                    ? text("fundimport.imported.nothing", r.lines())
                    : text("fundimport.imported", r.lines(), r.duplicates(), r.posted(), r.queued()));
        } catch (Refused refused) {
            redirect.addFlashAttribute("errors", errors(refused));
        }
        return "redirect:/fund/" + id + "/statements";
    }

    @PostMapping("/fund/statement-lines/{lineId}/match")
    String match(@PathVariable long lineId, @RequestParam(required = false) Long campaign,
            @RequestParam(required = false) String donorName, RedirectAttributes redirect) {
        return onLine(lineId, redirect, l -> text("fundimport.matched", l.row(),
                imports.match(lineId, campaign, donorName).receiptNumber()));
    }

    @PostMapping("/fund/statement-lines/{lineId}/split")
    String split(@PathVariable long lineId, @RequestParam(required = false) String firstAmount,
            @RequestParam(required = false) Long firstCampaign, @RequestParam(required = false) Long secondCampaign,
            @RequestParam(required = false) String donorName, RedirectAttributes redirect) {
        return onLine(lineId, redirect, l -> {
            List<Donations.Receipt> r = imports.split(lineId, firstAmount, firstCampaign, secondCampaign, donorName);
            return text("fundimport.split.done", l.row(), r.get(0).receiptNumber(), r.get(1).receiptNumber());
        });
    }

    @PostMapping("/fund/statement-lines/{lineId}/not-donation")
    String notDonation(@PathVariable long lineId, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        return onLine(lineId, redirect, l -> {
            imports.notADonation(lineId, reason);
            return text("fundimport.notDonation.done", l.row());
        });
    }

    @PostMapping("/fund/statement-lines/{lineId}/bank-fee")
    String bankFee(@PathVariable long lineId, RedirectAttributes redirect) {
        return onLine(lineId, redirect, l -> {
            imports.bankFee(lineId);
            return text("fundimport.fee.done", l.row());
        });
    }

    @PostMapping("/fund/statement-lines/{lineId}/interest")
    String interest(@PathVariable long lineId, RedirectAttributes redirect) {
        return onLine(lineId, redirect, l -> {
            imports.interest(lineId);
            return text("fundimport.interest.done", l.row());
        });
    }

    /**
     * One officer's step on a waiting line, back to the queue: the step's notice when it is done, the refusal's
     * messages when it is not (and nothing changed).
     */
    private String onLine(long lineId, RedirectAttributes redirect,
            java.util.function.Function<StatementImports.Line, String> step) {
        StatementImports.Line l = imports.line(lineId);
        try {
            redirect.addFlashAttribute("notice", step.apply(l));
        } catch (Refused refused) {
            redirect.addFlashAttribute("errors", errors(refused));
        }
        return "redirect:/fund/" + l.fundId() + "/statements";
    }

    private List<String> errors(Refused refused) {
        return refused.reasons().stream().map(r -> r.text(messages, LocaleContextHolder.getLocale())).toList();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
