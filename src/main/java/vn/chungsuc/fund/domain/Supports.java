package vn.chungsuc.fund.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chungsuc.fund.FundPermissions;
import vn.chungsuc.poverty.PovertyApi;
import vn.chungsuc.poverty.PovertyClass;
import vn.chungsuc.registry.HouseholdRef;
import vn.chungsuc.registry.RegistryApi;
import vn.chungsuc.shared.audit.AuditLog;
import vn.chungsuc.shared.problem.Refused;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.shared.stats.StatisticChanged;
import vn.chungsuc.shared.time.Dates;
import vn.chungsuc.shared.time.Today;
import vn.chungsuc.territory.TerritoryApi;
import vn.chungsuc.territory.UnitView;

/**
 * Support paid out (QĐ 1198/QĐ-MTTW-ĐCT 2016; HD 96/HD-MTTW-BTT 2017: beneficiaries are poor and near-poor
 * households by the standard in force, and households and persons in especially difficult circumstances): a
 * proposal for a household of the poverty register (its class on the proposal's date, through {@link PovertyApi})
 * or for a person in hardship; the board's decision, to approve with its number or to refuse with a reason; the
 * payment posted to the ledger (debit the category's support account, credit cash or one of the fund's bank
 * accounts; the ledger refuses a negative balance without a recorded decision); for a house, the day it is handed
 * over. Which categories go only to the register's poor and near-poor is data with its basis
 * ({@code fund_support_category}); amounts are rate lines with their source and dates ({@code fund_support_rate}),
 * the deepest unit's line first (commune, district, province, then the national line).
 */
@Service("fundSupports")
@Transactional(readOnly = true)
public class Supports {

    public static final List<String> STATES = List.of("PROPOSED", "DECIDED", "PAID", "HANDED_OVER", "REFUSED",
            "WITHDRAWN");
    public static final List<String> RECIPIENTS = List.of("HOUSEHOLD", "PERSON");
    /** The most rows one export writes; a list beyond it is narrowed by its filters first. */
    public static final int EXPORT_LIMIT = 100_000;

    private final JdbcClient jdbc;
    private final Funds funds;
    private final Ledger ledger;
    private final FundPermissions permissions;
    private final PovertyApi poverty;
    private final RegistryApi registry;
    private final TerritoryApi territory;
    private final AuditLog audit;
    private final Today today;
    private final ApplicationEventPublisher events;

    Supports(JdbcClient jdbc, Funds funds, Ledger ledger, FundPermissions permissions, PovertyApi poverty,
            RegistryApi registry, TerritoryApi territory, AuditLog audit, Today today,
            ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.funds = funds;
        this.ledger = ledger;
        this.permissions = permissions;
        this.poverty = poverty;
        this.registry = registry;
        this.territory = territory;
        this.audit = audit;
        this.today = today;
    }

    /** A category: whether it is a house, whether only the register's poor and near-poor may get it, and why. */
    public record Category(String code, boolean housing, boolean registerOnly, String basis) {
    }

    /** A rate line: the amount for a category in a unit's subtree (null: the whole country) over dates. */
    public record Rate(long id, String category, String unitCode, long amount, LocalDate validFrom,
            LocalDate validTo, String source, boolean confirmed) {
    }

    public record Support(long id, long fundId, String recipientKind, String householdCode, String headName,
            String areaCode, String category, long amount, String povertyClass, LocalDate proposedOn,
            String proposedBy, String reason, String decisionNumber, LocalDate decidedOn, String decidedBy,
            LocalDate refusedOn, String refusalReason, LocalDate withdrawnOn, String withdrawalReason,
            LocalDate paidOn, String paymentDocument, String paidFrom, String paidBy, Long entryId,
            LocalDate handedOverOn) {

        public String state() {
            if (withdrawnOn != null) {
                return "WITHDRAWN";
            }
            if (refusedOn != null) {
                return "REFUSED";
            }
            return handedOverOn != null ? "HANDED_OVER" : paidOn != null ? "PAID" : decidedOn != null ? "DECIDED"
                    : "PROPOSED";
        }

        /** Still on its way to the household: neither refused nor withdrawn. */
        public boolean live() {
            return withdrawnOn == null && refusedOn == null;
        }
    }

    // ---- categories and rates ----

    public List<String> categories() {
        return jdbc.sql("select code from fund_support_category order by sort").query(String.class).list();
    }

    public List<Category> categoryRules() {
        return jdbc.sql("select * from fund_support_category order by sort").query((rs, i) -> category(rs)).list();
    }

