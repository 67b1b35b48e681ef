package vn.chungsuc.fund.statement.importing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chungsuc.fund.FundPermissions;
import vn.chungsuc.fund.domain.Donations;
import vn.chungsuc.fund.domain.Funds;
import vn.chungsuc.fund.domain.Ledger;
import vn.chungsuc.fund.domain.LedgerAccounts;
import vn.chungsuc.fund.domain.LedgerBatch;
import vn.chungsuc.fund.domain.NotFound;
import vn.chungsuc.fund.statement.BankStatement;
import vn.chungsuc.fund.statement.StatementLine;
import vn.chungsuc.fund.statement.StatementMatcher;
import vn.chungsuc.fund.statement.StatementParser;
import vn.chungsuc.fund.vietqr.CampaignCode;
import vn.chungsuc.shared.Money;
import vn.chungsuc.shared.audit.AuditLog;
import vn.chungsuc.shared.problem.Refused;
import vn.chungsuc.shared.text.VietnameseText;
import vn.chungsuc.shared.time.Dates;
import vn.chungsuc.shared.time.Today;

/**
 * Bank statements into the fund's ledger, in one transaction each (nothing half-written):
 * <ol>
 * <li>the file is read whole by {@link StatementParser} for the fund's account (its bank and number) or refused
 * whole;</li>
 * <li>the opening balance must equal what the fund knows of the account the day before the statement's first day —
 * the ledger's balance of {@code BANK:<id>} plus the lines imported earlier that are not in the ledger (waiting in
 * the queue or marked as not a donation); a mismatch refuses the import and says by how much;</li>
 * <li>lines are de-duplicated by their {@link BankStatement.DedupKey} (hashed, a unique index) against every line
 * imported before: a statement imported twice posts nothing the second time and says so;</li>
 * <li>the new lines are matched ({@link StatementMatcher} over the fund's campaigns and their memo codes); those
 * matched by code post as transfer donations with receipts ({@link Donations#postStatementLine}), the rest wait in
 * the queue with the rule's suggestion;</li>
 * <li>the closing balance is then checked the same way on the statement's last day (a mismatch — money the ledger
 * has that the bank does not, e.g. a transfer recorded by hand and again on the statement — rolls everything
 * back and says by how much).</li>
 * </ol>
 * The queue: an officer matches a waiting line to a campaign (a donation with its receipt), splits it into two
 * donations, or marks it as not a donation with a reason. Every write is audited.
 */
@Service
@Transactional(readOnly = true)
public class StatementImports {

    public static final List<String> STATUSES = List.of("WAITING", "POSTED", "NOT_DONATION", "FEE", "INTEREST");
    static final int MAX_REASON = 500;

    private final JdbcClient jdbc;
    private final Funds funds;
    private final Ledger ledger;
    private final Donations donations;
    private final FundPermissions permissions;
    private final AuditLog audit;
    private final Today today;
    private final LedgerBatch batch;

    StatementImports(JdbcClient jdbc, javax.sql.DataSource dataSource, Funds funds, Ledger ledger, Donations donations, FundPermissions permissions,
            AuditLog audit, Today today) {
        this.jdbc = jdbc;
        this.funds = funds;
        this.ledger = ledger;
        this.donations = donations;
        this.permissions = permissions;
        this.audit = audit;
        this.today = today;
        this.batch = new LedgerBatch(new org.springframework.jdbc.core.JdbcTemplate(dataSource));
    }

    /**
     * What one import did.
     *
     * @param importId the import's id, null when every line had been imported before (nothing is stored then)
     * @param lines lines in the file
     * @param duplicates lines imported before (skipped)
     * @param posted lines posted as donations with receipts
     * @param queued lines waiting for an officer
     * @param postedAmount đồng posted as donations
     */
    public record Result(Long importId, long fundId, long accountId, LocalDate from, LocalDate to, int lines,
            int duplicates, int posted, int queued, long postedAmount, List<String> receipts) {
    }

    /** One line in the queue (or resolved), with the matcher's suggestion. */
    public record Line(long id, long importId, long fundId, long accountId, int row, LocalDate date, LocalTime time,
            long amount, String description, String counterparty, String reference, String rule, String outcome,
            Long suggestedCampaignId, String code, String donorReference, String status, String resolvedReason,
            String resolvedBy, Instant resolvedAt, List<String> receipts) {

        public String ruleKey() {
            return "fundbank.match.rule." + rule;
        }

        public boolean waiting() {
            return "WAITING".equals(status);
        }

        public boolean credit() {
            return amount > 0;
        }
    }

