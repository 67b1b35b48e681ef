package vn.chungsuc.fund.domain;

/**
 * The accounts of a fund's ledger. Assets: cash ({@code CASH}, the cash book), each bank account
 * ({@code BANK:<id>}) and goods received in kind ({@code GOODS}, at their valuation). Sources and uses: donations
 * received ({@code DONATIONS}), support paid out by category ({@code SUPPORT:<category>}), funds handed over or
 * taken over ({@code TRANSFER}), the opening balance ({@code OPENING}), the bank's fees ({@code BANK_FEES}) and the
 * interest it pays ({@code INTEREST}).
 */
public final class LedgerAccounts {

    public static final String CASH = "CASH";
    public static final String GOODS = "GOODS";
    public static final String DONATIONS = "DONATIONS";
    public static final String TRANSFER = "TRANSFER";
    public static final String OPENING = "OPENING";
    /** Fees the bank charges the fund's account (an expense, not support paid out; TT 41/2022/TT-BTC). */
    public static final String BANK_FEES = "BANK_FEES";
    /** Interest the bank pays on the fund's account (a source of the fund besides donations). */
    public static final String INTEREST = "INTEREST";

    private LedgerAccounts() {
    }

    public static String bank(long accountId) {
        return "BANK:" + accountId;
    }

    public static String support(String category) {
        return "SUPPORT:" + category;
    }

    /** Whether the account holds money or goods (its balance may not go below zero without a decision). */
    public static boolean asset(String account) {
        return CASH.equals(account) || GOODS.equals(account) || account.startsWith("BANK:");
    }

    /** The message key of the account's name ("fund.ledger.account.BANK"). */
    public static String labelKey(String account) {
        int colon = account.indexOf(':');
        return "fund.ledger.account." + (colon < 0 ? account : account.substring(0, colon));
    }
}
