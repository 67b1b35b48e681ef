package vn.chungsuc.fund.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.chungsuc.fund.FundPermissions;
import vn.chungsuc.shared.audit.AuditLog;
import vn.chungsuc.shared.problem.Refused;
import vn.chungsuc.shared.time.Dates;
import vn.chungsuc.shared.time.Today;

/**
 * A fund's ledger (TT 41/2022/TT-BTC: accounting for social and charitable activities). Each entry debits one account
 * and credits another by the same whole-đồng amount, so the ledger balances by construction; entries are never
 * changed (a trigger refuses UPDATE and DELETE): a correction is a mirror reversal. Balances are sums of entries.
 *
 * <p>Every entry carries a SHA-256 over its fields and the previous entry's hash ({@link ChainHash}), one chain per
 * fund; appends are serialised by a row lock on the fund, so two postings never chain to the same predecessor. The
 * chain head is published at the end of each day with entries (and on demand): someone with database access could
 * rewrite the whole chain, but not the heads already printed and signed, which {@link #verify} compares.
 */
@Service("fundLedger")
@Transactional(readOnly = true)
public class Ledger {

    /** The largest amount a receipt prints in words (999.999.999.999.999 đ). */
    public static final long MAX_AMOUNT = 999_999_999_999_999L;

    private final JdbcClient jdbc;
    private final JdbcTemplate streaming;
    private final Funds funds;
    private final FundPermissions permissions;
    private final AuditLog audit;
    private final Today today;

    Ledger(JdbcClient jdbc, DataSource dataSource, Funds funds, FundPermissions permissions, AuditLog audit,
            Today today) {
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(5_000);
        this.funds = funds;
        this.permissions = permissions;
        this.audit = audit;
        this.today = today;
    }

    public record Entry(long id, long fundId, long seq, LocalDate date, String debit, String credit, long amount,
            String kind, String ref, String memo, Long reverses, Instant recordedAt, String recordedBy,
            String prevHash, String hash) {
    }

    /** What to post: the accounts, the amount, what kind of event (DONATION, SUPPORT, TRANSFER…) and its reference. */
    public record Posting(long fundId, LocalDate date, String debit, String credit, long amount, String kind,
            String ref, String memo) {
    }

    public record Head(long id, LocalDate date, long entries, String hash, Instant publishedAt) {
    }

    public record Closure(long id, LocalDate closedThrough, Instant closedAt, String closedBy, Instant reopenedAt,
            String reopenedBy, String reopenReason) {

        public boolean standing() {
            return reopenedAt == null;
        }
    }

    /**
     * @param firstBrokenEntry the sequence number of the first entry whose stored hash or link differs from the
     *     recomputed one (or, when the chain is consistent but a published head differs, the first entry after the
     *     last head that still matches); null when valid
     */
    public record Verification(boolean valid, long entries, Long firstBrokenEntry, int publishedHeadsChecked,
            Long firstBrokenEntryId, LocalDate firstBrokenHead) implements java.io.Serializable {
    }

    // ---- posting ----