    public record Import(long id, long accountId, String fileName, String format, LocalDate from, LocalDate to,
            long opening, long closing, int lines, int newLines, int posted, int queued, String importedBy,
            Instant importedAt) {
    }

    public record Page(List<Line> rows, long total, int page, int size) {

        public int totalPages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    /**
     * The memo code stored with a campaign (given when it was created: its id in the code alphabet with a check
     * character, "VNN2224…"), which its QR carries and the matcher reads.
     */
    public CampaignCode memoCode(long fundId, long campaignId) {
        return funds.campaign(fundId, campaignId).map(c -> new CampaignCode(c.memoCode()))
                .orElseThrow(() -> new Refused("campaign", "fund.campaign.unknown", campaignId));
    }

    // ---- import ----

    @Transactional
    public Result importStatement(long fundId, Long accountId, byte[] content, String fileName) {
        Funds.Fund fund = funds.get(fundId);
        if (!permissions.mayAt("donation.record", fund.unitPath())) {
            throw new AccessDeniedException("may not import statements of fund " + fund.id());
        }
        Funds.Account account = accountId == null ? null : funds.account(accountId)
                .filter(a -> a.fundId() == fund.id()).orElse(null);
        if (account == null) {
            throw new Refused("account", "fundimport.account.unknown");
        }
        if (content == null || content.length == 0) {
            throw new Refused("file", "fundbank.statement.file.empty");
        }
        String name = fileName == null || fileName.isBlank() ? "statement.csv" : fileName.strip();
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        BankStatement statement = StatementParser.parse(content, name, new StatementParser.Options(today.date(),
                null, account.bankBin(), account.accountNumber()));
        if (statement.difference() != 0) {
            throw new Refused("file", "fundimport.closing.mismatch", money(statement.closingBalance()),
                    money(statement.openingBalance() + statement.net()), money(-statement.difference()));
        }
        ledger.lock(fund.id());
        LocalDate first = statement.from();
        long known = knownBalance(fund.id(), account, first.minusDays(1));
        if (known != statement.openingBalance()) {
            throw new Refused("file", "fundimport.opening.mismatch", money(statement.openingBalance()),
                    money(known), money(statement.openingBalance() - known), Dates.show(first.minusDays(1)));
        }
        List<BankStatement.DedupKey> keys = statement.keys();
        Set<String> earlier = new HashSet<>(jdbc.sql("""
                select dedup_key from fund_statement_line where account_id = :a and line_date between :f and :t""")
                .param("a", account.id()).param("f", statement.from()).param("t", statement.to())
                .query(String.class).list());
        List<Integer> fresh = new ArrayList<>();
        List<String> hashes = new ArrayList<>(keys.size());
        for (int i = 0; i < keys.size(); i++) {
            String h = hash(keys.get(i));
            hashes.add(h);
            if (!earlier.contains(h)) {
                fresh.add(i);
            }
        }
        int duplicates = keys.size() - fresh.size();
        if (fresh.isEmpty()) {
            return new Result(null, fund.id(), account.id(), statement.from(), statement.to(),
                    statement.lines().size(), duplicates, 0, 0, 0, List.of());
        }
        StatementMatcher matcher = matcher(fund.id());
        long importId = jdbc.sql("""
                insert into fund_statement_import (fund_id, account_id, file_name, format, period_from, period_to,
                    opening_balance, closing_balance, line_count, new_lines, posted, queued, imported_by)
                values (:f, :a, :n, :fmt, :from, :to, :o, :c, :l, :nl, 0, 0, :by) returning id""")
                .param("f", fund.id()).param("a", account.id()).param("n", name)
                .param("fmt", statement.format().name()).param("from", statement.from())
                .param("to", statement.to()).param("o", statement.openingBalance())
                .param("c", statement.closingBalance()).param("l", statement.lines().size())
                .param("nl", fresh.size()).param("by", permissions.username()).query(Long.class).single();
        int posted = 0;
        int queued = 0;
        long postedAmount = 0;
        // the batch path: every new line in a few multi-row statements, the matched ones posted in one pass
        long[] lineIds = batch.ids("fund_statement_line", fresh.size());
        List<Object[]> lineRows = new ArrayList<>(fresh.size());
        List<Donations.StatementDonation> toPost = new ArrayList<>();
        List<Long> postedLines = new ArrayList<>();
        String imported = Long.toString(importId);
        for (int n = 0; n < fresh.size(); n++) {
            int i = fresh.get(n);
            StatementLine l = statement.lines().get(i);
            StatementMatcher.Match m = matcher.match(l);
            boolean post = m.automatic() && m.campaignId() != null;
            lineRows.add(new Object[] {lineIds[n], importId, fund.id(), account.id(), hashes.get(i), l.row(),
                    l.date(), l.time(), l.amount(), l.description(), l.counterparty(), l.reference(),
                    m.rule().name(), m.outcome().name(), m.campaignId(), m.code(), m.donorReference(),
                    post ? "POSTED" : "WAITING", searchKey(l.description(), l.counterparty(), l.reference())});
            if (post) {
                toPost.add(new Donations.StatementDonation(fund.id(), account.id(), l.date(), l.amount(),
                        donorName(l), memo(l.description()), m.campaignId(), lineKey(hashes.get(i), 0)));
                postedLines.add(lineIds[n]);
                posted++;
                postedAmount += l.amount();
            } else {
                queued++;
            }
        }
        batch.insert("fund_statement_line", LINE_COLUMNS, lineRows);
        List<Donations.Receipt> made = donations.postStatementLines(fund.id(), account.id(), toPost);
        List<Object[]> links = new ArrayList<>(made.size());
        List<String> receipts = new ArrayList<>(made.size());
        for (int n = 0; n < made.size(); n++) {
            links.add(new Object[] {postedLines.get(n), made.get(n).id()});
            receipts.add(made.get(n).receiptNumber());
        }
        batch.insert("fund_statement_line_donation", LINK_COLUMNS, links);
        long atClose = knownBalance(fund.id(), account, statement.to());
        if (atClose != statement.closingBalance()) {
            // rolls back everything: the lines, the donations, the receipts' numbers
            throw new Refused("file", "fundimport.closingLedger.mismatch", money(statement.closingBalance()),
                    money(atClose), money(statement.closingBalance() - atClose), Dates.show(statement.to()));
        }
        jdbc.sql("update fund_statement_import set posted = :p, queued = :q where id = :id").param("p", posted)
                .param("q", queued).param("id", importId).update();
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("account", account.accountNumber());
        value.put("file", name);
        value.put("from", statement.from().toString());
        value.put("to", statement.to().toString());
        value.put("opening", statement.openingBalance());
        value.put("closing", statement.closingBalance());
        value.put("lines", statement.lines().size());
        value.put("duplicates", duplicates);
        value.put("posted", posted);
        value.put("queued", queued);
        if (!receipts.isEmpty()) {
            value.put("receipts", receipts.get(0) + " … " + receipts.get(receipts.size() - 1));
        }
        audit.record("IMPORT", "fund.statement", String.valueOf(importId), "Nhập sao kê " + account.bankName() + " "
                + account.accountNumber() + " " + statement.from() + " – " + statement.to(), null, value);
        return new Result(importId, fund.id(), account.id(), statement.from(), statement.to(),
                statement.lines().size(), duplicates, posted, queued, postedAmount, receipts);
    }

