package vn.chungsuc.fund.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chungsuc.fund.FundPermissions;
import vn.chungsuc.shared.audit.AuditLog;
import vn.chungsuc.shared.problem.Refused;
import vn.chungsuc.shared.text.AmountInWords;
import vn.chungsuc.shared.text.VietnameseText;
import vn.chungsuc.shared.time.Dates;
import vn.chungsuc.shared.time.Today;

/**
 * Donations and their receipts (biên lai). A donation is posted to the ledger (debit cash, the bank account or goods
 * in kind; credit donations received) and gets the next number of its fund's series for the year, from a counter row
 * updated in the same transaction, so a refused or rolled-back donation leaves no gap. A receipt is never edited: it
 * is voided by a reversing entry with a reason, and its number stays used.
 */
@Service("fundDonations")
@Transactional(readOnly = true)
public class Donations {

    public static final List<String> KINDS = List.of("PERSON", "ORGANISATION", "NAMED");
    public static final List<String> CHANNELS = List.of("CASH", "TRANSFER", "IN_KIND");

    private final JdbcClient jdbc;
    private final Funds funds;
    private final Ledger ledger;
    private final FundPermissions permissions;
    private final AuditLog audit;
    private final Today today;
    private final org.springframework.context.ApplicationEventPublisher events;

    private final LedgerBatch batch;

    Donations(JdbcClient jdbc, javax.sql.DataSource dataSource, Funds funds, Ledger ledger,
            FundPermissions permissions, AuditLog audit, Today today,
            org.springframework.context.ApplicationEventPublisher events) {
        this.batch = new LedgerBatch(new org.springframework.jdbc.core.JdbcTemplate(dataSource));
        this.events = events;
        this.jdbc = jdbc;
        this.funds = funds;
        this.ledger = ledger;
        this.permissions = permissions;
        this.audit = audit;
        this.today = today;
    }

    /**
     * What a form or the API sends. Amount and date as text so that each bad value is refused with its field.
     *
     * @param donorKind PERSON (a person, perhaps of the registry: {@code donorRef} is the household code),
     *     ORGANISATION ({@code donorRef} the registry's organisation id) or NAMED (a name typed in)
     * @param channel CASH, TRANSFER (into {@code accountId}) or IN_KIND (goods, valued at {@code amount})
     */
    public record NewDonation(Long fundId, String donorKind, String donorRef, String donorName, String donorAddress,
            boolean anonymous, String amount, String channel, Long accountId, String inKindDescription, String date,
            Long campaignId, String memo) {
    }

    public record Receipt(long id, String receiptNumber, long amount, String amountInWords) {
    }

    public record Donation(long id, long fundId, String receiptNumber, int receiptYear, int receiptSeq,
            String donorKind, String donorRef, String donorName, String donorAddress, boolean anonymous,
            long amount, String channel, Long accountId, String inKindDescription, LocalDate donatedOn,
            Long campaignId, String memo, long entryId, Long voidEntryId, String voidReason, Instant voidedAt,
            String recordedBy, Instant recordedAt) {

        public boolean voided() {
            return voidEntryId != null;
        }

        public String amountInWords() {
            return AmountInWords.dong(amount);
        }

        /** The name the public sees: the donor's own, or none when he asked to stay anonymous. */
        public String publicName() {
            return anonymous ? null : donorName;
        }
    }

    /**
     * A bank statement line matched to a fund's campaign, posted as a transfer donation (what the statement import
     * of {@code fund.statement} calls). Idempotent by {@code lineKey}: a line posted before returns its receipt and
     * posts nothing.
     */
    public record StatementDonation(long fundId, long accountId, LocalDate date, long amount, String donorName,
            String memo, Long campaignId, String lineKey) {
    }

    // ---- writes ----

    @Transactional
    public Receipt record(NewDonation d) {
        return record(d, null);
    }

    /** Posts a matched statement line once: the same {@code lineKey} again returns the first receipt. */
    @Transactional
    public Receipt postStatementLine(StatementDonation line) {
        if (line.lineKey() == null || line.lineKey().isBlank() || line.lineKey().length() > 128) {
            throw new Refused("lineKey", "fund.required");
        }
        ledger.lock(line.fundId());
        Optional<Receipt> earlier = jdbc.sql("select * from fund_donation where line_key = :k")
                .param("k", line.lineKey()).query(this::donation).optional()
                .map(x -> new Receipt(x.id(), x.receiptNumber(), x.amount(), x.amountInWords()));
        if (earlier.isPresent()) {
            return earlier.get();
        }
        String name = line.donorName() == null || line.donorName().isBlank() ? "?" : line.donorName().strip();
        return record(new NewDonation(line.fundId(), "NAMED", null, name.length() > 200 ? name.substring(0, 200)
                : name, null, false, Long.toString(line.amount()), "TRANSFER", line.accountId(), null,
                line.date().toString(), line.campaignId(), line.memo()), line.lineKey());
    }

