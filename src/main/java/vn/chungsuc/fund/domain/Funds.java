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
import vn.chungsuc.fund.FundLevel;
import vn.chungsuc.fund.FundPermissions;
import vn.chungsuc.shared.audit.AuditLog;
import vn.chungsuc.shared.problem.Refused;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.shared.time.Dates;
import vn.chungsuc.shared.time.Today;
import vn.chungsuc.territory.TerritoryApi;
import vn.chungsuc.territory.UnitView;

/**
 * The funds: one per level and unit over dates, with the campaign board, bank accounts and campaigns. Every read by
 * id checks that the user may view the fund's unit (by the unit tree); an id outside his units reads as unknown.
 */
@Service("fundFunds")
@Transactional(readOnly = true)
public class Funds {

    private final JdbcClient jdbc;
    private final TerritoryApi territory;
    private final FundPermissions permissions;
    private final AuditLog audit;
    private final Today today;

    Funds(JdbcClient jdbc, TerritoryApi territory, FundPermissions permissions, AuditLog audit, Today today) {
        this.jdbc = jdbc;
        this.territory = territory;
        this.permissions = permissions;
        this.audit = audit;
        this.today = today;
    }

    /** A fund: its unit (with the unit's path as last known, for scope checks) and the dates it holds. */
    public record Fund(long id, String unitCode, String unitName, String unitPath, FundLevel level, String name,
            LocalDate validFrom, LocalDate validTo, String legalBasis) {

        public boolean openOn(LocalDate date) {
            return !date.isBefore(validFrom) && (validTo == null || date.isBefore(validTo));
        }
    }

    public record Account(long id, long fundId, String bankBin, String bankName, String accountNumber,
            String accountName, LocalDate openedOn, LocalDate closedOn) {

        /** The ledger account this bank account is booked on. */
        public String ledgerCode() {
            return LedgerAccounts.bank(id);
        }
    }

    public record BoardMember(long id, String fullName, String position, String role, LocalDate from, LocalDate to) {
    }

    /** @param memoCode the stored VietQR memo code with its check character (fund_campaign.memo_code) */
    public record Campaign(long id, long fundId, String code, String kind, String name, LocalDate startsOn,
            LocalDate endsOn, long target, String memoCode) {
    }

    public record Transfer(long id, long fromFund, long toFund, LocalDate date, long amount, String basis) {
    }

    // ---- reads ----

    /** The fund, if it exists and the user may view its unit. */
    public Optional<Fund> find(long id) {
        return load(id).filter(f -> permissions.mayAt("fund.view", f.unitPath()));
    }

    /** The fund or 404. */
    public Fund get(long id) {
        return find(id).orElseThrow(() -> new NotFound("fund", "fund.fund.unknown", id));
    }

    /** The fund for the system itself (the ledger, the public pages), without a user's scope. */
    Optional<Fund> load(long id) {
        return jdbc.sql("select * from fund_fund where id = :id").param("id", id).query(this::fund).optional();
    }

    /** The funds of a unit (every level and date), if the user may view the unit; refused for an unknown unit. */
    public List<Fund> ofUnit(String unitCode) {
        String code = unitCode == null ? "" : unitCode.strip();
        Optional<UnitView> unit = lastVersion(code);
        if (code.isEmpty() || unit.isEmpty() || !permissions.mayAt("fund.view", unit.get().path())) {
            // an unknown unit and one outside the user's units read the same
            throw new Refused("unit", "fund.unit.unknown", code);
        }
        return jdbc.sql("select * from fund_fund where unit_code = :u order by valid_from, level")
                .param("u", code).query(this::fund).list();
    }

    /** The funds the user may view, newest first (a district fund after the province's). */
    public List<Fund> visible() {
        return jdbc.sql("select * from fund_fund order by level, valid_from desc, id").query(this::fund).list()
                .stream().filter(f -> permissions.mayAt("fund.view", f.unitPath())).toList();
    }

    /** Every fund, for the public pages and figures (no personal data in a fund). */
    public List<Fund> all() {
        return jdbc.sql("select * from fund_fund order by level, valid_from, id").query(this::fund).list();
    }

    public List<Account> accounts(long fundId) {
        return jdbc.sql("select * from fund_bank_account where fund_id = :f order by id").param("f", fundId)
                .query((rs, i) -> account(rs)).list();
    }