    /**
     * The account's balance as the fund knows it at the end of a day: the ledger's, plus the imported lines that are
     * not in the ledger (waiting, or not a donation) — the bank's balance when every statement has been imported.
     */
    public long knownBalance(long fundId, Funds.Account account, LocalDate through) {
        long outside = jdbc.sql("""
                select coalesce(sum(amount), 0) from fund_statement_line
                where account_id = :a and status in ('WAITING', 'NOT_DONATION') and line_date <= :d""").param("a", account.id())
                .param("d", through).query(Long.class).single();
        return ledger.balanceOn(fundId, account.ledgerCode(), through) + outside;
    }

    private static final List<LedgerBatch.Column> LINE_COLUMNS = LedgerBatch.columns("""
            id:bigint import_id:bigint fund_id:bigint account_id:bigint dedup_key:varchar
            row_no:int line_date:date line_time:time amount:bigint description:text
            counterparty:text reference:text rule:varchar outcome:varchar
            suggested_campaign_id:bigint code:varchar donor_reference:text status:varchar
            search_key:text
            """);
    private static final List<LedgerBatch.Column> LINK_COLUMNS = LedgerBatch.columns("""
            line_id:bigint donation_id:bigint
            """);

    /** The matcher over the fund's campaigns, each with its stored memo code and its name as a keyword. */
    private StatementMatcher matcher(long fundId) {
        List<StatementMatcher.Campaign> campaigns = funds.campaigns(fundId).stream()
                .map(c -> new StatementMatcher.Campaign(c.id(), new CampaignCode(c.memoCode()), List.of(c.name())))
                .toList();
        return new StatementMatcher(campaigns, List.of());
    }