    public Optional<Category> category(String code) {
        return jdbc.sql("select * from fund_support_category where code = :c").param("c", code)
                .query((rs, i) -> category(rs)).optional();
    }

    /**
     * Whether the user may change the categories' rules: they hold for every fund, so the administrator or who holds
     * the national rate lines ({@code support.rate} over the whole country).
     */
    public boolean mayEditCategories() {
        return permissions.administrator() || mayEditRate(null);
    }

    /**
     * Changes a category's rule: whether it goes only to the register's poor and near-poor households, and the rule's
     * legal basis (required, at most 1,000 characters). Audited; proposals already made keep what they were
     * checked against. The category's name follows the screen's language bundle and is not data.
     */
    @Transactional
    public void saveCategory(String code, boolean registerOnly, String basis) {
        if (!mayEditCategories()) {
            throw new AccessDeniedException("may not edit support categories");
        }
        Category before = (code == null || code.length() > 20 ? Optional.<Category>empty() : category(code))
                .orElseThrow(() -> new NotFound("category", "fundsupport.category.unknown", code));
        List<Refused.Reason> wrong = new ArrayList<>();
        String text = Funds.reasonText(basis, "basis", 1000, wrong);
        if (!wrong.isEmpty()) {
            throw new Refused(wrong);
        }
        jdbc.sql("update fund_support_category set register_only = :r, basis = :b where code = :c")
                .param("r", registerOnly).param("b", text).param("c", before.code()).update();
        audit.record("UPDATE", "fund.support.category", before.code(), "Loại hỗ trợ " + before.code(),
                Map.of("registerOnly", before.registerOnly(), "basis", before.basis()),
                Map.of("registerOnly", registerOnly, "basis", text));
    }

    public boolean housing(String category) {
        return category(category).map(Category::housing).orElse(false);
    }

    public List<Rate> rates() {
        return jdbc.sql("select * from fund_support_rate order by category, unit_code nulls first, valid_from desc, id")
                .query((rs, i) -> rate(rs)).list();
    }

    public Optional<Rate> rateLine(long id) {
        return jdbc.sql("select * from fund_support_rate where id = :id").param("id", id).query((rs, i) -> rate(rs))
                .optional();
    }

    /**
     * The amount for a category in a residential area on a date: the line of the deepest unit above the area (its
     * commune before its district, its district before its province), else the national line.
     */
    public Optional<Rate> rate(String category, UnitView area, LocalDate on) {
        List<String> path = area.pathCodes();
        return jdbc.sql("""
                select * from fund_support_rate where category = :c and valid_from <= :d
                  and (valid_to is null or valid_to > :d)""").param("c", category).param("d", on)
                .query((rs, i) -> rate(rs)).list().stream()
                .filter(r -> r.unitCode() == null || path.contains(r.unitCode()))
                .max(Comparator.comparingInt((Rate r) -> r.unitCode() == null ? -1 : path.indexOf(r.unitCode())));
    }

    /** The amount for a category in a province on a date (kept for callers that know only the province). */
    public Optional<Rate> rate(String category, String provinceCode, LocalDate on) {
        return jdbc.sql("""
                select * from fund_support_rate where category = :c and valid_from <= :d
                  and (valid_to is null or valid_to > :d) and (unit_code = :p or unit_code is null)
                order by unit_code nulls last, valid_from desc limit 1""").param("c", category)
                .param("p", provinceCode).param("d", on).query((rs, i) -> rate(rs)).optional();
    }

    /** Whether the user may edit a rate line of the unit (null: a national line, for who holds everything). */
    public boolean mayEditRate(String unitCode) {
        if (unitCode == null) {
            return permissions.mayAt("support.rate", "/");
        }
        return permissions.may("support.rate", unitCode);
    }

    public record RateForm(String category, String unitCode, Long amount, LocalDate validFrom, LocalDate validTo,
            String source, boolean confirmed) {
    }