    /** Takes the fund's row lock: appends to one fund's chain happen one after another. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lock(long fundId) {
        jdbc.sql("select id from fund_fund where id = :id for update").param("id", fundId).query(Long.class)
                .optional().orElseThrow(() -> new NotFound("fund", "fund.fund.unknown", fundId));
    }

    /**
     * Appends an entry to the fund's chain, inside the caller's transaction. Refused: an amount outside
     * 1 … {@link #MAX_AMOUNT}, a date outside the fund's dates or in the future, a date in a closed period, and a
     * credit that takes an asset account below zero without a standing decision that allows it.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Entry post(Posting p) {
        return append(p, null);
    }

    private Entry append(Posting p, Long reverses) {
        lock(p.fundId());
        Funds.Fund fund = funds.load(p.fundId()).orElseThrow();
        check(p, fund, standingClosure(p.fundId()));
        if (LedgerAccounts.asset(p.credit())) {
            refuseBelowAllowed(p, balance(p.fundId(), p.credit()));
        }
        publishEarlierDays(p.fundId());
        Optional<Entry> last = last(p.fundId());
        long seq = last.map(e -> e.seq() + 1).orElse(1L);
        String prev = last.map(Entry::hash).orElse(ChainHash.GENESIS);
        Instant at = today.now().truncatedTo(ChronoUnit.MICROS);
        String by = permissions.username();
        String memo = p.memo() == null ? "" : p.memo();
        String hash = ChainHash.of(p.fundId(), seq, p.date(), p.debit(), p.credit(), p.amount(), p.kind(), p.ref(),
                memo, reverses, at, by, prev);
        long id = jdbc.sql("""
                insert into fund_entry (fund_id, seq, entry_date, debit, credit, amount, kind, ref, memo, reverses,
                    recorded_at, recorded_by, prev_hash, hash)
                values (:f, :seq, :d, :dr, :cr, :a, :k, :ref, :memo, :rev, :at, :by, :prev, :hash) returning id""")
                .param("f", p.fundId()).param("seq", seq).param("d", p.date()).param("dr", p.debit())
                .param("cr", p.credit()).param("a", p.amount()).param("k", p.kind()).param("ref", p.ref())
                .param("memo", memo).param("rev", reverses).param("at", Timestamp.from(at)).param("by", by)
                .param("prev", prev).param("hash", hash).query(Long.class).single();
        return new Entry(id, p.fundId(), seq, p.date(), p.debit(), p.credit(), p.amount(), p.kind(), p.ref(), memo,
                reverses, at, by, prev, hash);
    }

    /**
     * Appends many entries to one fund's chain in order, inside the caller's transaction: the same refusals as
     * {@link #post} for each (the first refused stops everything, and the caller's transaction rolls back), one
     * chain-hash pass, and the rows written a few thousand at a time ({@link LedgerBatch}). A statement import
     * posts its matched lines this way.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Entry> postAll(long fundId, List<Posting> postings) {
        if (postings.isEmpty()) {
            return List.of();
        }
        lock(fundId);
        Funds.Fund fund = funds.load(fundId).orElseThrow();
        Optional<Closure> closure = standingClosure(fundId);
        Map<String, Long> assets = new java.util.HashMap<>();
        for (Posting p : postings) {
            if (p.fundId() != fundId) {
                throw new IllegalArgumentException("postings of another fund: " + p.fundId());
            }
            check(p, fund, closure);
            if (LedgerAccounts.asset(p.credit())) {
                assets.put(p.credit(), refuseBelowAllowed(p,
                        assets.computeIfAbsent(p.credit(), a -> balance(fundId, a))));
            }
            if (LedgerAccounts.asset(p.debit())) {
                assets.put(p.debit(), assets.computeIfAbsent(p.debit(), a -> balance(fundId, a)) + p.amount());
            }
        }
        publishEarlierDays(fundId);
        Optional<Entry> last = last(fundId);
        long seq = last.map(Entry::seq).orElse(0L);
        String prev = last.map(Entry::hash).orElse(ChainHash.GENESIS);
        Instant at = today.now().truncatedTo(ChronoUnit.MICROS);
        String by = permissions.username();
        LedgerBatch batch = new LedgerBatch(streaming);
        long[] ids = batch.ids("fund_entry", postings.size());
        List<Entry> out = new ArrayList<>(postings.size());
        List<Object[]> rows = new ArrayList<>(postings.size());
        String atText = at.toString();
        for (int i = 0; i < postings.size(); i++) {
            Posting p = postings.get(i);
            seq++;
            String memo = p.memo() == null ? "" : p.memo();
            String hash = ChainHash.of(fundId, seq, p.date(), p.debit(), p.credit(), p.amount(), p.kind(), p.ref(),
                    memo, null, at, by, prev);
            out.add(new Entry(ids[i], fundId, seq, p.date(), p.debit(), p.credit(), p.amount(), p.kind(), p.ref(),
                    memo, null, at, by, prev, hash));
            rows.add(new Object[] {ids[i], fundId, seq, p.date(), p.debit(), p.credit(), p.amount(), p.kind(),
                    p.ref(), memo, atText, by, prev, hash});
            prev = hash;
        }
        batch.insert("fund_entry", ENTRY_COLUMNS, rows);
        return out;
    }

    private static final List<LedgerBatch.Column> ENTRY_COLUMNS = LedgerBatch.columns("""
            id:bigint fund_id:bigint seq:bigint entry_date:date debit:varchar credit:varchar
            amount:bigint kind:varchar ref:varchar memo:text recorded_at:timestamptz
            recorded_by:varchar prev_hash:char(64) hash:char(64)
            """);

    /**
     * The credited asset account's balance after the posting; refused when it goes below zero beyond what a standing
     * overdraft decision allows (the one rule for {@link #post} and {@link #postAll}).
     */
    private long refuseBelowAllowed(Posting p, long before) {
        long after = before - p.amount();
        if (after < 0 && !overdraftAllowed(p.fundId(), p.credit(), p.date(), -after)) {
            throw new Refused("amount", "fund.ledger.negative", Math.negateExact(after));
        }
        return after;
    }