    // ---- the queue ----

    /** A fund's lines of one status ({@code WAITING} by default), oldest first, searched (accents ignored). */
    public Page lines(long fundId, String status, String query, int page, int size) {
        funds.get(fundId);
        String s = STATUSES.contains(status) ? status : "WAITING";
        String q = query == null ? "" : query.length() > 200 ? query.substring(0, 200) : query;
        String like = "%" + VietnameseText.likeKey(q) + "%";
        long total = jdbc.sql("""
                select count(*) from fund_statement_line where fund_id = :f and status = :s and search_key like :q""")
                .param("f", fundId).param("s", s).param("q", like).query(Long.class).single();
        int p = Math.max(0, Math.min(page, (int) ((total + size - 1) / size) - 1));
        List<Line> rows = jdbc.sql("""
                select l.*, (select string_agg(d.receipt_number, ', ' order by d.id) from fund_statement_line_donation x
                        join fund_donation d on d.id = x.donation_id where x.line_id = l.id) as receipts
                from fund_statement_line l where l.fund_id = :f and l.status = :s and l.search_key like :q
                order by l.line_date, l.id limit :size offset :off""").param("f", fundId).param("s", s)
                .param("q", like).param("size", size).param("off", (long) p * size).query(this::mapLine).list();
        return new Page(rows, total, p, size);
    }

    public long waiting(long fundId) {
        return jdbc.sql("select count(*) from fund_statement_line where fund_id = :f and status = 'WAITING'")
                .param("f", fundId).query(Long.class).single();
    }

    public List<Import> imports(long fundId, int limit) {
        funds.get(fundId);
        return jdbc.sql("select * from fund_statement_import where fund_id = :f order by id desc limit :n")
                .param("f", fundId).param("n", limit).query((rs, i) -> new Import(rs.getLong("id"),
                        rs.getLong("account_id"), rs.getString("file_name"), rs.getString("format"),
                        rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class),
                        rs.getLong("opening_balance"), rs.getLong("closing_balance"), rs.getInt("line_count"),
                        rs.getInt("new_lines"), rs.getInt("posted"), rs.getInt("queued"),
                        rs.getString("imported_by"), rs.getTimestamp("imported_at").toInstant())).list();
    }

    /** The line, if the user may view its fund; else 404 (a line of another unit reads as unknown). */
    public Line line(long lineId) {
        return jdbc.sql("select l.*, null as receipts from fund_statement_line l where l.id = :id")
                .param("id", lineId).query(this::mapLine).optional()
                .filter(l -> funds.find(l.fundId()).isPresent())
                .orElseThrow(() -> new NotFound("line", "fundimport.line.unknown", lineId));
    }

    /** Posts a waiting credit line as a donation to a campaign of the fund (or to none), with its receipt. */
    @Transactional
    public Donations.Receipt match(long lineId, Long campaignId, String donorName) {
        Line l = waitingCredit(lineId);
        checkCampaign(l.fundId(), campaignId, "campaign");
        String name = donorName == null || donorName.isBlank() ? donorName(l.counterparty(), l.description())
                : donorName.strip();
        if (name.length() > 200) {
            throw new Refused("donorName", "fund.long", 200);
        }
        Donations.Receipt r = donations.postStatementLine(new Donations.StatementDonation(l.fundId(), l.accountId(),
                l.date(), l.amount(), name, memo(l.description()), campaignId, lineKey(key(l.id()), 0)));
        link(l.id(), r.id());
        resolve(l, "POSTED", null);
        audit.record("MATCH", "fund.statement.line", String.valueOf(l.id()), "Ghép dòng sao kê " + l.row()
                + " vào biên lai " + r.receiptNumber(), Map.of("status", l.status()),
                Map.of("status", "POSTED", "receipt", r.receiptNumber(), "campaign",
                        campaignId == null ? "" : campaignId));
        return r;
    }