    /**
     * Adds a rate line (id null) or changes one. Refused: an unknown category or unit, an amount outside
     * 1 … {@link Ledger#MAX_AMOUNT}, dates out of bounds or in the wrong order, no source, and a period that
     * overlaps another line of the same category and unit. Proposals keep the amount they were made with.
     */
    @Transactional
    public long saveRate(Long id, RateForm f) {
        Optional<Rate> before = id == null ? Optional.empty() : rateLine(id);
        if (id != null && before.isEmpty()) {
            throw new NotFound("rate", "fundsupport.rate.unknown", id);
        }
        String unit = f.unitCode() == null || f.unitCode().isBlank() ? null : f.unitCode().strip();
        before.ifPresent(b -> {
            if (!mayEditRate(b.unitCode())) {
                throw new AccessDeniedException("may not edit rate " + id);
            }
        });
        List<Refused.Reason> wrong = new ArrayList<>();
        if (f.category() == null || !categories().contains(f.category())) {
            wrong.add(Refused.Reason.of("category", "fund.choice.invalid", String.join(", ", categories())));
        }
        if (unit != null && (unit.length() > 40 || territory.latest(unit).isEmpty())) {
            wrong.add(Refused.Reason.of("unitCode", "fund.unit.unknown", unit));
        } else if (!mayEditRate(unit)) {
            throw new AccessDeniedException("may not edit rates of " + unit);
        }
        if (f.amount() == null || f.amount() <= 0 || f.amount() > Ledger.MAX_AMOUNT) {
            wrong.add(Refused.Reason.of("amount", "fund.amount.range"));
        }
        if (f.validFrom() == null || !Dates.inBounds(f.validFrom())) {
            wrong.add(Refused.Reason.of("validFrom", "fund.date.invalid"));
        } else if (f.validTo() != null && (!Dates.inBounds(f.validTo()) || !f.validTo().isAfter(f.validFrom()))) {
            wrong.add(Refused.Reason.of("validTo", "fund.date.order"));
        }
        String source = Funds.text(f.source(), "source", 1000, wrong);
        if (!wrong.isEmpty()) {
            throw new Refused(wrong);
        }
        // one line per category, unit and day: lines are checked and written one at a time
        jdbc.sql("select pg_advisory_xact_lock(hashtext('fund_support_rate'))").query().listOfRows();
        Optional<Rate> clash = jdbc.sql("""
                select * from fund_support_rate where category = :c and unit_code is not distinct from :u
                  and (:id::bigint is null or id <> :id::bigint)
                  and valid_from < coalesce(:to::date, 'infinity'::date)
                  and coalesce(valid_to, 'infinity'::date) > :from::date
                order by valid_from limit 1""").param("c", f.category()).param("u", unit).param("id", id)
                .param("from", f.validFrom()).param("to", f.validTo()).query((rs, i) -> rate(rs)).optional();
        if (clash.isPresent()) {
            Rate c = clash.get();
            throw new Refused("validFrom", "fundsupport.rate.overlap", Dates.show(c.validFrom()),
                    c.validTo() == null ? "…" : Dates.show(c.validTo().minusDays(1)), c.amount());
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("category", f.category());
        after.put("unit", unit == null ? "" : unit);
        after.put("amount", f.amount());
        after.put("from", f.validFrom().toString());
        after.put("to", f.validTo() == null ? "" : f.validTo().toString());
        after.put("confirmed", f.confirmed());
        long saved;
        if (id == null) {
            saved = jdbc.sql("""
                    insert into fund_support_rate (category, unit_code, amount, valid_from, valid_to, source, confirmed,
                        recorded_by) values (:c, :u, :a, :from, :to, :s, :ok, :by) returning id""")
                    .param("c", f.category()).param("u", unit).param("a", f.amount()).param("from", f.validFrom())
                    .param("to", f.validTo()).param("s", source).param("ok", f.confirmed())
                    .param("by", permissions.username()).query(Long.class).single();
            audit.record("CREATE", "fund.support.rate", String.valueOf(saved), "Mức hỗ trợ " + f.category(), null,
                    after);
        } else {
            Rate b = before.get();
            jdbc.sql("""
                    update fund_support_rate set category = :c, unit_code = :u, amount = :a, valid_from = :from,
                        valid_to = :to, source = :s, confirmed = :ok, recorded_by = :by, recorded_at = now()
                    where id = :id""").param("c", f.category()).param("u", unit).param("a", f.amount())
                    .param("from", f.validFrom()).param("to", f.validTo()).param("s", source)
                    .param("ok", f.confirmed()).param("by", permissions.username()).param("id", id).update();
            saved = id;
            audit.record("UPDATE", "fund.support.rate", String.valueOf(id), "Mức hỗ trợ " + f.category(),
                    Map.of("amount", b.amount(), "from", b.validFrom().toString(),
                            "to", b.validTo() == null ? "" : b.validTo().toString(), "confirmed", b.confirmed()),
                    after);
        }
        return saved;
    }

    /** Removes a rate line (a line typed in error); proposals made with it keep their amount. */
    @Transactional
    public void deleteRate(long id) {
        Rate r = rateLine(id).orElseThrow(() -> new NotFound("rate", "fundsupport.rate.unknown", id));
        if (!mayEditRate(r.unitCode())) {
            throw new AccessDeniedException("may not delete rate " + id);
        }
        jdbc.sql("delete from fund_support_rate where id = :id").param("id", id).update();
        audit.record("DELETE", "fund.support.rate", String.valueOf(id), "Mức hỗ trợ " + r.category(),
                Map.of("category", r.category(), "amount", r.amount(), "from", r.validFrom().toString()), null);
    }

    // ---- proposals ----

    /**
     * A proposal before it is saved. For a household: its code, head and area on the date; for a person in hardship:
     * the name and the area chosen. The poverty class is the register's on the date (null for a person).
     */
    public record Proposal(long fundId, String recipientKind, String householdCode, String name, UnitView area,
            String category, long amount, Rate rate, PovertyClass povertyClass, String reason, LocalDate on) {
    }

    /** What an officer asks for; the amount is the rate's when none is given. */
    public record NewSupport(long fundId, String recipientKind, String householdCode, String personName,
            String areaCode, String category, Long amount, String reason, LocalDate on) {
    }

    /** Checks a proposal and says what it will be (class on the date, rate, amount); saves nothing. */
    public Proposal check(NewSupport n) {
        Funds.Fund fund = funds.get(n.fundId());
        if (!permissions.mayAt("support.propose", fund.unitPath())) {
            throw new AccessDeniedException("may not propose support from fund " + n.fundId());
        }
        LocalDate on = n.on();
        if (on == null || !Dates.inBounds(on) || on.isAfter(today.date())) {
            throw new Refused("date", "fund.date.invalid");
        }
        if (!fund.openOn(on)) {
            throw new Refused("date", "fund.date.outsideFund", fund.validFrom(),
                    fund.validTo() == null ? "" : fund.validTo().minusDays(1));
        }
        List<Refused.Reason> wrong = new ArrayList<>();
        String kind = n.recipientKind() == null || n.recipientKind().isBlank() ? "HOUSEHOLD" : n.recipientKind();
        if (!RECIPIENTS.contains(kind)) {
            throw new Refused("recipientKind", "fund.choice.invalid", String.join(", ", RECIPIENTS));
        }
        Optional<Category> category = n.category() == null ? Optional.empty() : category(n.category());
        if (category.isEmpty()) {
            wrong.add(Refused.Reason.of("category", "fund.choice.invalid", String.join(", ", categories())));
        }
        String why = Funds.reasonText(n.reason(), "reason", 500, wrong);
        String code = null;
        String name;
        UnitView area;
        PovertyClass cls = null;
        if ("HOUSEHOLD".equals(kind)) {
            String asked = n.householdCode() == null ? "" : n.householdCode().strip();
            HouseholdRef household = asked.isEmpty() || asked.length() > 40 ? null
                    : registry.household(asked, on).orElse(null);
            area = household == null ? null : inFund(fund, household.areaCode(), on);
            if (area == null) {
                // a household outside the fund's units on that date reads as unknown
                throw new Refused("householdCode", "fund.support.household.unknown", asked);
            }
            code = household.code();
            name = household.headName();
            cls = poverty.status(code, on);
            if (category.isPresent() && category.get().registerOnly() && cls == PovertyClass.NOT_POOR) {
                wrong.add(Refused.Reason.of("householdCode", "fundsupport.notPoor", Dates.show(on),
                        category.get().basis()));
            }
            if (category.isPresent() && openProposal(code, category.get().code()).isPresent()) {
                wrong.add(Refused.Reason.of("householdCode", "fundsupport.already",
                        openProposal(code, category.get().code()).get()));
            }
        } else {
            name = Funds.text(n.personName(), "personName", 200, wrong);
            String asked = n.areaCode() == null ? "" : n.areaCode().strip();
            area = asked.isEmpty() || asked.length() > 40 ? null : inFund(fund, asked, on);
            if (area == null) {
                wrong.add(Refused.Reason.of("areaCode", "fundsupport.area.unknown"));
            }
            if (category.isPresent() && category.get().registerOnly()) {
                wrong.add(Refused.Reason.of("recipientKind", "fundsupport.registerOnly", category.get().basis()));
            }
        }
        Rate rate = null;
        long value = n.amount() == null ? 0 : n.amount();
        if (category.isPresent() && area != null) {
            rate = rate(category.get().code(), area, on).orElse(null);
            if (n.amount() == null) {
                if (rate == null) {
                    wrong.add(Refused.Reason.of("amount", "fund.support.rate.none"));
                } else {
                    value = rate.amount();
                }
            }
        }
        if (n.amount() != null && (value <= 0 || value > Ledger.MAX_AMOUNT)) {
            wrong.add(Refused.Reason.of("amount", "fund.amount.range"));
        }
        if (!wrong.isEmpty()) {
            throw new Refused(wrong);
        }
        return new Proposal(fund.id(), kind, code, name, area, category.get().code(), value, rate, cls, why, on);
    }

    /** Saves a proposal that {@link #check} accepts. */
    @Transactional
    public long propose(NewSupport n) {
        Proposal p = check(n);
        long id = jdbc.sql("""
                insert into fund_support (fund_id, recipient_kind, household_code, head_name, area_code, category,
                    amount, poverty_class, proposed_on, proposed_by, reason)
                values (:f, :k, :h, :head, :area, :c, :a, :cls, :d, :by, :r) returning id""").param("f", p.fundId())
                .param("k", p.recipientKind()).param("h", p.householdCode()).param("head", p.name())
                .param("area", p.area().code()).param("c", p.category()).param("a", p.amount())
                .param("cls", p.povertyClass() == null ? null : p.povertyClass().name()).param("d", p.on())
                .param("by", permissions.username()).param("r", p.reason()).query(Long.class).single();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("fund", p.fundId());
        values.put("recipient", p.recipientKind());
        values.put("category", p.category());
        values.put("amount", p.amount());
        values.put("class", p.povertyClass() == null ? "" : p.povertyClass().name());
        audit.record("CREATE", "fund.support", String.valueOf(id), "Đề xuất hỗ trợ "
                + (p.householdCode() == null ? p.name() : "hộ " + p.householdCode()), null, values);
        return id;
    }

    /** A proposal for a household of the register (the demo's and the older callers' form). */
    @Transactional
    public long propose(long fundId, String householdCode, String category, Long amount, String reason,
            LocalDate on) {
        return propose(new NewSupport(fundId, "HOUSEHOLD", householdCode, null, null, category, amount, reason, on));
    }

    /** The board approves: its decision's number and date. */
    @Transactional
    public void decide(long supportId, String decisionNumber, LocalDate on) {
        Support s = manageable(supportId, "support.decide");
        if (!"PROPOSED".equals(s.state())) {
            throw new Refused("support", "fund.support.state", s.state());
        }
        List<Refused.Reason> wrong = new ArrayList<>();
        String number = Funds.text(decisionNumber, "decisionNumber", 100, wrong);
        if (on == null || !Dates.inBounds(on) || on.isAfter(today.date()) || on.isBefore(s.proposedOn())) {
            wrong.add(Refused.Reason.of("date", "fund.date.invalid"));
        }
        if (!wrong.isEmpty()) {
            throw new Refused(wrong);
        }
        jdbc.sql("update fund_support set decision_number = :n, decided_on = :d, decided_by = :by where id = :id")
                .param("n", number).param("d", on).param("by", permissions.username()).param("id", supportId)
                .update();
        audit.record("DECIDE", "fund.support", String.valueOf(supportId), "Quyết định hỗ trợ " + number,
                Map.of("state", s.state()), Map.of("decision", number, "date", on.toString()));
    }

    /** The board refuses a proposal, with its reason; nothing is paid and the proposal stays on record. */
    @Transactional
    public void refuse(long supportId, String reason, LocalDate on) {
        Support s = manageable(supportId, "support.decide");
        if (!"PROPOSED".equals(s.state())) {
            throw new Refused("support", "fund.support.state", s.state());
        }
        List<Refused.Reason> wrong = new ArrayList<>();
        String why = Funds.reasonText(reason, "reason", 500, wrong);
        if (on == null || !Dates.inBounds(on) || on.isAfter(today.date()) || on.isBefore(s.proposedOn())) {
            wrong.add(Refused.Reason.of("date", "fund.date.invalid"));
        }
        if (!wrong.isEmpty()) {
            throw new Refused(wrong);
        }
        jdbc.sql("""
                update fund_support set refused_on = :d, refusal_reason = :r, decided_by = :by where id = :id""")
                .param("d", on).param("r", why).param("by", permissions.username()).param("id", supportId).update();
        audit.record("REFUSE", "fund.support", String.valueOf(supportId), "Không duyệt hỗ trợ: " + why,
                Map.of("state", s.state()), Map.of("reason", why, "date", on.toString()));
    }

    /** Who proposed may withdraw a proposal the board has not decided yet, with a reason. */
    @Transactional
    public void withdraw(long supportId, String reason) {
        Support s = manageable(supportId, "support.propose");
        if (!"PROPOSED".equals(s.state())) {
            throw new Refused("support", "fund.support.state", s.state());
        }
        List<Refused.Reason> wrong = new ArrayList<>();
        String why = Funds.reasonText(reason, "reason", 500, wrong);
        if (!wrong.isEmpty()) {
            throw new Refused(wrong);
        }
        jdbc.sql("update fund_support set withdrawn_on = :d, withdrawal_reason = :r where id = :id")
                .param("d", today.date()).param("r", why).param("id", supportId).update();
        audit.record("WITHDRAW", "fund.support", String.valueOf(supportId), "Rút đề xuất hỗ trợ: " + why,
                Map.of("state", s.state()), Map.of("reason", why));
    }

    /**
     * Pays a decided support: the ledger entry (debit the category, credit cash or one of the fund's bank accounts)
     * and the payment document. The ledger refuses a payment into a closed period or one that takes the account
     * below zero without the board's recorded decision ({@link Ledger#allowOverdraft}).
     */
    @Transactional
    public void pay(long supportId, String fromAccount, String document, LocalDate on) {
        Support s = manageable(supportId, "support.pay");
        if (!"DECIDED".equals(s.state())) {
            throw new Refused("support", "fund.support.state", s.state());
        }
        List<Refused.Reason> wrong = new ArrayList<>();
        String doc = Funds.text(document, "document", 200, wrong);
        if (on == null || !Dates.inBounds(on) || on.isAfter(today.date()) || on.isBefore(s.decidedOn())) {
            wrong.add(Refused.Reason.of("date", "fund.date.invalid"));
        }
        String account = fromAccount == null || fromAccount.isBlank() ? LedgerAccounts.CASH : fromAccount;
        if (!payableFrom(s.fundId()).contains(account)) {
            wrong.add(Refused.Reason.of("account", "fund.ledger.account.invalid"));
        }
        if (!wrong.isEmpty()) {
            throw new Refused(wrong);
        }
        Ledger.Entry e = ledger.post(new Ledger.Posting(s.fundId(), on, LedgerAccounts.support(s.category()), account,
                s.amount(), "SUPPORT", "SUPPORT:" + s.id(), s.headName() + " – " + doc));
        jdbc.sql("""
                update fund_support set paid_on = :d, payment_document = :doc, entry_id = :e, paid_from = :acc,
                    paid_by = :by where id = :id""").param("d", on).param("doc", doc).param("e", e.id())
                .param("acc", account).param("by", permissions.username()).param("id", supportId).update();
        audit.record("PAY", "fund.support", String.valueOf(supportId), "Chi hỗ trợ " + doc,
                Map.of("state", s.state()), Map.of("entry", e.seq(), "amount", s.amount(), "account", account));
        events.publishEvent(StatisticChanged.at(FundStatistics.PAID_OUT, funds.get(s.fundId()).unitCode(), on));
        events.publishEvent(StatisticChanged.at(FundStatistics.HOUSEHOLDS, s.areaCode(), on));
    }

    /** The fund's accounts a payment may come from: cash and its bank accounts. */
    public List<String> payableFrom(long fundId) {
        List<String> out = new ArrayList<>();
        out.add(LedgerAccounts.CASH);
        funds.accounts(fundId).forEach(a -> out.add(a.ledgerCode()));
        return out;
    }

    /** A house handed over on the date (the Great Unity Day reports it), by the ward or the fund's officer. */
    @Transactional
    public void handOver(long supportId, LocalDate on) {
        Support s = get(supportId);
        String path = funds.get(s.fundId()).unitPath();
        if (!permissions.mayAt("support.propose", path) && !permissions.mayAt("support.pay", path)) {
            throw new AccessDeniedException("may not record a hand-over");
        }
        if (!housing(s.category()) || !"PAID".equals(s.state())) {
            throw new Refused("support", "fund.support.state", s.state());
        }
        if (on == null || !Dates.inBounds(on) || on.isBefore(s.paidOn()) || on.isAfter(today.date())) {
            throw new Refused("date", "fund.date.invalid");
        }
        jdbc.sql("update fund_support set handed_over_on = :d, handed_over_by = :by where id = :id").param("d", on)
                .param("by", permissions.username()).param("id", supportId).update();
        audit.record("HAND_OVER", "fund.support", String.valueOf(supportId), "Bàn giao nhà " + s.headName(),
                Map.of("state", s.state()), Map.of("handedOver", on.toString()));
        events.publishEvent(StatisticChanged.at(FundStatistics.HOUSES, s.areaCode(), on));
    }

    // ---- reads ----

    public List<Support> ofFund(long fundId) {
        funds.get(fundId);
        return jdbc.sql("select * from fund_support where fund_id = :f order by proposed_on desc, id desc")
                .param("f", fundId).query((rs, i) -> support(rs)).list();
    }

    /** What the list's filters ask: words in the head's or person's name or the household code, state, category, year. */
    public record Filter(String q, String state, String category, Integer year) {

        public Filter {
            q = q == null ? "" : q.strip();
            if (q.length() > 100) {
                q = q.substring(0, 100);
            }
            state = state != null && STATES.contains(state) ? state : null;
            category = category == null || category.isBlank() || category.length() > 20 ? null : category;
            year = year == null || year < Dates.MIN.getYear() || year > Dates.MAX.getYear() ? null : year;
        }
    }

    public record Page(List<Support> rows, long total, long amount, int page, int size) {

        public int totalPages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    /** A fund's supports by the filter, newest proposal first, a page at a time. */
    public Page search(long fundId, Filter f, int page, int size) {
        funds.get(fundId);
        String where = where(f);
        Map<String, Object> sum = params(jdbc.sql("select count(*) as n, coalesce(sum(amount), 0) as a "
                + "from fund_support where fund_id = :f" + where), fundId, f).query().singleRow();
        long total = ((Number) sum.get("n")).longValue();
        int pages = (int) Math.max(1, (total + size - 1) / size);
        int p = Math.max(0, Math.min(page, pages - 1));
        List<Support> rows = params(jdbc.sql("select * from fund_support where fund_id = :f" + where
                + " order by proposed_on desc, id desc limit :size offset :off"), fundId, f).param("size", size)
                .param("off", (long) p * size).query((rs, i) -> support(rs)).list();
        return new Page(rows, total, ((Number) sum.get("a")).longValue(), p, size);
    }

    /** Every support of the filter, for the export (at most {@link #EXPORT_LIMIT}). */
    public List<Support> all(long fundId, Filter f) {
        funds.get(fundId);
        return params(jdbc.sql("select * from fund_support where fund_id = :f" + where(f)
                + " order by proposed_on desc, id desc limit " + EXPORT_LIMIT), fundId, f)
                .query((rs, i) -> support(rs)).list();
    }

    private static String where(Filter f) {
        StringBuilder w = new StringBuilder();
        if (!f.q().isEmpty()) {
            w.append(" and (unaccent(lower(head_name)) like '%' || unaccent(lower(:q)) || '%' or household_code = :q)");
        }
        if (f.state() != null) {
            w.append(switch (f.state()) {
                case "WITHDRAWN" -> " and withdrawn_on is not null";
                case "REFUSED" -> " and refused_on is not null";
                case "HANDED_OVER" -> " and handed_over_on is not null";
                case "PAID" -> " and paid_on is not null and handed_over_on is null";
                case "DECIDED" -> " and decided_on is not null and paid_on is null";
                default -> " and decided_on is null and refused_on is null and withdrawn_on is null";
            });
        }
        if (f.category() != null) {
            w.append(" and category = :c");
        }
        if (f.year() != null) {
            w.append(" and proposed_on >= make_date(:y, 1, 1) and proposed_on < make_date(:y + 1, 1, 1)");
        }
        return w.toString();
    }

    private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec spec, long fundId, Filter f) {
        spec = spec.param("f", fundId);
        if (!f.q().isEmpty()) {
            spec = spec.param("q", f.q().replace("%", "").replace("_", " "));
        }
        if (f.category() != null) {
            spec = spec.param("c", f.category());
        }
        if (f.year() != null) {
            spec = spec.param("y", f.year());
        }
        return spec;
    }

    /** The years a fund's proposals were made in, newest first (for the list's filter). */
    public List<Integer> years(long fundId) {
        return jdbc.sql("""
                select distinct extract(year from proposed_on)::int from fund_support where fund_id = :f
                order by 1 desc""").param("f", fundId).query(Integer.class).list();
    }

    /** What a household received from the funds, as far as the user may view the fund or the household's area then. */
    public List<Support> ofHousehold(String householdCode) {
        if (householdCode == null || householdCode.isBlank() || householdCode.length() > 40) {
            return List.of();
        }
        return jdbc.sql("select * from fund_support where household_code = :h order by proposed_on, id")
                .param("h", householdCode.strip()).query((rs, i) -> support(rs)).list().stream()
                .filter(this::visible).toList();
    }

    public boolean anyFor(String householdCode) {
        return jdbc.sql("select count(*) from fund_support where household_code = :h").param("h", householdCode)
                .query(Long.class).single() > 0;
    }

    /** The support, if the user may view its fund or its area on the proposal's date; else 404. */
    public Support get(long id) {
        return jdbc.sql("select * from fund_support where id = :id").param("id", id).query((rs, i) -> support(rs))
                .optional().filter(this::visible)
                .orElseThrow(() -> new NotFound("support", "fund.support.unknown", id));
    }

    /** The residential areas of the fund's unit on the date, for a person in hardship (name order). */
    public List<UnitView> areas(long fundId, LocalDate on) {
        Funds.Fund fund = funds.get(fundId);
        LocalDate d = fund.openOn(on) ? on : fund.validTo() == null ? fund.validFrom() : fund.validTo().minusDays(1);
        return territory.subtree(fund.unitCode(), d, UnitScope.ALL).stream()
                .filter(u -> u.type() != null && u.type().level() == vn.chungsuc.territory.UnitLevel.RESIDENTIAL_AREA)
                .toList();
    }

    /** Whether the user may take the action on the support's fund (for the page's buttons). */
    public boolean may(Support s, String action) {
        return funds.find(s.fundId()).map(f -> permissions.mayAt(action, f.unitPath())).orElse(false);
    }

    private boolean visible(Support s) {
        return funds.find(s.fundId()).isPresent()
                || permissions.may("fund.view", s.areaCode(), s.proposedOn());
    }

    private Optional<Long> openProposal(String householdCode, String category) {
        return jdbc.sql("""
                select id from fund_support where household_code = :h and category = :c and withdrawn_on is null
                  and refused_on is null and paid_on is null order by id limit 1""").param("h", householdCode)
                .param("c", category).query(Long.class).optional();
    }

    /** The area on the date if it lies in the fund's unit on that date (by the unit tree of the date), else null. */
    private UnitView inFund(Funds.Fund fund, String areaCode, LocalDate on) {
        return territory.find(areaCode, on, UnitScope.ALL)
                .filter(a -> a.pathCodes().contains(fund.unitCode()))
                .filter(a -> a.type() != null && a.type().level() == vn.chungsuc.territory.UnitLevel.RESIDENTIAL_AREA)
                .orElse(null);
    }

    private Support manageable(long id, String action) {
        Support s = get(id);
        if (!permissions.mayAt(action, funds.get(s.fundId()).unitPath())) {
            throw new AccessDeniedException("may not " + action);
        }
        return s;
    }

    private static Category category(ResultSet rs) throws SQLException {
        return new Category(rs.getString("code"), rs.getBoolean("housing"), rs.getBoolean("register_only"),
                rs.getString("basis"));
    }

    private static Rate rate(ResultSet rs) throws SQLException {
        return new Rate(rs.getLong("id"), rs.getString("category"), rs.getString("unit_code"),
                rs.getLong("amount"), rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_to", LocalDate.class), rs.getString("source"), rs.getBoolean("confirmed"));
    }

    private static Support support(ResultSet rs) throws SQLException {
        return new Support(rs.getLong("id"), rs.getLong("fund_id"), rs.getString("recipient_kind"),
                rs.getString("household_code"), rs.getString("head_name"), rs.getString("area_code"),
                rs.getString("category"), rs.getLong("amount"), rs.getString("poverty_class"),
                rs.getObject("proposed_on", LocalDate.class), rs.getString("proposed_by"), rs.getString("reason"),
                rs.getString("decision_number"), rs.getObject("decided_on", LocalDate.class),
                rs.getString("decided_by"), rs.getObject("refused_on", LocalDate.class),
                rs.getString("refusal_reason"), rs.getObject("withdrawn_on", LocalDate.class),
                rs.getString("withdrawal_reason"), rs.getObject("paid_on", LocalDate.class),
                rs.getString("payment_document"), rs.getString("paid_from"), rs.getString("paid_by"),
                rs.getObject("entry_id") == null ? null : rs.getLong("entry_id"),
                rs.getObject("handed_over_on", LocalDate.class));
    }
}
