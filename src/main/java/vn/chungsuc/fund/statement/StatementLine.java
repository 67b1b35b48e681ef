package vn.chungsuc.fund.statement;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One transaction of a bank statement.
 *
 * @param row the row number in the file as a spreadsheet shows it (from 1), for messages
 * @param date the transaction (or value) date the bank prints
 * @param time the time when the bank gives one (VietinBank), else null
 * @param amount đồng, credit positive (money in), debit negative (money out, fees)
 * @param description the bank's text as printed
 * @param normalisedDescription the text folded: no diacritics, lower case, letters and digits separated by single
 *     spaces ({@link BankStatement#normalise}); part of the de-duplication key
 * @param counterparty the payer's or payee's name when the bank gives it in a column of its own, else null
 * @param reference the bank's reference as printed (not unique at Agribank: never used as a key)
 * @param balance the balance after this line when the bank prints it (Vietcombank: on a day's last line only)
 */
public record StatementLine(int row, LocalDate date, LocalTime time, long amount, String description,
        String normalisedDescription, String counterparty, String reference, Long balance) {

    public boolean credit() {
        return amount > 0;
    }
}