    public Optional<Account> account(long accountId) {
        return jdbc.sql("select * from fund_bank_account where id = :id").param("id", accountId)
                .query((rs, i) -> account(rs)).optional()
                .filter(a -> find(a.fundId()).isPresent());
    }

    public List<BoardMember> board(long fundId) {
        return jdbc.sql("""
                select * from fund_board_member where fund_id = :f
                order by case role when 'CHAIR' then 0 when 'VICE_CHAIR' then 1 else 2 end, from_date desc, id""")
                .param("f", fundId)
                .query((rs, i) -> new BoardMember(rs.getLong("id"), rs.getString("full_name"),
                        rs.getString("position"), rs.getString("role"), rs.getObject("from_date", LocalDate.class),
                        rs.getObject("to_date", LocalDate.class))).list();
    }

    public List<Campaign> campaigns(long fundId) {
        return jdbc.sql("select * from fund_campaign where fund_id = :f order by starts_on desc, id")
                .param("f", fundId).query((rs, i) -> campaign(rs)).list();
    }

    public Optional<Campaign> campaign(long fundId, long campaignId) {
        return jdbc.sql("select * from fund_campaign where fund_id = :f and id = :id").param("f", fundId)
                .param("id", campaignId).query((rs, i) -> campaign(rs)).optional();
    }

    public List<Transfer> transfers(long fundId) {
        return jdbc.sql("""
                select * from fund_transfer where from_fund_id = :f or to_fund_id = :f order by transfer_date, id""")
                .param("f", fundId)
                .query((rs, i) -> new Transfer(rs.getLong("id"), rs.getLong("from_fund_id"), rs.getLong("to_fund_id"),
                        rs.getObject("transfer_date", LocalDate.class), rs.getLong("amount"), rs.getString("basis")))
                .list();
    }

    // ---- writes ----

    public record NewFund(String unitCode, LocalDate validFrom, LocalDate validTo, String name, String legalBasis) {
    }

    /**
     * Opens a fund for a unit from a date: its level follows from the unit's tier on that date (no district fund
     * from 1/7/2025, when the district tier ends, and a district fund closes by then at the latest).
     */
    @Transactional
    public long create(NewFund f) {
        List<Refused.Reason> wrong = new ArrayList<>();
        LocalDate from = f.validFrom();
        if (from == null || !Dates.inBounds(from)) {
            throw new Refused("validFrom", "fund.date.invalid");
        }
        UnitView unit = territory.find(f.unitCode(), from, UnitScope.ALL).orElseThrow(
                () -> new Refused("unit", "fund.unit.unknown", f.unitCode()));
        FundLevel level = FundLevel.of(unit.level(), from)
                .orElseThrow(() -> new Refused("unit", "fund.unit.noLevel", unit.fullName(), from));
        LocalDate to = f.validTo();
        if (level == FundLevel.DISTRICT && (to == null || to.isAfter(vn.chungsuc.territory.UnitLevel.TWO_TIER_FROM))) {
            to = vn.chungsuc.territory.UnitLevel.TWO_TIER_FROM;
        }
        if (to != null && !to.isAfter(from)) {
            wrong.add(Refused.Reason.of("validTo", "fund.date.order"));
        }
        String name = text(f.name(), "name", 300, wrong);
        String basis = text(f.legalBasis(), "legalBasis", 500, wrong);
        if (!wrong.isEmpty()) {
            throw new Refused(wrong);
        }
        permissions.checkAt("fund.manage", unit.path());
        long id = jdbc.sql("""
                insert into fund_fund (unit_code, level, name, valid_from, valid_to, legal_basis)
                values (:u, :l, :n, :f, :t, :b) returning id""").param("u", unit.code()).param("l", level.name())
                .param("n", name).param("f", from).param("t", to).param("b", basis).query(Long.class).single();
        audit.record("CREATE", "fund.fund", String.valueOf(id), "Lập quỹ " + name, null,
                Map.of("unit", unit.code(), "level", level.name(), "from", from.toString()));
        return id;
    }

