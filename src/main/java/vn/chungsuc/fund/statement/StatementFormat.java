package vn.chungsuc.fund.statement;

/**
 * The statement layouts the parser knows, each with how it is recognised. The columns are found by their titles
 * (Vietnamese or English, accents ignored), so the order of columns does not matter.
 */
public enum StatementFormat {
    /**
     * Vietcombank's "SAO KÊ TÀI KHOẢN / STATEMENT OF ACCOUNT": date dd/MM/yyyy without time, reference
     * ("5213.45946"), debit, credit, balance on a day's last line only, description
     * ({@code MBVCB.<ref>.<memo>.CT tu <acct> <NAME> toi <acct> <NAME>}); amounts with "." between thousands.
     */
    VIETCOMBANK("970436"),
    /** VietinBank: reference, date with time, description, credit, debit, counterparty's name; "," thousands. */
    VIETINBANK("970415"),
    /** Agribank: reference (not unique), date, description, credit, debit, balance on every line. */
    AGRIBANK("970405"),
    /**
     * The template for any other bank ({@code fund/statement-template.csv}): a head of "Ngân hàng", "Số tài khoản",
     * "Từ ngày", "Đến ngày", "Số dư đầu kỳ", "Số dư cuối kỳ" rows, then the columns Ngày, Giờ, Số tham chiếu, Diễn
     * giải, Ghi có, Ghi nợ, Số dư, Đối ứng.
     */
    TEMPLATE(null);

    private final String bin;

    StatementFormat(String bin) {
        this.bin = bin;
    }

    /** The BIN of the bank whose own layout this is; null for the template (its head names the bank). */
    public String bin() {
        return bin;
    }
}
