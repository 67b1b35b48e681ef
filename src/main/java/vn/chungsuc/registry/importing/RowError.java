package vn.chungsuc.registry.importing;

/**
 * A bad row of an import file: the sheet, the row number as the spreadsheet shows it, the column (letter and
 * title), and what is wrong, in the user's language (Vietnamese by default).
 */
public record RowError(String sheet, long row, String column, String message) {
}