    @Transactional
    public long addBoardMember(long fundId, String fullName, String position, String role, LocalDate from) {
        Fund fund = manageable(fundId);
        List<Refused.Reason> wrong = new ArrayList<>();
        String name = text(fullName, "fullName", 200, wrong);
        String pos = text(position, "position", 300, wrong);
        if (role == null || !List.of("CHAIR", "VICE_CHAIR", "MEMBER").contains(role)) {
            wrong.add(Refused.Reason.of("role", "fund.board.role.invalid"));
        }
        if (from == null || !Dates.inBounds(from)) {
            wrong.add(Refused.Reason.of("from", "fund.date.invalid"));
        }
        if (!wrong.isEmpty()) {
            throw new Refused(wrong);
        }
        long id = jdbc.sql("""
                insert into fund_board_member (fund_id, full_name, position, role, from_date)
                values (:f, :n, :p, :r, :d) returning id""").param("f", fund.id()).param("n", name).param("p", pos)
                .param("r", role).param("d", from).query(Long.class).single();
        audit.record("CREATE", "fund.board", String.valueOf(id), "Thành viên Ban vận động: " + name, null,
                Map.of("fund", fundId, "role", role));
        return id;
    }

    @Transactional
    public long addAccount(long fundId, String bankBin, String bankName, String number, String accountName,
            LocalDate openedOn) {
        Fund fund = manageable(fundId);
        List<Refused.Reason> wrong = new ArrayList<>();
        String bin = bankBin == null ? "" : bankBin.strip();
        if (!bin.matches("[0-9]{6}")) {
            wrong.add(Refused.Reason.of("bankBin", "fund.account.bin.invalid"));
        }
        String no = number == null ? "" : number.replace(" ", "");
        if (!no.matches("[0-9A-Za-z]{1,19}")) {
            wrong.add(Refused.Reason.of("accountNumber", "fund.account.number.invalid"));
        }
        String bank = text(bankName, "bankName", 200, wrong);
        String holder = text(accountName, "accountName", 200, wrong);
        if (openedOn == null || !Dates.inBounds(openedOn)) {
            wrong.add(Refused.Reason.of("openedOn", "fund.date.invalid"));
        }
        if (!wrong.isEmpty()) {
            throw new Refused(wrong);
        }
        long id = jdbc.sql("""
                insert into fund_bank_account (fund_id, bank_bin, bank_name, account_number, account_name, opened_on)
                values (:f, :bin, :bank, :no, :name, :d) returning id""").param("f", fund.id()).param("bin", bin)
                .param("bank", bank).param("no", no).param("name", holder).param("d", openedOn)
                .query(Long.class).single();
        audit.record("CREATE", "fund.account", String.valueOf(id), "Tài khoản " + bank + " " + no, null,
                Map.of("fund", fundId, "bin", bin, "number", no));
        return id;
    }

    @Transactional
    public long addCampaign(long fundId, String code, String kind, String name, LocalDate starts, LocalDate ends,
            long target) {
        Fund fund = manageable(fundId);
        List<Refused.Reason> wrong = new ArrayList<>();
        String c = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        if (!c.matches("[A-Z0-9]{2,20}")) {
            wrong.add(Refused.Reason.of("code", "fund.campaign.code.invalid"));
        }
        if (kind == null || !List.of("PEAK_MONTH", "TET", "DRIVE").contains(kind)) {
            wrong.add(Refused.Reason.of("kind", "fund.campaign.kind.invalid"));
        }
        String n = text(name, "name", 300, wrong);
        if (starts == null || ends == null || !Dates.inBounds(starts) || !Dates.inBounds(ends)) {
            wrong.add(Refused.Reason.of("startsOn", "fund.date.invalid"));
        } else if (ends.isBefore(starts)) {
            wrong.add(Refused.Reason.of("endsOn", "fund.date.order"));
        }
        if (target < 0 || target > Ledger.MAX_AMOUNT) {
            wrong.add(Refused.Reason.of("target", "fund.amount.range"));
        }
        if (!wrong.isEmpty()) {
            throw new Refused(wrong);
        }
        long id = jdbc.sql("""
                insert into fund_campaign (fund_id, code, kind, name, starts_on, ends_on, target)
                values (:f, :c, :k, :n, :s, :e, :t) returning id""").param("f", fund.id()).param("c", c)
                .param("k", kind).param("n", n).param("s", starts).param("e", ends).param("t", target)
                .query(Long.class).single();
        audit.record("CREATE", "fund.campaign", String.valueOf(id), "Đợt vận động " + n, null,
                Map.of("fund", fundId, "code", c, "target", target));
        return id;
    }