    /** The refusals every posting meets (amount, date, the fund's dates, a closed period, one account twice). */
    private void check(Posting p, Funds.Fund fund, Optional<Closure> closure) {
        if (p.amount() <= 0 || p.amount() > MAX_AMOUNT) {
            throw new Refused("amount", "fund.amount.range");
        }
        if (p.date() == null || !Dates.inBounds(p.date()) || p.date().isAfter(today.date())) {
            throw new Refused("date", "fund.date.invalid");
        }
        if (!fund.openOn(p.date())) {
            throw new Refused("date", "fund.date.outsideFund", fund.validFrom(),
                    fund.validTo() == null ? "" : fund.validTo().minusDays(1));
        }
        closure.filter(c -> !p.date().isAfter(c.closedThrough())).ifPresent(c -> {
            throw new Refused("date", "fund.ledger.closed", c.closedThrough());
        });
        if (p.debit().equals(p.credit())) {
            throw new Refused("account", "fund.ledger.sameAccount");
        }
    }

    /**
     * The mirror of an entry (debit and credit swapped, same amount), dated today, with the reason in its memo. An
     * entry is reversed once at most, and a reversal is not reversed.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Entry reverse(long entryId, String reason) {
        Entry e = entry(entryId).orElseThrow(() -> new NotFound("entry", "fund.ledger.entry.unknown", entryId));
        String why = Funds.reason(reason);
        if (e.reverses() != null) {
            throw new Refused("entry", "fund.ledger.reversal.ofReversal");
        }
        if (jdbc.sql("select count(*) from fund_entry where reverses = :id").param("id", entryId)
                .query(Long.class).single() > 0) {
            throw new Refused("entry", "fund.ledger.reversal.twice", e.seq());
        }
        return append(new Posting(e.fundId(), today.date(), e.credit(), e.debit(), e.amount(), "REVERSAL", e.ref(),
                why), e.id());
    }

    /**
     * What a district fund hands over when its level ends (1/7/2025), or any fund to another: one entry in each
     * ledger (out of the giving fund's asset account, into the receiving fund's), and the transfer recorded.
     */
    @Transactional
    public long transfer(long fromFund, String fromAccount, long toFund, String toAccount, long amount,
            LocalDate date, String basis) {
        Funds.Fund from = funds.get(fromFund);
        Funds.Fund to = funds.get(toFund);
        permissions.checkAt("fund.manage", from.unitPath());
        permissions.checkAt("fund.manage", to.unitPath());
        String why = basis == null ? "" : basis.strip();
        if (why.isEmpty() || why.length() > 500) {
            throw new Refused("basis", "fund.required");
        }
        if (!LedgerAccounts.asset(fromAccount) || !LedgerAccounts.asset(toAccount)) {
            throw new Refused("account", "fund.ledger.account.invalid");
        }
        // lock in id order so that two transfers between the same funds cannot deadlock
        lock(Math.min(fromFund, toFund));
        lock(Math.max(fromFund, toFund));
        String ref = "TRANSFER:" + fromFund + ">" + toFund;
        Entry out = post(new Posting(fromFund, date, LedgerAccounts.TRANSFER, fromAccount, amount, "TRANSFER", ref,
                why));
        LocalDate inDate = to.openOn(date) ? date : to.validFrom();
        Entry in = post(new Posting(toFund, inDate, toAccount, LedgerAccounts.TRANSFER, amount, "TRANSFER", ref,
                why));
        return funds.recordTransfer(fromFund, toFund, date, amount, why, out.id(), in.id());
    }

    // ---- reads ----

    public Optional<Entry> entry(long id) {
        return jdbc.sql("select * from fund_entry where id = :id").param("id", id).query((rs, i) -> entry(rs))
                .optional();
    }

    Optional<Entry> last(long fundId) {
        return jdbc.sql("select * from fund_entry where fund_id = :f order by seq desc limit 1").param("f", fundId)
                .query((rs, i) -> entry(rs)).optional();
    }

    /** A page of entries, newest first; an account given shows only the entries that touch it (the cash book). */
    public List<Entry> entries(long fundId, String account, int page, int size) {
        return jdbc.sql("""
                select * from fund_entry where fund_id = :f
                  and (cast(:acc as varchar) is null or debit = :acc or credit = :acc)
                order by seq desc limit :size offset :off""").param("f", fundId).param("acc", account)
                .param("size", size).param("off", (long) page * size).query((rs, i) -> entry(rs)).list();
    }

