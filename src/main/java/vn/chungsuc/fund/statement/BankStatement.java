package vn.chungsuc.fund.statement;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.chungsuc.shared.text.VietnameseText;

/**
 * A bank statement as read from the bank's export, checked whole: every line parsed, every printed running
 * balance agreeing, and opening balance + Σ lines = closing balance.
 *
 * @param format the layout it was read as
 * @param bankBin the bank's NAPAS BIN
 * @param bank the bank's short name
 * @param account the account number the statement is of
 * @param from first day of the period the statement covers
 * @param to last day of the period
 * @param openingBalance the balance before the first line (đồng)
 * @param closingBalance the balance after the last line (đồng)
 * @param lines the transactions in the bank's order
 */
public record BankStatement(StatementFormat format, String bankBin, String bank, String account, LocalDate from,
        LocalDate to, long openingBalance, long closingBalance, List<StatementLine> lines) {

    public BankStatement {
        lines = List.copyOf(lines);
    }

    /**
     * The key that says two lines are the same transaction, in this statement or another one of the same account
     * (statements overlap, Agribank reuses references): bank, account, date, amount, normalised description, and
     * the line's occurrence among lines that agree on all of these in the statement (two gifts of 100.000 đ with the
     * same text on one day are two gifts; read again, they get occurrences 1 and 2 again).
     */
    public record DedupKey(String bankBin, String account, LocalDate date, long amount, String normalisedDescription,
            int occurrence) {
    }

    /** Credits minus debits. */
    public long net() {
        long sum = 0;
        for (StatementLine l : lines) {
            sum += l.amount();
        }
        return sum;
    }

    public long credits() {
        return lines.stream().mapToLong(StatementLine::amount).filter(a -> a > 0).sum();
    }

    public long debits() {
        return -lines.stream().mapToLong(StatementLine::amount).filter(a -> a < 0).sum();
    }

    /** opening + Σ lines − closing: 0 for a statement that adds up (the parser refuses one that does not). */
    public long difference() {
        return openingBalance + net() - closingBalance;
    }

    /** The de-duplication key of each line, in the order of {@link #lines()}. */
    public List<DedupKey> keys() {
        Map<DedupKey, Integer> seen = new HashMap<>();
        return lines.stream().map(l -> {
            DedupKey base = new DedupKey(bankBin, account, l.date(), l.amount(), l.normalisedDescription(), 0);
            int n = seen.merge(base, 1, Integer::sum);
            return new DedupKey(bankBin, account, l.date(), l.amount(), l.normalisedDescription(), n);
        }).toList();
    }

    /** A description folded for comparison: diacritics away, lower case, punctuation as single spaces. */
    public static String normalise(String description) {
        if (description == null) {
            return "";
        }
        String key = StatementParser.ascii(description) ? description.toLowerCase(java.util.Locale.ROOT)
                : VietnameseText.searchKey(description);
        StringBuilder out = new StringBuilder(key.length());
        boolean space = false;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                out.append(c);
                space = false;
            } else {
                space = true;
            }
        }
        return out.toString();
    }
}