    /**
     * Posts many matched statement lines of one fund and bank account at once (the statement import's batch path),
     * inside the caller's transaction: each line is checked as {@link #postStatementLine} checks it and the first
     * refused stops everything (the caller's transaction rolls back: no entry, no receipt number used); then one
     * pass appends the entries to the fund's chain in the lines' order ({@link Ledger#postAll}), the year's receipt
     * counter moves by the number of lines (numbers gap-free, in the lines' order) and the donations are written a
     * few thousand at a time. A line whose key was posted before is refused ({@code lineKey}): the import
     * de-duplicates before. One audit record and one statistics event cover the batch (the import's own audit
     * record lists the lines).
     *
     * @return the receipts, in the lines' order
     */
    @Transactional
    public List<Receipt> postStatementLines(long fundId, long accountId, List<StatementDonation> lines) {
        if (lines.isEmpty()) {
            return List.of();
        }
        Funds.Fund fund = funds.find(fundId)
                .orElseThrow(() -> new Refused("fund", "fund.fund.unknown", fundId));
        if (!permissions.mayAt("donation.record", fund.unitPath())) {
            throw new AccessDeniedException("may not record donations of fund " + fund.id());
        }
        Funds.Account account = funds.account(accountId).filter(a -> a.fundId() == fund.id())
                .orElseThrow(() -> new Refused("account", "fund.donation.account.required"));
        ledger.lock(fund.id());
        java.util.Set<Long> campaigns = new java.util.HashSet<>();
        funds.campaigns(fund.id()).forEach(c -> campaigns.add(c.id()));
        List<String> keys = new ArrayList<>(lines.size());
        List<Ledger.Posting> postings = new ArrayList<>(lines.size());
        List<String> names = new ArrayList<>(lines.size());
        for (StatementDonation line : lines) {
            if (line.fundId() != fund.id() || line.accountId() != account.id()) {
                throw new IllegalArgumentException("lines of another fund or account");
            }
            if (line.lineKey() == null || line.lineKey().isBlank() || line.lineKey().length() > 128) {
                throw new Refused("lineKey", "fund.required");
            }
            if (line.campaignId() != null && !campaigns.contains(line.campaignId())) {
                throw new Refused("campaign", "fund.campaign.unknown", line.campaignId());
            }
            String memo = blankToNull(line.memo());
            if (memo != null && memo.length() > 500) {
                throw new Refused("memo", "fund.long", 500);
            }
            String name = line.donorName() == null || line.donorName().isBlank() ? "?" : line.donorName().strip();
            name = name.length() > 200 ? name.substring(0, 200) : name;
            if (line.date() == null || !Dates.inBounds(line.date()) || line.date().isAfter(today.date())) {
                throw new Refused("date", "fund.date.invalid");
            }
            keys.add(line.lineKey());
            names.add(name);
            postings.add(new Ledger.Posting(fund.id(), line.date(), account.ledgerCode(), LedgerAccounts.DONATIONS,
                    line.amount(), "DONATION", null, name + (memo == null ? "" : " – " + memo)));
        }
        if (new java.util.HashSet<>(keys).size() != keys.size()) {
            throw new Refused("lineKey", "fund.donation.line.twice");
        }
        List<String> posted = batch.strings("select line_key from fund_donation where line_key = any(?::text[])",
                keys);
        if (!posted.isEmpty()) {
            throw new Refused("lineKey", "fund.donation.line.twice");
        }
        List<Ledger.Entry> entries = ledger.postAll(fund.id(), postings);
        // the receipt numbers: the counter of each year moves once by that year's count, gap-free
        Map<Integer, Integer> perYear = new java.util.TreeMap<>();
        for (StatementDonation line : lines) {
            perYear.merge(line.date().getYear(), 1, Integer::sum);
        }
        Map<Integer, Integer> next = new java.util.HashMap<>();
        perYear.forEach((year, n) -> {
            int last = jdbc.sql("""
                    insert into fund_receipt_counter (fund_id, year, last_number) values (:f, :y, :n)
                    on conflict (fund_id, year) do update set last_number = fund_receipt_counter.last_number + :n
                    returning last_number""").param("f", fund.id()).param("y", year).param("n", n)
                    .query(Integer.class).single();
            next.put(year, last - n + 1);
        });
        long[] ids = batch.ids("fund_donation", lines.size());
        String by = permissions.username();
        List<Object[]> rows = new ArrayList<>(lines.size());
        List<Receipt> receipts = new ArrayList<>(lines.size());
        LocalDate earliest = null;
        for (int i = 0; i < lines.size(); i++) {
            StatementDonation line = lines.get(i);
            int year = line.date().getYear();
            int seq = next.merge(year, 1, Integer::sum) - 1;
            String number = receiptNumber(fund.id(), year, seq);
            String memo = blankToNull(line.memo());
            String name = names.get(i);
            rows.add(new Object[] {ids[i], fund.id(), year, seq, number, "NAMED", name, false, line.amount(),
                    "TRANSFER", account.id(), line.date(), line.campaignId(), memo, line.lineKey(),
                    entries.get(i).id(), by,
                    VietnameseText.searchKey(number + " " + name + " " + (memo == null ? "" : memo))});
            receipts.add(new Receipt(ids[i], number, line.amount(), AmountInWords.dong(line.amount())));
            earliest = earliest == null || line.date().isBefore(earliest) ? line.date() : earliest;
        }
        batch.insert("fund_donation", DONATION_COLUMNS, rows);
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("account", account.accountNumber());
        value.put("donations", receipts.size());
        value.put("amount", lines.stream().mapToLong(StatementDonation::amount).sum());
        value.put("receipts", receipts.get(0).receiptNumber() + " … " + receipts.get(receipts.size() - 1)
                .receiptNumber());
        value.put("entries", entries.get(0).seq() + " … " + entries.get(entries.size() - 1).seq());
        audit.record("CREATE", "fund.donation", receipts.get(0).id() + "…" + receipts.get(receipts.size() - 1).id(),
                "Biên lai " + receipts.get(0).receiptNumber() + " … " + receipts.get(receipts.size() - 1)
                        .receiptNumber() + " (" + receipts.size() + ")", null, value);
        events.publishEvent(vn.chungsuc.shared.stats.StatisticChanged.at(FundStatistics.RAISED, fund.unitCode(),
                earliest));
        return receipts;
    }