    /** The fund if the user may manage it, or 404/403. */
    public Fund manageable(long fundId) {
        Fund fund = get(fundId);
        if (!permissions.mayAt("fund.manage", fund.unitPath())) {
            throw new AccessDeniedException("may not manage fund " + fundId);
        }
        return fund;
    }

    long recordTransfer(long from, long to, LocalDate date, long amount, String basis, long outEntry, long inEntry) {
        long id = jdbc.sql("""
                insert into fund_transfer (from_fund_id, to_fund_id, transfer_date, amount, basis, out_entry_id,
                    in_entry_id, recorded_by) values (:f, :t, :d, :a, :b, :o, :i, :by) returning id""")
                .param("f", from).param("t", to).param("d", date).param("a", amount).param("b", basis)
                .param("o", outEntry).param("i", inEntry).param("by", permissions.username())
                .query(Long.class).single();
        audit.record("CREATE", "fund.transfer", String.valueOf(id), "Chuyển giao quỹ " + from + " → " + to, null,
                Map.of("from", from, "to", to, "amount", amount, "date", date.toString()));
        return id;
    }

    LocalDate today() {
        return today.date();
    }

    private Optional<UnitView> lastVersion(String code) {
        if (code == null || code.isEmpty() || code.length() > 40) {
            return Optional.empty();
        }
        return territory.find(code, today.date(), UnitScope.ALL)
                .or(() -> territory.versions(code, UnitScope.ALL).stream().reduce((a, b) -> b));
    }

    private Fund fund(ResultSet rs, int i) throws SQLException {
        String code = rs.getString("unit_code");
        Optional<UnitView> unit = lastVersion(code);
        return new Fund(rs.getLong("id"), code, unit.map(UnitView::fullName).orElse(code),
                unit.map(UnitView::path).orElse("/?/"), FundLevel.valueOf(rs.getString("level")),
                rs.getString("name"), rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_to", LocalDate.class), rs.getString("legal_basis"));
    }

    private static Account account(ResultSet rs) throws SQLException {
        return new Account(rs.getLong("id"), rs.getLong("fund_id"), rs.getString("bank_bin"),
                rs.getString("bank_name"), rs.getString("account_number"), rs.getString("account_name"),
                rs.getObject("opened_on", LocalDate.class), rs.getObject("closed_on", LocalDate.class));
    }

    private static Campaign campaign(ResultSet rs) throws SQLException {
        return new Campaign(rs.getLong("id"), rs.getLong("fund_id"), rs.getString("code"), rs.getString("kind"),
                rs.getString("name"), rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class), rs.getLong("target"),
                rs.getString("memo_code"));
    }

    static String text(String value, String field, int max, List<Refused.Reason> wrong) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            wrong.add(Refused.Reason.of(field, "fund.required"));
        } else if (v.length() > max) {
            wrong.add(Refused.Reason.of(field, "fund.long", max));
        }
        return v;
    }

    /**
     * A reason typed by an officer (a void, a refusal, a withdrawal, a proposal's reason): as {@link #text}, and
     * without control or invisible characters. Names that come from bank statements are not held to this.
     */
    static String reasonText(String value, String field, int max, List<Refused.Reason> wrong) {
        int before = wrong.size();
        String v = text(value, field, max, wrong);
        if (wrong.size() == before && CONTROL.matcher(v).find()) {
            wrong.add(Refused.Reason.of(field, "fund.control"));
        }
        return v;
    }

    /** Control characters (a line break or a tab excepted) and the invisible format ones, such as bidi overrides. */
    private static final java.util.regex.Pattern CONTROL = java.util.regex.Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\n\\r\\t]]");

    /** The longest reason for a void, a refusal, a withdrawal or a reopening. */
    public static final int REASON_MAX = 500;

    /**
     * A reason (voiding a receipt, reopening a closed period): stripped, not blank, at most {@link #REASON_MAX}
     * characters, without control characters; else refused naming the field {@code reason}.
     */
    static String reason(String value) {
        List<Refused.Reason> wrong = new java.util.ArrayList<>();
        String v = value == null ? "" : value.strip();
        if (v.isEmpty() || v.length() > REASON_MAX) {
            throw new Refused("reason", "fund.reason.required");
        }
        reasonText(v, "reason", REASON_MAX, wrong);
        if (!wrong.isEmpty()) {
            throw new Refused(wrong);
        }
        return v;
    }
}