    public long count(long fundId, String account) {
        return jdbc.sql("""
                select count(*) from fund_entry where fund_id = :f
                  and (cast(:acc as varchar) is null or debit = :acc or credit = :acc)""").param("f", fundId)
                .param("acc", account).query(Long.class).single();
    }

    /** The balance of one account: debits minus credits, all entries. */
    public long balance(long fundId, String account) {
        return jdbc.sql("""
                select coalesce(sum(case when debit = :a then amount else -amount end), 0) from fund_entry
                where fund_id = :f and (debit = :a or credit = :a)""").param("f", fundId).param("a", account)
                .query(Long.class).single();
    }

    /** The balance of one account at the end of a day (the bank statement's closing balance is checked on it). */
    public long balanceOn(long fundId, String account, LocalDate through) {
        return jdbc.sql("""
                select coalesce(sum(case when debit = :a then amount else -amount end), 0) from fund_entry
                where fund_id = :f and (debit = :a or credit = :a) and entry_date <= :d""").param("f", fundId)
                .param("a", account).param("d", through).query(Long.class).single();
    }

    /** Every account's balance (debits minus credits), in account order. */
    public Map<String, Long> balances(long fundId) {
        Map<String, Long> out = new LinkedHashMap<>();
        jdbc.sql("""
                select account, sum(amount) as balance from (
                    select debit as account, amount from fund_entry where fund_id = :f
                    union all select credit, -amount from fund_entry where fund_id = :f) x
                group by account order by account""").param("f", fundId)
                .query((rs, i) -> out.put(rs.getString("account"), rs.getLong("balance"))).list();
        return out;
    }

    /** What the fund holds: the sum of its asset accounts. */
    public long holdings(long fundId) {
        return balances(fundId).entrySet().stream().filter(e -> LedgerAccounts.asset(e.getKey()))
                .mapToLong(Map.Entry::getValue).sum();
    }

    public List<Head> heads(long fundId) {
        return jdbc.sql("select * from fund_published_head where fund_id = :f order by entries desc")
                .param("f", fundId).query((rs, i) -> new Head(rs.getLong("id"),
                        rs.getObject("head_date", LocalDate.class), rs.getLong("entries"), rs.getString("hash"),
                        rs.getTimestamp("published_at").toInstant())).list();
    }

    public List<Closure> closures(long fundId) {
        return jdbc.sql("select * from fund_period_closure where fund_id = :f order by id desc").param("f", fundId)
                .query((rs, i) -> new Closure(rs.getLong("id"), rs.getObject("closed_through", LocalDate.class),
                        rs.getTimestamp("closed_at").toInstant(), rs.getString("closed_by"),
                        rs.getTimestamp("reopened_at") == null ? null : rs.getTimestamp("reopened_at").toInstant(),
                        rs.getString("reopened_by"), rs.getString("reopen_reason"))).list();
    }

    Optional<Closure> standingClosure(long fundId) {
        return closures(fundId).stream().filter(Closure::standing).findFirst();
    }

    // ---- heads, closures, decisions ----

    /** Publishes the head of the days before today whose entries no head covers yet (the day's last entry). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void publishEarlierDays(long fundId) {
        Optional<Entry> last = last(fundId);
        if (last.isEmpty()) {
            return;
        }
        LocalDate day = last.get().recordedAt().atZone(Today.VIETNAM).toLocalDate();
        if (day.isBefore(today.date())) {
            publish(fundId, last.get(), day);
        }
    }

    /** Publishes the head as it stands now (the board prints and signs it); nothing when it is already published. */
    @Transactional
    public Optional<Head> publishNow(long fundId) {
        Funds.Fund fund = funds.get(fundId);
        permissions.checkAt("ledger.close", fund.unitPath());
        lock(fundId);
        Optional<Head> head = last(fundId).flatMap(e -> publish(fundId, e, today.date()));
        // the board's publication is an officer's act on the books: audited like a closure (issue 18)
        head.ifPresent(h -> audit.record("PUBLISH", "fund.ledger", String.valueOf(fundId), "Công bố đầu chuỗi sổ quỹ "
                + "ngày " + Dates.show(h.date()) + " (" + h.entries() + " bút toán)", null,
                Map.of("date", h.date().toString(), "entries", h.entries(), "hash", h.hash())));
        return head;
    }