    /** Splits a waiting credit line into two donations (amounts adding up to the line's), each with its receipt. */
    @Transactional
    public List<Donations.Receipt> split(long lineId, String firstAmount, Long firstCampaign, Long secondCampaign,
            String donorName) {
        Line l = waitingCredit(lineId);
        List<Refused.Reason> wrong = new ArrayList<>();
        long first = 0;
        try {
            first = Long.parseLong(firstAmount == null ? "" : firstAmount.replace(".", "").replace(",", "")
                    .replace(" ", "").strip());
        } catch (NumberFormatException e) {
            first = -1;
        }
        if (first <= 0 || first >= l.amount()) {
            wrong.add(Refused.Reason.of("firstAmount", "fundimport.split.amount", money(l.amount())));
        }
        if (!wrong.isEmpty()) {
            throw new Refused(wrong);
        }
        checkCampaign(l.fundId(), firstCampaign, "firstCampaign");
        checkCampaign(l.fundId(), secondCampaign, "secondCampaign");
        String name = donorName == null || donorName.isBlank() ? donorName(l.counterparty(), l.description())
                : donorName.strip();
        if (name.length() > 200) {
            throw new Refused("donorName", "fund.long", 200);
        }
        String memo = memo(l.description());
        Donations.Receipt a = donations.postStatementLine(new Donations.StatementDonation(l.fundId(), l.accountId(),
                l.date(), first, name, memo, firstCampaign, lineKey(key(l.id()), 1)));
        Donations.Receipt b = donations.postStatementLine(new Donations.StatementDonation(l.fundId(), l.accountId(),
                l.date(), l.amount() - first, name, memo, secondCampaign, lineKey(key(l.id()), 2)));
        link(l.id(), a.id());
        link(l.id(), b.id());
        resolve(l, "POSTED", null);
        audit.record("SPLIT", "fund.statement.line", String.valueOf(l.id()), "Tách dòng sao kê " + l.row()
                + " thành biên lai " + a.receiptNumber() + " và " + b.receiptNumber(), Map.of("status", l.status()),
                Map.of("status", "POSTED", "receipts", a.receiptNumber() + ", " + b.receiptNumber(),
                        "amounts", first + " + " + (l.amount() - first)));
        return List.of(a, b);
    }

