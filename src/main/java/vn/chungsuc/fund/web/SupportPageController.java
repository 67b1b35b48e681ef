package vn.chungsuc.fund.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chungsuc.fund.FundPermissions;
import vn.chungsuc.fund.domain.Funds;
import vn.chungsuc.fund.domain.Ledger;
import vn.chungsuc.fund.domain.LedgerAccounts;
import vn.chungsuc.fund.domain.Supports;
import vn.chungsuc.poverty.PovertyApi;
import vn.chungsuc.poverty.PovertyClass;
import vn.chungsuc.registry.HouseholdRef;
import vn.chungsuc.registry.RegistryApi;
import vn.chungsuc.shared.documents.XlsxTable;
import vn.chungsuc.shared.problem.Refused;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.shared.time.Dates;
import vn.chungsuc.shared.time.Today;
import vn.chungsuc.shared.web.Downloads;
import vn.chungsuc.territory.TerritoryApi;
import vn.chungsuc.territory.UnitView;

/**
 * Support paid out, end to end: a fund's list of supports (searched, filtered by state, category and year, paged,
 * .xlsx); the proposal form with its check step (the household's class on the date, from the poverty register, and
 * the rate that applies); a support's page with the steps its state and the user's rights allow (approve or refuse,
 * withdraw, pay with its document, hand the house over), each destructive one confirmed; the rate lines and the
 * categories' rules, with the editor. Every id is checked against the user's units by {@link Funds} and
 * {@link Supports}; a refusal comes back as a message beside the form and changes nothing.
 */
@Controller
@PreAuthorize("@fundPermissions.may('fund.view')")
class SupportPageController {

    static final int PAGE_SIZE = 50;
    /** How many poor and near-poor households the proposal form offers by name. */
    static final int CANDIDATES = 200;

    private final Funds funds;
    private final Supports supports;
    private final Ledger ledger;
    private final FundPermissions permissions;
    private final PovertyApi poverty;
    private final RegistryApi registry;
    private final TerritoryApi territory;
    private final MessageSource messages;
    private final Today today;
    private final vn.chungsuc.shared.web.VnFormat fmt;

    SupportPageController(Funds funds, Supports supports, Ledger ledger, FundPermissions permissions,
            PovertyApi poverty, RegistryApi registry, TerritoryApi territory, MessageSource messages, Today today,
            vn.chungsuc.shared.web.VnFormat fmt) {
        this.fmt = fmt;
        this.funds = funds;
        this.supports = supports;
        this.ledger = ledger;
        this.permissions = permissions;
        this.poverty = poverty;
        this.registry = registry;
        this.territory = territory;
        this.messages = messages;
        this.today = today;
    }

    // ---- the list ----