    /** The end-of-day publication for every fund (the scheduler and the demo call it). */
    @Transactional
    public void publishAll() {
        for (Long id : jdbc.sql("select id from fund_fund order by id").query(Long.class).list()) {
            lock(id);
            last(id).ifPresent(e -> publish(id, e, e.recordedAt().atZone(Today.VIETNAM).toLocalDate()));
        }
    }

    private Optional<Head> publish(long fundId, Entry last, LocalDate day) {
        int inserted = jdbc.sql("""
                insert into fund_published_head (fund_id, head_date, entries, hash, published_at)
                values (:f, :d, :n, :h, :at) on conflict (fund_id, entries) do nothing""").param("f", fundId)
                .param("d", day).param("n", last.seq()).param("h", last.hash())
                .param("at", Timestamp.from(today.now())).update();
        return inserted == 0 ? Optional.empty() : heads(fundId).stream().findFirst();
    }

    /** Closes the fund's books through a date: later than the standing closure, not after today. */
    @Transactional
    public long close(long fundId, LocalDate through) {
        Funds.Fund fund = funds.get(fundId);
        permissions.checkAt("ledger.close", fund.unitPath());
        lock(fundId);
        if (through == null || !Dates.inBounds(through) || through.isAfter(today.date())) {
            throw new Refused("through", "fund.date.invalid");
        }
        Optional<Closure> standing = standingClosure(fundId);
        if (standing.isPresent() && !through.isAfter(standing.get().closedThrough())) {
            throw new Refused("through", "fund.ledger.close.notAfter", standing.get().closedThrough());
        }
        long id = jdbc.sql("""
                insert into fund_period_closure (fund_id, closed_through, closed_by) values (:f, :d, :by)
                returning id""").param("f", fundId).param("d", through).param("by", permissions.username())
                .query(Long.class).single();
        audit.record("CLOSE", "fund.ledger", String.valueOf(fundId), "Khóa sổ quỹ đến " + Dates.show(through),
                standing.map(c -> Map.of("closedThrough", c.closedThrough().toString())).orElse(null),
                Map.of("closedThrough", through.toString(), "closure", id));
        return id;
    }

    /** Reopens the latest standing closure, with a reason; an earlier one stays until the later is reopened. */
    @Transactional
    public void reopen(long fundId, long closureId, String reason) {
        Funds.Fund fund = funds.get(fundId);
        permissions.checkAt("ledger.close", fund.unitPath());
        lock(fundId);
        String why = Funds.reason(reason);
        Closure latest = standingClosure(fundId).orElseThrow(() -> new Refused("closure", "fund.ledger.reopen.none"));
        if (latest.id() != closureId) {
            throw new Refused("closure", "fund.ledger.reopen.notLatest", latest.closedThrough());
        }
        jdbc.sql("""
                update fund_period_closure set reopened_at = now(), reopened_by = :by, reopen_reason = :r
                where id = :id and reopened_at is null""").param("by", permissions.username()).param("r", why)
                .param("id", closureId).update();
        audit.record("REOPEN", "fund.ledger", String.valueOf(fundId), "Mở lại sổ quỹ: " + why,
                Map.of("closedThrough", latest.closedThrough().toString()),
                Map.of("reopened", closureId, "reason", why));
    }

    /** Records the decision that lets an asset account go below zero within a limit (an advance), audited. */
    @Transactional
    public long allowOverdraft(long fundId, String account, String decisionNumber, long limit, LocalDate from,
            LocalDate to) {
        Funds.Fund fund = funds.get(fundId);
        permissions.checkAt("support.decide", fund.unitPath());
        List<Refused.Reason> wrong = new ArrayList<>();
        if (account == null || !LedgerAccounts.asset(account)) {
            wrong.add(Refused.Reason.of("account", "fund.ledger.account.invalid"));
        }
        String number = Funds.text(decisionNumber, "decisionNumber", 100, wrong);
        if (limit <= 0 || limit > MAX_AMOUNT) {
            wrong.add(Refused.Reason.of("limit", "fund.amount.range"));
        }
        if (from == null || to == null || !Dates.inBounds(from) || !Dates.inBounds(to) || to.isBefore(from)) {
            wrong.add(Refused.Reason.of("validTo", "fund.date.order"));
        }
        if (!wrong.isEmpty()) {
            throw new Refused(wrong);
        }
        long id = jdbc.sql("""
                insert into fund_overdraft_decision (fund_id, account, decision_number, limit_amount, valid_from,
                    valid_to, recorded_by) values (:f, :a, :n, :l, :from, :to, :by) returning id""")
                .param("f", fundId).param("a", account).param("n", number).param("l", limit).param("from", from)
                .param("to", to).param("by", permissions.username()).query(Long.class).single();
        audit.record("CREATE", "fund.overdraft", String.valueOf(id), "Quyết định cho phép số dư âm " + number, null,
                Map.of("fund", fundId, "account", account, "limit", limit));
        return id;
    }

