package vn.chungsuc.fund.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import vn.chungsuc.shared.time.Dates;
import vn.chungsuc.shared.time.Today;
import vn.chungsuc.territory.TerritoryApi;
import vn.chungsuc.territory.UnitView;

/**
 * Support paid out (HD 96/HD-MTTW-BTT 2017: beneficiaries are poor and near-poor households by the standard in
 * force): a proposal for a household of the poverty register (its class on the proposal's date, through
 * {@link PovertyApi}, must be poor or near-poor), the board's decision, the payment posted to the ledger (debit the
 * category's support account, credit cash or the bank) and, for a house, the day it is handed over. Amounts come
 * from {@code fund_support_rate}: data with its source and dates, the province's line before the national one.
 */
@Service("fundSupports")
@Transactional(readOnly = true)
public class Supports {

    private final JdbcClient jdbc;
    private final Funds funds;
    private final Ledger ledger;
    private final FundPermissions permissions;
    private final PovertyApi poverty;
    private final RegistryApi registry;
    private final TerritoryApi territory;
    private final AuditLog audit;
    private final Today today;
    private final org.springframework.context.ApplicationEventPublisher events;

    Supports(JdbcClient jdbc, Funds funds, Ledger ledger, FundPermissions permissions, PovertyApi poverty,
            RegistryApi registry, TerritoryApi territory, AuditLog audit, Today today,
            org.springframework.context.ApplicationEventPublisher events) {
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

    public record Rate(long id, String category, String provinceCode, long amount, LocalDate validFrom,
            LocalDate validTo, String source, boolean confirmed) {
    }

    public record Support(long id, long fundId, String householdCode, String headName, String areaCode,
            String category, long amount, String povertyClass, LocalDate proposedOn, String reason,
            String decisionNumber, LocalDate decidedOn, LocalDate paidOn, String paymentDocument, Long entryId,
            LocalDate handedOverOn) {

        public String state() {
            return handedOverOn != null ? "HANDED_OVER" : paidOn != null ? "PAID" : decidedOn != null ? "DECIDED"
                    : "PROPOSED";
        }
    }

    public List<String> categories() {
        return jdbc.sql("select code from fund_support_category order by sort").query(String.class).list();
    }

    public boolean housing(String category) {
        return jdbc.sql("select housing from fund_support_category where code = :c").param("c", category)
                .query(Boolean.class).optional().orElse(false);
    }

    public List<Rate> rates() {
        return jdbc.sql("select * from fund_support_rate order by category, valid_from desc, id")
                .query((rs, i) -> rate(rs)).list();
    }

    /** The amount for a category on a date: the province's line if it has one, else the national one. */
    public Optional<Rate> rate(String category, String provinceCode, LocalDate on) {
        return jdbc.sql("""
                select * from fund_support_rate where category = :c and valid_from <= :d
                  and (valid_to is null or valid_to > :d) and (province_code = :p or province_code is null)
                order by province_code nulls last, valid_from desc limit 1""").param("c", category)
                .param("p", provinceCode).param("d", on).query((rs, i) -> rate(rs)).optional();
    }

    /** A proposal for a household of the register; the amount is the category's rate unless one is given. */
    @Transactional
    public long propose(long fundId, String householdCode, String category, Long amount, String reason,
            LocalDate on) {
        Funds.Fund fund = funds.get(fundId);
        if (!permissions.mayAt("support.propose", fund.unitPath())) {
            throw new AccessDeniedException("may not propose support from fund " + fundId);
        }
        List<Refused.Reason> wrong = new ArrayList<>();
        if (on == null || !Dates.inBounds(on) || on.isAfter(today.date())) {
            throw new Refused("date", "fund.date.invalid");
        }
        if (!categories().contains(category)) {
            wrong.add(Refused.Reason.of("category", "fund.choice.invalid", String.join(", ", categories())));
        }
        String why = Funds.text(reason, "reason", 500, wrong);
        HouseholdRef household = householdCode == null ? null
                : registry.household(householdCode.strip(), on).orElse(null);
        UnitView area = household == null ? null : territory.find(household.areaCode(), on, UnitScope.ALL)
                .orElse(null);
        if (household == null || area == null || !area.path().startsWith(fund.unitPath())) {
            wrong.add(Refused.Reason.of("household", "fund.support.household.unknown",
                    householdCode == null ? "" : householdCode));
        }
        PovertyClass cls = household == null ? null : poverty.status(household.code(), on);
        if (cls == PovertyClass.NOT_POOR) {
            wrong.add(Refused.Reason.of("household", "fund.support.household.notPoor", on));
        }
        long value = amount == null ? 0 : amount;
        if (amount == null && wrong.isEmpty()) {
            String province = area.pathCodes().size() > 1 ? area.pathCodes().get(1) : null;
            value = rate(category, province, on).map(Rate::amount).orElse(0L);
            if (value == 0) {
                wrong.add(Refused.Reason.of("amount", "fund.support.rate.none"));
            }
        }
        if (wrong.isEmpty() && (value <= 0 || value > Ledger.MAX_AMOUNT)) {
            wrong.add(Refused.Reason.of("amount", "fund.amount.range"));
        }
        if (!wrong.isEmpty()) {
            throw new Refused(wrong);
        }
        long id = jdbc.sql("""
                insert into fund_support (fund_id, household_code, head_name, area_code, category, amount,
                    poverty_class, proposed_on, proposed_by, reason)
                values (:f, :h, :head, :area, :c, :a, :cls, :d, :by, :r) returning id""").param("f", fundId)
                .param("h", household.code()).param("head", household.headName()).param("area", area.code())
                .param("c", category).param("a", value).param("cls", cls.name()).param("d", on)
                .param("by", permissions.username()).param("r", why).query(Long.class).single();
        audit.record("CREATE", "fund.support", String.valueOf(id), "Đề xuất hỗ trợ hộ " + household.code(), null,
                Map.of("fund", fundId, "category", category, "amount", value, "class", cls.name()));
        return id;
    }

    @Transactional
    public void decide(long supportId, String decisionNumber, LocalDate on) {
        Support s = manageable(supportId, "support.decide");
        if (s.decidedOn() != null) {
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
        jdbc.sql("update fund_support set decision_number = :n, decided_on = :d where id = :id").param("n", number)
                .param("d", on).param("id", supportId).update();
        audit.record("DECIDE", "fund.support", String.valueOf(supportId), "Quyết định hỗ trợ " + number,
                Map.of("state", s.state()), Map.of("decision", number, "date", on.toString()));
    }

    /** Pays a decided support: the ledger entry (debit the category, credit the account) and the document. */
    @Transactional
    public void pay(long supportId, String fromAccount, String document, LocalDate on) {
        Support s = manageable(supportId, "support.decide");
        if (s.decidedOn() == null || s.paidOn() != null) {
            throw new Refused("support", "fund.support.state", s.state());
        }
        String doc = document == null ? "" : document.strip();
        if (doc.isEmpty() || doc.length() > 200) {
            throw new Refused("document", "fund.required");
        }
        if (on == null || on.isBefore(s.decidedOn())) {
            throw new Refused("date", "fund.date.invalid");
        }
        String account = fromAccount == null ? LedgerAccounts.CASH : fromAccount;
        if (!LedgerAccounts.asset(account)) {
            throw new Refused("account", "fund.ledger.account.invalid");
        }
        Ledger.Entry e = ledger.post(new Ledger.Posting(s.fundId(), on, LedgerAccounts.support(s.category()), account,
                s.amount(), "SUPPORT", "SUPPORT:" + s.id(), s.headName() + " – " + doc));
        jdbc.sql("update fund_support set paid_on = :d, payment_document = :doc, entry_id = :e where id = :id")
                .param("d", on).param("doc", doc).param("e", e.id()).param("id", supportId).update();
        audit.record("PAY", "fund.support", String.valueOf(supportId), "Chi hỗ trợ " + doc,
                Map.of("state", s.state()), Map.of("entry", e.seq(), "amount", s.amount()));
        events.publishEvent(vn.chungsuc.shared.stats.StatisticChanged.at(FundStatistics.PAID_OUT,
                funds.get(s.fundId()).unitCode(), on));
        events.publishEvent(vn.chungsuc.shared.stats.StatisticChanged.at(FundStatistics.HOUSEHOLDS, s.areaCode(), on));
    }

    @Transactional
    public void handOver(long supportId, LocalDate on) {
        Support s = manageable(supportId, "support.decide");
        if (!housing(s.category()) || s.paidOn() == null || s.handedOverOn() != null) {
            throw new Refused("support", "fund.support.state", s.state());
        }
        if (on == null || on.isBefore(s.paidOn()) || on.isAfter(today.date())) {
            throw new Refused("date", "fund.date.invalid");
        }
        jdbc.sql("update fund_support set handed_over_on = :d where id = :id").param("d", on).param("id", supportId)
                .update();
        audit.record("HAND_OVER", "fund.support", String.valueOf(supportId), "Bàn giao nhà hộ " + s.householdCode(),
                Map.of("state", s.state()), Map.of("handedOver", on.toString()));
        events.publishEvent(vn.chungsuc.shared.stats.StatisticChanged.at(FundStatistics.HOUSES, s.areaCode(), on));
    }

    public List<Support> ofFund(long fundId) {
        funds.get(fundId);
        return jdbc.sql("select * from fund_support where fund_id = :f order by proposed_on desc, id desc")
                .param("f", fundId).query((rs, i) -> support(rs)).list();
    }

    /** What a household received from the funds the user may view. */
    public List<Support> ofHousehold(String householdCode) {
        return jdbc.sql("select * from fund_support where household_code = :h order by proposed_on, id")
                .param("h", householdCode).query((rs, i) -> support(rs)).list().stream()
                .filter(s -> funds.find(s.fundId()).isPresent()).toList();
    }

    public boolean anyFor(String householdCode) {
        return jdbc.sql("select count(*) from fund_support where household_code = :h").param("h", householdCode)
                .query(Long.class).single() > 0;
    }

    public Support get(long id) {
        return jdbc.sql("select * from fund_support where id = :id").param("id", id).query((rs, i) -> support(rs))
                .optional().filter(s -> funds.find(s.fundId()).isPresent())
                .orElseThrow(() -> new NotFound("support", "fund.support.unknown", id));
    }

    private Support manageable(long id, String action) {
        Support s = get(id);
        if (!permissions.mayAt(action, funds.get(s.fundId()).unitPath())) {
            throw new AccessDeniedException("may not " + action);
        }
        return s;
    }

    private static Rate rate(ResultSet rs) throws SQLException {
        return new Rate(rs.getLong("id"), rs.getString("category"), rs.getString("province_code"),
                rs.getLong("amount"), rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_to", LocalDate.class), rs.getString("source"), rs.getBoolean("confirmed"));
    }

    private static Support support(ResultSet rs) throws SQLException {
        return new Support(rs.getLong("id"), rs.getLong("fund_id"), rs.getString("household_code"),
                rs.getString("head_name"), rs.getString("area_code"), rs.getString("category"), rs.getLong("amount"),
                rs.getString("poverty_class"), rs.getObject("proposed_on", LocalDate.class), rs.getString("reason"),
                rs.getString("decision_number"), rs.getObject("decided_on", LocalDate.class),
                rs.getObject("paid_on", LocalDate.class), rs.getString("payment_document"),
                rs.getObject("entry_id") == null ? null : rs.getLong("entry_id"),
                rs.getObject("handed_over_on", LocalDate.class));
    }
}