    /** Marks a waiting line as not a donation (a fee, interest, money sent back), with a reason. */
    @Transactional
    public void notADonation(long lineId, String reason) {
        Line l = open(lineId);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new Refused("reason", "fundimport.reason.required");
        }
        if (why.length() > MAX_REASON) {
            throw new Refused("reason", "fund.long", MAX_REASON);
        }
        resolve(l, "NOT_DONATION", why);
        audit.record("NOT_DONATION", "fund.statement.line", String.valueOf(l.id()), "Dòng sao kê " + l.row()
                + " không phải tiền ủng hộ: " + why, Map.of("status", l.status()),
                Map.of("status", "NOT_DONATION", "reason", why));
    }

    /**
     * Posts a waiting debit line as a bank fee (TT 41/2022/TT-BTC: an expense of the fund, not support paid out):
     * debit {@link LedgerAccounts#BANK_FEES}, credit the bank account, by the line's amount, dated as the line. The
     * account's balance as the fund knows it does not move (the line leaves the queue and enters the ledger).
     */
    @Transactional
    public Ledger.Entry bankFee(long lineId) {
        Line l = open(lineId);
        if (l.credit()) {
            throw new Refused("line", "fundimport.fee.credit");
        }
        Funds.Account account = funds.account(l.accountId()).orElseThrow();
        Ledger.Entry e = ledger.post(new Ledger.Posting(l.fundId(), l.date(), LedgerAccounts.BANK_FEES,
                account.ledgerCode(), -l.amount(), "BANK_FEE", "STMT:" + l.id(), memo(l.description())));
        resolveToEntry(l, "FEE", e);
        audit.record("FEE", "fund.statement.line", String.valueOf(l.id()), "Dòng sao kê " + l.row()
                + " là phí ngân hàng " + money(-l.amount()), Map.of("status", l.status()),
                Map.of("status", "FEE", "entry", e.seq()));
        return e;
    }

    /** Posts a waiting credit line as interest paid by the bank: debit the bank account, credit {@code INTEREST}. */
    @Transactional
    public Ledger.Entry interest(long lineId) {
        Line l = open(lineId);
        if (!l.credit()) {
            throw new Refused("line", "fundimport.line.debit");
        }
        Funds.Account account = funds.account(l.accountId()).orElseThrow();
        Ledger.Entry e = ledger.post(new Ledger.Posting(l.fundId(), l.date(), account.ledgerCode(),
                LedgerAccounts.INTEREST, l.amount(), "INTEREST", "STMT:" + l.id(), memo(l.description())));
        resolveToEntry(l, "INTEREST", e);
        audit.record("INTEREST", "fund.statement.line", String.valueOf(l.id()), "Dòng sao kê " + l.row()
                + " là tiền lãi " + money(l.amount()), Map.of("status", l.status()),
                Map.of("status", "INTEREST", "entry", e.seq()));
        return e;
    }

    private void resolveToEntry(Line l, String status, Ledger.Entry e) {
        jdbc.sql("""
                update fund_statement_line set status = :s, entry_id = :e, resolved_by = :by, resolved_at = now()
                where id = :id and status = 'WAITING'""").param("s", status).param("e", e.id())
                .param("by", permissions.username()).param("id", l.id()).update();
    }

    private Line open(long lineId) {
        Line l = line(lineId);
        Funds.Fund fund = funds.get(l.fundId());
        if (!permissions.mayAt("donation.record", fund.unitPath())) {
            throw new AccessDeniedException("may not resolve statement lines of fund " + fund.id());
        }
        ledger.lock(fund.id());
        Line now = line(lineId);
        if (!now.waiting()) {
            throw new Refused("line", "fundimport.line.resolved", now.row());
        }
        return now;
    }

    private Line waitingCredit(long lineId) {
        Line l = open(lineId);
        if (!l.credit()) {
            throw new Refused("line", "fundimport.line.debit");
        }
        return l;
    }

    private void checkCampaign(long fundId, Long campaignId, String field) {
        if (campaignId != null && funds.campaign(fundId, campaignId).isEmpty()) {
            throw new Refused(field, "fund.campaign.unknown", campaignId);
        }
    }

    private void resolve(Line l, String status, String reason) {
        jdbc.sql("""
                update fund_statement_line set status = :s, resolved_reason = :r, resolved_by = :by,
                    resolved_at = now() where id = :id and status = 'WAITING'""").param("s", status).param("r", reason)
                .param("by", permissions.username()).param("id", l.id()).update();
    }

    private void link(long lineId, long donationId) {
        jdbc.sql("insert into fund_statement_line_donation (line_id, donation_id) values (:l, :d) on conflict do nothing")
                .param("l", lineId).param("d", donationId).update();
    }

    private String key(long lineId) {
        return jdbc.sql("select dedup_key from fund_statement_line where id = :id").param("id", lineId)
                .query(String.class).single();
    }

    /** The donation's line key: the line's hash, and its part when split (128 characters at most). */
    static String lineKey(String hash, int part) {
        return "stmt:" + hash + (part == 0 ? "" : ":" + part);
    }

    static String hash(BankStatement.DedupKey k) {
        String text = String.join("|", k.bankBin(), k.account(), k.date().toString(), Long.toString(k.amount()),
                k.normalisedDescription(), Integer.toString(k.occurrence()));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String donorName(StatementLine l) {
        return donorName(l.counterparty(), l.description());
    }

    private static String donorName(String counterparty, String description) {
        String n = counterparty != null && !counterparty.isBlank() ? counterparty.strip() : description.strip();
        return n.length() > 200 ? n.substring(0, 200) : n;
    }

    private static String memo(String description) {
        String d = description == null ? "" : description.strip();
        return d.length() > 500 ? d.substring(0, 500) : d;
    }

    private static String searchKey(String... parts) {
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (p != null) {
                b.append(p).append(' ');
            }
        }
        return VietnameseText.searchKey(b.toString());
    }

    private static String money(long dong) {
        return Money.of(dong).toString();
    }

    private Line mapLine(ResultSet rs, int i) throws SQLException {
        String receipts = rs.getString("receipts");
        Object campaign = rs.getObject("suggested_campaign_id");
        java.sql.Timestamp resolved = rs.getTimestamp("resolved_at");
        return new Line(rs.getLong("id"), rs.getLong("import_id"), rs.getLong("fund_id"), rs.getLong("account_id"),
                rs.getInt("row_no"), rs.getObject("line_date", LocalDate.class),
                rs.getObject("line_time", LocalTime.class), rs.getLong("amount"), rs.getString("description"),
                rs.getString("counterparty"), rs.getString("reference"), rs.getString("rule"),
                rs.getString("outcome"), campaign == null ? null : ((Number) campaign).longValue(),
                rs.getString("code"), rs.getString("donor_reference"), rs.getString("status"),
                rs.getString("resolved_reason"), rs.getString("resolved_by"),
                resolved == null ? null : resolved.toInstant(),
                receipts == null ? List.of() : List.of(receipts.split(", ")));
    }
}