    @GetMapping("/fund/{id}/supports")
    String list(@PathVariable long id, @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) String state, @RequestParam(required = false) String category,
            @RequestParam(required = false) String year, @RequestParam(defaultValue = "0") int page, Model model) {
        Funds.Fund fund = funds.get(id);
        Supports.Filter filter = filter(q, state, category, year);
        model.addAttribute("fund", fund);
        model.addAttribute("filter", filter);
        Supports.Page result = supports.search(id, filter, page, PAGE_SIZE);
        model.addAttribute("result", result);
        model.addAttribute("states", Supports.STATES);
        model.addAttribute("categories", supports.categories());
        model.addAttribute("years", supports.years(id));
        model.addAttribute("areaNames", areaNames(result.rows()));
        model.addAttribute("queryRest", queryRest(filter));
        model.addAttribute("mayPropose", permissions.mayAt("support.propose", fund.unitPath())
                && fund.openOn(today.date()));
        return "fund/supports";
    }

    @GetMapping("/fund/{id}/supports.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable long id, @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) String state, @RequestParam(required = false) String category,
            @RequestParam(required = false) String year) throws IOException {
        Funds.Fund fund = funds.get(id);
        List<Supports.Support> rows = supports.all(id, filter(q, state, category, year));
        Map<String, String> areas = areaNames(rows);
        Locale locale = LocaleContextHolder.getLocale();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxTable x = new XlsxTable(messages, locale)) {
            XlsxTable.Sheet s = x.sheet("fundsupport.list.title").title(fund.name()).columns(
                    XlsxTable.Column.of("fundsupport.number", 8), XlsxTable.Column.of("fundsupport.recipient", 30),
                    XlsxTable.Column.of("fundsupport.household", 16), XlsxTable.Column.of("fundsupport.area", 26),
                    XlsxTable.Column.of("fund.support.category", 24), XlsxTable.Column.of("fundsupport.class", 14),
                    XlsxTable.Column.of("fund.donation.amount", 16), XlsxTable.Column.of("fundsupport.proposedOn", 12),
                    XlsxTable.Column.of("fund.donation.state", 16), XlsxTable.Column.of("fundsupport.decision", 18),
                    XlsxTable.Column.of("fundsupport.paidOn", 12), XlsxTable.Column.of("fundsupport.document", 20),
                    XlsxTable.Column.of("fundsupport.handedOverOn", 12));
            for (Supports.Support r : rows) {
                s.row(String.valueOf(r.id()), r.headName(), r.householdCode() == null ? "" : r.householdCode(),
                        areas.getOrDefault(r.areaCode(), r.areaCode()), x.msg("fund.category." + r.category()),
                        r.povertyClass() == null ? "" : x.msg("poverty.class." + r.povertyClass()),
                        XlsxTable.count(r.amount()), Dates.show(r.proposedOn()),
                        x.msg("fund.support.state." + r.state()),
                        r.decisionNumber() == null ? "" : r.decisionNumber(), Dates.show(r.paidOn()),
                        r.paymentDocument() == null ? "" : r.paymentDocument(), Dates.show(r.handedOverOn()));
            }
            x.write(out);
        }
        return Downloads.xlsx("ho-tro-quy-" + id + ".xlsx", out.toByteArray());
    }

    // ---- the proposal ----

    /** What the proposal form sends; amount and date as text, so that a bad one comes back beside its field. */
    record ProposalForm(String recipientKind, String householdCode, String personName, String areaCode,
            String category, String amount, String reason, String date) {
    }

    @GetMapping("/fund/{id}/supports/new")
    String newProposal(@PathVariable long id, @RequestParam(required = false) String household, Model model) {
        Funds.Fund fund = proposable(id);
        return proposalForm(fund, new ProposalForm("HOUSEHOLD", household == null ? "" : household, "", "",
                "HOUSE_NEW", "", "", Dates.show(today.date())), null, List.of(), model);
    }

    @PostMapping("/fund/{id}/supports")
    String propose(@PathVariable long id, ProposalForm form, @RequestParam(defaultValue = "false") boolean confirmed,
            Model model, RedirectAttributes redirect) {
        Funds.Fund fund = proposable(id);
        List<String> errors = new ArrayList<>();
        LocalDate on = Dates.parse(form.date()).orElse(null);
        if (on == null) {
            errors.add(text("date", "fund.date.invalid"));
        }
        Long amount = null;
        String typed = form.amount() == null ? "" : form.amount().replace(".", "").replace(" ", "").strip();
        if (!typed.isEmpty()) {
            try {
                amount = Long.parseLong(typed);
            } catch (NumberFormatException e) {
                errors.add(text("amount", "fund.amount.range"));
            }
        }
        if (!errors.isEmpty()) {
            return proposalForm(fund, form, null, errors, model);
        }
        Supports.NewSupport n = new Supports.NewSupport(id, form.recipientKind(), form.householdCode(),
                form.personName(), form.areaCode(), form.category(), amount, form.reason(), on);
        try {
            if (!confirmed) {
                return proposalForm(fund, form, supports.check(n), List.of(), model);
            }
            long saved = supports.propose(n);
            redirect.addFlashAttribute("notice", messages.getMessage("fundsupport.proposed", new Object[] {saved},
                    LocaleContextHolder.getLocale()));
            return "redirect:/fund/supports/" + saved;
        } catch (Refused refused) {
            return proposalForm(fund, form, null, texts(refused), model);
        }
    }

    private String proposalForm(Funds.Fund fund, ProposalForm form, Supports.Proposal check, List<String> errors,
            Model model) {
        LocalDate on = Dates.parse(form.date()).filter(fund::openOn).orElse(today.date());
        model.addAttribute("fund", fund);
        model.addAttribute("form", form);
        model.addAttribute("check", check);
        model.addAttribute("errors", errors);
        model.addAttribute("categories", supports.categoryRules());
        model.addAttribute("mayEditCategories", supports.mayEditCategories());
        model.addAttribute("areas", supports.areas(fund.id(), on));
        model.addAttribute("candidates", candidates(fund, on));
        model.addAttribute("today", Dates.show(today.date()));
        return "fund/support-form";
    }

    /** The register's poor and near-poor households of the fund's unit on the date, to pick from by name. */
    private List<HouseholdRef> candidates(Funds.Fund fund, LocalDate on) {
        if (!fund.openOn(on)) {
            return List.of();
        }
        List<String> codes = new ArrayList<>(poverty.households(fund.unitCode(), on, PovertyClass.POOR));
        codes.addAll(poverty.households(fund.unitCode(), on, PovertyClass.NEAR_POOR));
        return codes.stream().limit(CANDIDATES).map(c -> registry.household(c, on)).flatMap(Optional::stream)
                .toList();
    }

    private Funds.Fund proposable(long id) {
        Funds.Fund fund = funds.get(id);
        permissions.checkAt("support.propose", fund.unitPath());
        return fund;
    }

    // ---- a support and its steps ----

    @GetMapping("/fund/supports/{id}")
    String support(@PathVariable long id, Model model) {
        Supports.Support s = supports.get(id);
        Optional<Funds.Fund> fund = funds.find(s.fundId());
        model.addAttribute("s", s);
        model.addAttribute("fundName", fund.map(Funds.Fund::name).orElseGet(() -> funds.all().stream()
                .filter(f -> f.id() == s.fundId()).map(Funds.Fund::name).findFirst().orElse("")));
        model.addAttribute("fund", fund.orElse(null));
        model.addAttribute("area", territory.find(s.areaCode(), s.proposedOn(), UnitScope.ALL)
                .map(UnitView::fullName).orElse(s.areaCode()));
        model.addAttribute("category", supports.category(s.category()).orElse(null));
        model.addAttribute("today", Dates.show(today.date()));
        String state = s.state();
        boolean decide = supports.may(s, "support.decide");
        boolean pay = supports.may(s, "support.pay");
        boolean propose = supports.may(s, "support.propose");
        model.addAttribute("mayDecide", decide && "PROPOSED".equals(state));
        model.addAttribute("mayWithdraw", propose && "PROPOSED".equals(state));
        model.addAttribute("mayPay", pay && "DECIDED".equals(state));
        model.addAttribute("mayHandOver", (pay || propose) && "PAID".equals(state) && supports.housing(s.category()));
        model.addAttribute("mayOverdraft", decide && "DECIDED".equals(state));
        if ((pay || decide) && "DECIDED".equals(state)) {
            Map<String, Long> from = new LinkedHashMap<>();
            supports.payableFrom(s.fundId()).forEach(a -> from.put(a, ledger.balance(s.fundId(), a)));
            model.addAttribute("payFrom", from);
            model.addAttribute("accountNames", accountNames(s.fundId()));
            model.addAttribute("payConfirm", messages.getMessage("fundsupport.pay.confirm",
                    new Object[] {fmt.money(s.amount())}, LocaleContextHolder.getLocale()));
        }
        if (s.entryId() != null) {
            model.addAttribute("entry", ledger.entry(s.entryId()).orElse(null));
        }
        return "fund/support";
    }

    @PostMapping("/fund/supports/{id}/decide")
    String decide(@PathVariable long id, @RequestParam(defaultValue = "") String decisionNumber,
            @RequestParam(defaultValue = "") String date, RedirectAttributes redirect) {
        return step(id, redirect, "fundsupport.decided", () -> supports.decide(id, decisionNumber, date(date)));
    }

    @PostMapping("/fund/supports/{id}/refuse")
    String refuse(@PathVariable long id, @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "") String date, RedirectAttributes redirect) {
        return step(id, redirect, "fundsupport.refusedDone", () -> supports.refuse(id, reason, date(date)));
    }

    @PostMapping("/fund/supports/{id}/withdraw")
    String withdraw(@PathVariable long id, @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        return step(id, redirect, "fundsupport.withdrawnDone", () -> supports.withdraw(id, reason));
    }

    @PostMapping("/fund/supports/{id}/pay")
    String pay(@PathVariable long id, @RequestParam(defaultValue = "") String account,
            @RequestParam(defaultValue = "") String document, @RequestParam(defaultValue = "") String date,
            RedirectAttributes redirect) {
        return step(id, redirect, "fundsupport.paidDone", () -> supports.pay(id, account, document, date(date)));
    }

    /**
     * The board's decision that lets an account of the fund go below zero within a limit (an advance), recorded
     * before a payment the balance does not cover; {@link Ledger#allowOverdraft} audits it.
     */
    @PostMapping("/fund/supports/{id}/overdraft")
    String overdraft(@PathVariable long id, @RequestParam(defaultValue = "") String account,
            @RequestParam(defaultValue = "") String decisionNumber, @RequestParam(defaultValue = "") String limit,
            @RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to,
            RedirectAttributes redirect) {
        Supports.Support s = supports.get(id);
        return step(id, redirect, "fundsupport.overdraftDone", () -> {
            long amount;
            try {
                amount = Long.parseLong(limit.replace(".", "").replace(" ", "").strip());
            } catch (NumberFormatException e) {
                throw new Refused("limit", "fund.amount.range");
            }
            if (!supports.payableFrom(s.fundId()).contains(account)) {
                throw new Refused("account", "fund.ledger.account.invalid");
            }
            ledger.allowOverdraft(s.fundId(), account, decisionNumber, amount, date(from), date(to));
        });
    }

    @PostMapping("/fund/supports/{id}/hand-over")
    String handOver(@PathVariable long id, @RequestParam(defaultValue = "") String date,
            RedirectAttributes redirect) {
        return step(id, redirect, "fundsupport.handedOverDone", () -> supports.handOver(id, date(date)));
    }

    private String step(long id, RedirectAttributes redirect, String done, Runnable action) {
        supports.get(id);
        try {
            action.run();
            redirect.addFlashAttribute("notice", messages.getMessage(done, null, LocaleContextHolder.getLocale()));
        } catch (Refused refused) {
            redirect.addFlashAttribute("errors", texts(refused));
        }
        return "redirect:/fund/supports/" + id;
    }

    /** A date typed by the user; an unreadable one is refused beside the field (and changes nothing). */
    private static LocalDate date(String text) {
        return Dates.parse(text).orElseThrow(() -> new Refused("date", "fund.date.invalid"));
    }

    // ---- rates ----

    record RateForm(Long id, String category, String unitCode, String amount, String validFrom, String validTo,
            String source, Boolean confirmed) {
    }

    @GetMapping("/fund/support-rates")
    String rates(@RequestParam(required = false) Long edit, Model model) {
        RateForm form = edit == null ? null : supports.rateLine(edit).filter(r -> supports.mayEditRate(r.unitCode()))
                .map(r -> new RateForm(r.id(), r.category(), r.unitCode() == null ? "" : r.unitCode(),
                        String.valueOf(r.amount()), Dates.show(r.validFrom()),
                        r.validTo() == null ? "" : Dates.show(r.validTo().minusDays(1)), r.source(),
                        r.confirmed()))
                .orElse(null);
        return ratesPage(form, form == null ? null : form.id(), List.of(), model);
    }

    @PostMapping("/fund/support-rates")
    String saveRate(RateForm form, Model model, RedirectAttributes redirect) {
        List<String> errors = new ArrayList<>();
        Long amount = null;
        try {
            amount = Long.parseLong(form.amount() == null ? "" : form.amount().replace(".", "").replace(" ", "")
                    .strip());
        } catch (NumberFormatException e) {
            errors.add(text("amount", "fund.amount.range"));
        }
        LocalDate from = Dates.parse(form.validFrom()).orElse(null);
        if (from == null) {
            errors.add(text("validFrom", "fund.date.invalid"));
        }
        LocalDate to = null;
        if (form.validTo() != null && !form.validTo().isBlank()) {
            // typed as the last day the line holds; stored as the first day it no longer does
            to = Dates.parse(form.validTo()).filter(d -> d.isBefore(Dates.MAX)).map(d -> d.plusDays(1)).orElse(null);
            if (to == null) {
                errors.add(text("validTo", "fund.date.invalid"));
            }
        }
        if (!errors.isEmpty()) {
            return ratesPage(form, form.id(), errors, model);
        }
        try {
            supports.saveRate(form.id(), new Supports.RateForm(form.category(), form.unitCode(), amount, from, to,
                    form.source(), Boolean.TRUE.equals(form.confirmed())));
            redirect.addFlashAttribute("notice", messages.getMessage("fundsupport.rate.saved", null,
                    LocaleContextHolder.getLocale()));
            return "redirect:/fund/support-rates";
        } catch (Refused refused) {
            return ratesPage(form, form.id(), texts(refused), model);
        }
    }

    @PostMapping("/fund/support-rates/{id}/delete")
    String deleteRate(@PathVariable long id, RedirectAttributes redirect) {
        try {
            supports.deleteRate(id);
            redirect.addFlashAttribute("notice", messages.getMessage("fundsupport.rate.deleted", null,
                    LocaleContextHolder.getLocale()));
        } catch (Refused refused) {
            redirect.addFlashAttribute("errors", texts(refused));
        }
        return "redirect:/fund/support-rates";
    }

    // ---- categories ----

    @GetMapping("/fund/support-categories/{code}")
    String category(@PathVariable String code, Model model) {
        Supports.Category c = categoryOr404(code);
        return categoryPage(c, c.registerOnly(), c.basis(), List.of(), model);
    }

    @PostMapping("/fund/support-categories/{code}")
    String saveCategory(@PathVariable String code, @RequestParam(defaultValue = "false") boolean registerOnly,
            @RequestParam(defaultValue = "") String basis, Model model, RedirectAttributes redirect,
            jakarta.servlet.http.HttpServletResponse response) {
        Supports.Category c = categoryOr404(code);
        try {
            supports.saveCategory(c.code(), registerOnly, basis);
        } catch (Refused refused) {
            response.setStatus(400);
            return categoryPage(c, registerOnly, basis, texts(refused), model);
        }
        redirect.addFlashAttribute("notice", messages.getMessage("fundsupport.category.saved", null,
                LocaleContextHolder.getLocale()));
        return "redirect:/fund/support-rates#rules";
    }

    private Supports.Category categoryOr404(String code) {
        if (!supports.mayEditCategories()) {
            throw new org.springframework.security.access.AccessDeniedException("may not edit support categories");
        }
        return (code.length() > 20 ? java.util.Optional.<Supports.Category>empty() : supports.category(code))
                .orElseThrow(() -> new vn.chungsuc.fund.domain.NotFound("category", "fundsupport.category.unknown",
                        code));
    }

    private String categoryPage(Supports.Category c, boolean registerOnly, String basis, List<String> errors,
            Model model) {
        model.addAttribute("category", c);
        model.addAttribute("registerOnly", registerOnly);
        model.addAttribute("basis", basis);
        model.addAttribute("errors", errors);
        return "fund/support-category";
    }

    private String ratesPage(RateForm form, Long editing, List<String> errors, Model model) {
        List<Supports.Rate> rates = supports.rates();
        Map<Long, Boolean> editable = new LinkedHashMap<>();
        Map<String, String> unitNames = new LinkedHashMap<>();
        for (Supports.Rate r : rates) {
            editable.put(r.id(), supports.mayEditRate(r.unitCode()));
            if (r.unitCode() != null) {
                unitNames.computeIfAbsent(r.unitCode(), c -> territory.latest(c).map(u -> u.fullName()).orElse(c));
            }
        }
        // the units the user may write lines for: his funds' units and the provinces above them
        Map<String, String> units = new LinkedHashMap<>();
        if (supports.mayEditRate(null)) {
            units.put("", messages.getMessage("fundsupport.rate.national", null, LocaleContextHolder.getLocale()));
        }
        for (Funds.Fund f : funds.visible()) {
            List<String> path = java.util.Arrays.stream(f.unitPath().split("/")).filter(c -> !c.isEmpty()).toList();
            for (String code : path.size() > 1 ? path.subList(1, path.size()) : path) {
                if (!units.containsKey(code) && supports.mayEditRate(code)) {
                    units.put(code, territory.latest(code).map(u -> u.fullName()).orElse(code));
                }
            }
        }
        if (form != null && form.unitCode() != null && !form.unitCode().isBlank()
                && !units.containsKey(form.unitCode()) && supports.mayEditRate(form.unitCode())) {
            units.put(form.unitCode(), territory.latest(form.unitCode()).map(u -> u.fullName()).orElse(form.unitCode()));
        }
        model.addAttribute("rates", rates);
        model.addAttribute("editable", editable);
        model.addAttribute("unitNames", unitNames);
        model.addAttribute("units", units);
        model.addAttribute("categories", supports.categoryRules());
        model.addAttribute("form", form == null ? new RateForm(null, "HOUSE_NEW", units.keySet().stream()
                .filter(k -> !k.isEmpty()).findFirst().orElse(""), "", Dates.show(today.date()), "", "", false)
                : form);
        model.addAttribute("editing", editing);
        model.addAttribute("errors", errors);
        model.addAttribute("mayAdd", !units.isEmpty());
        model.addAttribute("mayEditCategories", supports.mayEditCategories());
        return "fund/support-rates";
    }

    // ---- helpers ----

    private static Supports.Filter filter(String q, String state, String category, String year) {
        Integer y = null;
        if (year != null && year.strip().matches("[0-9]{4}")) {
            y = Integer.parseInt(year.strip());
        }
        return new Supports.Filter(q, state, category, y);
    }

    private static String queryRest(Supports.Filter f) {
        StringBuilder b = new StringBuilder("q=").append(org.springframework.web.util.UriUtils
                .encodeQueryParam(f.q(), java.nio.charset.StandardCharsets.UTF_8));
        if (f.state() != null) {
            b.append("&state=").append(f.state());
        }
        if (f.category() != null) {
            b.append("&category=").append(org.springframework.web.util.UriUtils
                    .encodeQueryParam(f.category(), java.nio.charset.StandardCharsets.UTF_8));
        }
        if (f.year() != null) {
            b.append("&year=").append(f.year());
        }
        return b.toString();
    }

    private Map<String, String> areaNames(List<Supports.Support> rows) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Supports.Support s : rows) {
            names.computeIfAbsent(s.areaCode(), c -> territory.find(c, s.proposedOn(), UnitScope.ALL)
                    .map(UnitView::fullName).orElse(c));
        }
        return names;
    }

    private Map<String, String> accountNames(long fundId) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> names = new LinkedHashMap<>();
        names.put(LedgerAccounts.CASH, messages.getMessage("fund.ledger.account.CASH", null, locale));
        funds.accounts(fundId).forEach(a -> names.put(a.ledgerCode(), a.bankName() + " " + a.accountNumber()));
        return names;
    }

    private String text(String field, String key) {
        return texts(new Refused(field, key)).get(0);
    }

    /** Each reason with the name of its field first ("Số chứng từ: Không được để trống."). */
    private List<String> texts(Refused refused) {
        Locale locale = LocaleContextHolder.getLocale();
        return refused.reasons().stream().map(r -> {
            String label = r.field() == null ? null
                    : messages.getMessage("fundsupport.field." + r.field(), null, null, locale);
            String text = r.text(messages, locale);
            return label == null ? text : label + ": " + text;
        }).toList();
    }
}