    private boolean overdraftAllowed(long fundId, String account, LocalDate on, long below) {
        return jdbc.sql("""
                select count(*) from fund_overdraft_decision where fund_id = :f and account = :a
                  and valid_from <= :d and valid_to >= :d and limit_amount >= :b""").param("f", fundId)
                .param("a", account).param("d", on).param("b", below).query(Long.class).single() > 0;
    }

    // ---- verification ----

    /** Verification for a user who may view the fund. */
    public Verification verify(long fundId) {
        funds.get(fundId);
        return verifyChain(fundId);
    }

    /**
     * Recomputes the fund's chain from its first entry, streaming the rows, and compares every published head with
     * the recomputed hash at its entry.
     */
    public Verification verifyChain(long fundId) {
        Map<Long, Head> heads = new LinkedHashMap<>();
        for (Head h : heads(fundId)) {
            heads.put(h.entries(), h);
        }
        long[] count = {0};
        Long[] broken = {null, null};
        String[] prev = {ChainHash.GENESIS};
        String[] recomputedPrev = {ChainHash.GENESIS};
        long[] lastGoodHead = {0};
        LocalDate[] brokenHead = {null};
        int[] checked = {0};
        streaming.query("""
                select id, seq, entry_date, debit, credit, amount, kind, ref, memo, reverses, recorded_at,
                       recorded_by, prev_hash, hash
                from fund_entry where fund_id = ? order by seq""", rs -> {
            long seq = rs.getLong("seq");
            count[0]++;
            Long reverses = rs.getObject("reverses") == null ? null : rs.getLong("reverses");
            String stored = rs.getString("hash");
            String recomputed = ChainHash.of(fundId, seq, rs.getObject("entry_date", LocalDate.class),
                    rs.getString("debit"), rs.getString("credit"), rs.getLong("amount"), rs.getString("kind"),
                    rs.getString("ref"), rs.getString("memo"), reverses, rs.getTimestamp("recorded_at").toInstant(),
                    rs.getString("recorded_by"), recomputedPrev[0]);
            if (broken[0] == null && (seq != count[0] || !rs.getString("prev_hash").equals(prev[0])
                    || !stored.equals(recomputed))) {
                broken[0] = seq;
                broken[1] = rs.getLong("id");
            }
            Head head = heads.get(seq);
            if (head != null) {
                checked[0]++;
                if (head.hash().equals(recomputed)) {
                    if (brokenHead[0] == null) {
                        lastGoodHead[0] = seq;
                    }
                } else if (brokenHead[0] == null) {
                    brokenHead[0] = head.date();
                }
            }
            prev[0] = stored;
            recomputedPrev[0] = recomputed;
        }, fundId);
        // a head beyond the last entry: entries were deleted
        for (Head h : heads.values()) {
            if (h.entries() > count[0]) {
                checked[0]++;
                if (brokenHead[0] == null) {
                    brokenHead[0] = h.date();
                }
            }
        }
        Long first = broken[0];
        Long firstId = broken[1];
        if (first == null && brokenHead[0] != null) {
            first = lastGoodHead[0] + 1;
            firstId = jdbc.sql("select id from fund_entry where fund_id = :f and seq = :s").param("f", fundId)
                    .param("s", first).query(Long.class).optional().orElse(null);
        }
        boolean valid = first == null && brokenHead[0] == null;
        return new Verification(valid, count[0], first, checked[0], firstId, brokenHead[0]);
    }

    private static Entry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Entry(rs.getLong("id"), rs.getLong("fund_id"), rs.getLong("seq"),
                rs.getObject("entry_date", LocalDate.class), rs.getString("debit"), rs.getString("credit"),
                rs.getLong("amount"), rs.getString("kind"), rs.getString("ref"), rs.getString("memo"),
                rs.getObject("reverses") == null ? null : rs.getLong("reverses"),
                rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by"), rs.getString("prev_hash"),
                rs.getString("hash"));
    }
}