    private static final List<LedgerBatch.Column> DONATION_COLUMNS = LedgerBatch.columns("""
            id:bigint fund_id:bigint receipt_year:int receipt_seq:int receipt_number:varchar
            donor_kind:varchar donor_name:text anonymous:boolean amount:bigint
            channel:varchar account_id:bigint donated_on:date campaign_id:bigint memo:text
            line_key:varchar entry_id:bigint recorded_by:varchar search_key:text
            """);

    private Receipt record(NewDonation d, String lineKey) {
        List<Refused.Reason> wrong = new ArrayList<>();
        Funds.Fund fund = d.fundId() == null ? null : funds.find(d.fundId()).orElse(null);
        if (fund == null) {
            wrong.add(Refused.Reason.of("fund", "fund.fund.unknown", d.fundId() == null ? "" : d.fundId()));
        }
        String kind = d.donorKind() == null ? "NAMED" : d.donorKind().strip().toUpperCase(Locale.ROOT);
        if (!KINDS.contains(kind)) {
            wrong.add(Refused.Reason.of("donor.kind", "fund.choice.invalid", String.join(", ", KINDS)));
        }
        String name = Funds.text(d.donorName(), "donor.name", 200, wrong);
        String ref = blankToNull(d.donorRef());
        if (ref != null && ref.length() > 60) {
            wrong.add(Refused.Reason.of("donor.ref", "fund.long", 60));
        }
        String address = blankToNull(d.donorAddress());
        if (address != null && address.length() > 300) {
            wrong.add(Refused.Reason.of("donor.address", "fund.long", 300));
        }
        long amount = parseAmount(d.amount(), wrong);
        String channel = d.channel() == null ? "" : d.channel().strip().toUpperCase(Locale.ROOT);
        if (!CHANNELS.contains(channel)) {
            wrong.add(Refused.Reason.of("channel", "fund.choice.invalid", String.join(", ", CHANNELS)));
        }
        String goods = blankToNull(d.inKindDescription());
        if ("IN_KIND".equals(channel) && goods == null) {
            wrong.add(Refused.Reason.of("inKindDescription", "fund.donation.inKind.required"));
        }
        if (goods != null && goods.length() > 500) {
            wrong.add(Refused.Reason.of("inKindDescription", "fund.long", 500));
        }
        Funds.Account account = null;
        if ("TRANSFER".equals(channel)) {
            account = d.accountId() == null ? null : funds.account(d.accountId())
                    .filter(a -> fund != null && a.fundId() == fund.id()).orElse(null);
            if (account == null) {
                wrong.add(Refused.Reason.of("account", "fund.donation.account.required"));
            }
        }
        LocalDate date = Dates.parse(d.date()).orElse(null);
        if (date == null || !Dates.inBounds(date)) {
            wrong.add(Refused.Reason.of("date", "fund.date.invalid"));
        } else if (date.isAfter(today.date())) {
            wrong.add(Refused.Reason.of("date", "fund.date.future", date));
        } else if (fund != null && !fund.openOn(date)) {
            wrong.add(Refused.Reason.of("date", "fund.date.outsideFund", fund.validFrom(),
                    fund.validTo() == null ? "" : fund.validTo().minusDays(1)));
        }
        if (d.campaignId() != null && fund != null && funds.campaign(fund.id(), d.campaignId()).isEmpty()) {
            wrong.add(Refused.Reason.of("campaign", "fund.campaign.unknown", d.campaignId()));
        }
        String memo = blankToNull(d.memo());
        if (memo != null && memo.length() > 500) {
            wrong.add(Refused.Reason.of("memo", "fund.long", 500));
        }
        if (!wrong.isEmpty()) {
            throw new Refused(wrong);
        }
        if (!permissions.mayAt("donation.record", fund.unitPath())) {
            throw new AccessDeniedException("may not record donations of fund " + fund.id());
        }
        String debit = switch (channel) {
            case "CASH" -> LedgerAccounts.CASH;
            case "TRANSFER" -> account.ledgerCode();
            default -> LedgerAccounts.GOODS;
        };
        Ledger.Entry entry = ledger.post(new Ledger.Posting(fund.id(), date, debit, LedgerAccounts.DONATIONS, amount,
                "DONATION", null, name + (memo == null ? "" : " – " + memo)));
        int year = date.getYear();
        int seq = jdbc.sql("""
                insert into fund_receipt_counter (fund_id, year, last_number) values (:f, :y, 1)
                on conflict (fund_id, year) do update set last_number = fund_receipt_counter.last_number + 1
                returning last_number""").param("f", fund.id()).param("y", year).query(Integer.class).single();
        String number = receiptNumber(fund.id(), year, seq);
        long id = jdbc.sql("""
                insert into fund_donation (fund_id, receipt_year, receipt_seq, receipt_number, donor_kind, donor_ref,
                    donor_name, donor_address, anonymous, amount, channel, in_kind_description, account_id,
                    donated_on, campaign_id, memo, line_key, entry_id, recorded_by, search_key)
                values (:f, :y, :seq, :no, :kind, :ref, :name, :addr, :anon, :amount, :ch, :goods, :acc, :d, :c,
                    :memo, :line, :entry, :by, :key) returning id""")
                .param("f", fund.id()).param("y", year).param("seq", seq).param("no", number).param("kind", kind)
                .param("ref", ref).param("name", name).param("addr", address).param("anon", d.anonymous())
                .param("amount", amount).param("ch", channel).param("goods", goods)
                .param("acc", account == null ? null : account.id()).param("d", date).param("c", d.campaignId())
                .param("memo", memo).param("line", lineKey).param("entry", entry.id())
                .param("by", permissions.username())
                .param("key", VietnameseText.searchKey(number + " " + name + " " + (memo == null ? "" : memo)))
                .query(Long.class).single();
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("receipt", number);
        value.put("amount", amount);
        value.put("channel", channel);
        value.put("date", date.toString());
        value.put("entry", entry.seq());
        audit.record("CREATE", "fund.donation", String.valueOf(id), "Biên lai " + number + ": " + name, null, value);
        events.publishEvent(vn.chungsuc.shared.stats.StatisticChanged.at(FundStatistics.RAISED, fund.unitCode(), date));
        return new Receipt(id, number, amount, AmountInWords.dong(amount));
    }

    /** "Q3-2025-00012": the fund, the year and the number in the fund's series for the year. */
    static String receiptNumber(long fundId, int year, int seq) {
        return "Q" + fundId + "-" + year + "-" + String.format(Locale.ROOT, "%05d", seq);
    }

    /** Voids a receipt by reversing its entry, with a reason; the receipt and its number stay. */
    @Transactional
    public void voidReceipt(long donationId, String reason) {
        Donation d = get(donationId);
        Funds.Fund fund = funds.get(d.fundId());
        if (!permissions.mayAt("donation.record", fund.unitPath())) {
            throw new AccessDeniedException("may not void receipts of fund " + fund.id());
        }
        ledger.lock(fund.id());
        if (get(donationId).voided()) {
            throw new Refused("donation", "fund.donation.voided", d.receiptNumber());
        }
        Ledger.Entry reversal = ledger.reverse(d.entryId(), reason);
        jdbc.sql("""
                update fund_donation set void_entry_id = :e, void_reason = :r, voided_at = now(), voided_by = :by
                where id = :id and void_entry_id is null""").param("e", reversal.id()).param("r", reversal.memo())
                .param("by", permissions.username()).param("id", donationId).update();
        audit.record("VOID", "fund.donation", String.valueOf(donationId), "Hủy biên lai " + d.receiptNumber(),
                Map.of("receipt", d.receiptNumber(), "amount", d.amount()),
                Map.of("reversal", reversal.seq(), "reason", reversal.memo()));
        events.publishEvent(vn.chungsuc.shared.stats.StatisticChanged.at(FundStatistics.RAISED, fund.unitCode(),
                d.donatedOn()));
    }

    // ---- reads ----

    /** The donation, if the user may view its fund. */
    public Donation get(long id) {
        return jdbc.sql("select * from fund_donation where id = :id").param("id", id).query(this::donation)
                .optional().filter(d -> funds.find(d.fundId()).isPresent())
                .orElseThrow(() -> new NotFound("donation", "fund.donation.unknown", id));
    }

    public record Page(List<Donation> rows, long total, int page, int size) {

        public int totalPages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    /** A fund's donations, newest first, searched by receipt number, donor or memo (accents ignored). */
    public Page list(long fundId, String query, int page, int size) {
        funds.get(fundId);
        String key = VietnameseText.likeKey(query == null ? "" : query.length() > 200 ? query.substring(0, 200)
                : query);
        String like = "%" + key + "%";
        long total = jdbc.sql("select count(*) from fund_donation where fund_id = :f and search_key like :q")
                .param("f", fundId).param("q", like).query(Long.class).single();
        int p = Math.max(0, Math.min(page, (int) ((total + size - 1) / size) - 1));
        List<Donation> rows = jdbc.sql("""
                select * from fund_donation where fund_id = :f and search_key like :q
                order by donated_on desc, id desc limit :size offset :off""").param("f", fundId).param("q", like)
                .param("size", size).param("off", (long) p * size).query(this::donation).list();
        return new Page(rows, total, p, size);
    }

    /** Every donation of a fund, oldest first (the .xlsx export). */
    public List<Donation> all(long fundId) {
        funds.get(fundId);
        return jdbc.sql("select * from fund_donation where fund_id = :f order by donated_on, id").param("f", fundId)
                .query(this::donation).list();
    }

    /** A receipt by its number, for the donor's public look-up (the caller shows only public fields). */
    public Optional<Donation> byReceiptNumber(String number) {
        if (number == null || number.isBlank() || number.length() > 30) {
            return Optional.empty();
        }
        return jdbc.sql("select * from fund_donation where receipt_number = :n")
                .param("n", number.strip().toUpperCase(Locale.ROOT)).query(this::donation).optional();
    }

    private Donation donation(ResultSet rs, int i) throws SQLException {
        return new Donation(rs.getLong("id"), rs.getLong("fund_id"), rs.getString("receipt_number"),
                rs.getInt("receipt_year"), rs.getInt("receipt_seq"), rs.getString("donor_kind"),
                rs.getString("donor_ref"), rs.getString("donor_name"), rs.getString("donor_address"),
                rs.getBoolean("anonymous"), rs.getLong("amount"), rs.getString("channel"),
                rs.getObject("account_id") == null ? null : rs.getLong("account_id"),
                rs.getString("in_kind_description"), rs.getObject("donated_on", LocalDate.class),
                rs.getObject("campaign_id") == null ? null : rs.getLong("campaign_id"), rs.getString("memo"),
                rs.getLong("entry_id"), rs.getObject("void_entry_id") == null ? null : rs.getLong("void_entry_id"),
                rs.getString("void_reason"),
                rs.getTimestamp("voided_at") == null ? null : rs.getTimestamp("voided_at").toInstant(),
                rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant());
    }

    /** Whole đồng: digits, with "." or spaces between thousands allowed ("5.000.000"). */
    static long parseAmount(String text, List<Refused.Reason> wrong) {
        String t = text == null ? "" : text.strip().replace(".", "").replace(" ", "").replace("\u00a0", "");
        if (!t.matches("[0-9]{1,15}")) {
            wrong.add(Refused.Reason.of("amount", "fund.amount.range"));
            return 0;
        }
        long v = Long.parseLong(t);
        if (v <= 0 || v > Ledger.MAX_AMOUNT) {
            wrong.add(Refused.Reason.of("amount", "fund.amount.range"));
        }
        return v;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
