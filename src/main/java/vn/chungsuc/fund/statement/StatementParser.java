package vn.chungsuc.fund.statement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.chungsuc.fund.vietqr.NapasBanks;
import vn.chungsuc.shared.problem.Refused;
import vn.chungsuc.shared.text.VietnameseText;
import vn.chungsuc.shared.time.Dates;

/**
 * Reads a bank's statement export (.xlsx or .csv) into a checked {@link BankStatement}, or refuses it whole with
 * every problem found, each naming its row: nothing partial. The layout is recognised from the head (the bank's
 * name) and the column titles (Vietnamese or English, accents ignored), or is given by the caller.
 *
 * <p>Checks: the file's size, rows and cells are bounded; each line has a date within the statement's period and
 * the valid date range and not after today, exactly one of debit and credit, amounts in whole đồng up to
 * {@value #MAX_AMOUNT}; every balance the bank prints on a line agrees with opening + the lines so far; and
 * opening balance + Σ lines = closing balance (a mismatch says by how much).
 */
public final class StatementParser {

    public static final long MAX_BYTES = 50L * 1024 * 1024;
    public static final int MAX_ROWS = 200_000;
    public static final long MAX_AMOUNT = 999_999_999_999_999L;
    /** How many problems a refusal lists (a summary line says how many more there were). */
    public static final int MAX_REASONS = 50;

    /**
     * What the caller knows.
     *
     * @param today no line may be dated after it ({@code shared.time.Today})
     * @param format the layout, null to recognise it
     * @param expectedBin the BIN of the account being imported, null to take the file's
     * @param expectedAccount the account number being imported, null to take the file's
     */
    public record Options(LocalDate today, StatementFormat format, String expectedBin, String expectedAccount) {

        public static Options of(LocalDate today) {
            return new Options(today, null, null, null);
        }
    }

    enum Column { SEQ, DATE, TIME, REFERENCE, DEBIT, CREDIT, AMOUNT, BALANCE, DESCRIPTION, COUNTERPARTY }

    /** Column titles by role, folded; checked in this order, the first role whose word a title contains wins. */
    private static final List<Map.Entry<Column, List<String>>> TITLES = List.of(
            Map.entry(Column.DEBIT, List.of("ghi no", "debit", "phat sinh no", "tien ra", "so tien chi")),
            Map.entry(Column.CREDIT, List.of("ghi co", "credit", "phat sinh co", "tien vao", "so tien thu")),
            Map.entry(Column.BALANCE, List.of("so du", "balance")),
            Map.entry(Column.COUNTERPARTY, List.of("doi ung", "counterparty", "nguoi chuyen", "ben chuyen",
                    "ten nguoi gui")),
            Map.entry(Column.REFERENCE, List.of("tham chieu", "reference", "so but toan", "so giao dich", "ma giao dich",
                    "so chung tu", "so ct", "ref")),
            Map.entry(Column.DESCRIPTION, List.of("noi dung", "dien giai", "mo ta", "description", "in detail",
                    "chi tiet")),
            Map.entry(Column.TIME, List.of("gio", "thoi gian", "time")),
            Map.entry(Column.DATE, List.of("ngay", "date")),
            Map.entry(Column.AMOUNT, List.of("so tien", "amount")),
            Map.entry(Column.SEQ, List.of("stt", "no.", "so thu tu")));

    private static final Pattern DATE = Pattern.compile(
            "(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})(?:[ T]+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?");
    private static final Pattern ISO_DATE = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})(?:[ T]+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})(?::(\\d{2}))?");
    private static final Pattern SERIAL = Pattern.compile("\\d{5}(\\.\\d+)?");
    private static final Pattern AMOUNT_TEXT = Pattern.compile("-?\\(?[0-9][0-9.,]*\\)?");
    private static final Pattern AMOUNT_IN_TEXT = Pattern.compile("-?[0-9][0-9.,]*[0-9]|[0-9]");
    private static final Pattern ACCOUNT_IN_TEXT = Pattern.compile("[0-9][0-9A-Z]{3,18}");
    private static final Pattern DATE_IN_TEXT = Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{4}");

    private StatementParser() {
    }

    /** Reads and checks a statement file; refuses (field {@code file}) with every problem found. */
    public static BankStatement parse(Path file, String fileName, Options options) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new Refused("file", "fundbank.statement.file.size", MAX_BYTES / (1024 * 1024));
            }
            if (Files.size(file) == 0) {
                throw new Refused("file", "fundbank.statement.file.empty");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parse(SheetRows.read(file, fileName, MAX_ROWS), options);
    }

    /** The same for a file in memory (an upload). */
    public static BankStatement parse(byte[] content, String fileName, Options options) {
        if (content.length > MAX_BYTES) {
            throw new Refused("file", "fundbank.statement.file.size", MAX_BYTES / (1024 * 1024));
        }
        Path tmp = null;
        try {
            tmp = Files.createTempFile("statement", ".upload");
            Files.write(tmp, content);
            return parse(tmp, fileName, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a temporary file left behind is harmless
                }
            }
        }
    }

    static BankStatement parse(List<SheetRows.Row> rows, Options options) {
        int headerAt = -1;
        Map<Column, Integer> columns = null;
        for (int i = 0; i < Math.min(rows.size(), 60); i++) {
            Map<Column, Integer> c = columns(rows.get(i));
            if (c.containsKey(Column.DATE) && c.containsKey(Column.DESCRIPTION)
                    && (c.containsKey(Column.CREDIT) || c.containsKey(Column.AMOUNT))) {
                headerAt = i;
                columns = c;
                break;
            }
        }
        if (headerAt < 0) {
            throw new Refused("file", "fundbank.statement.header.missing");
        }
        Head head = new Head();
        StringBuilder headText = new StringBuilder();
        for (int i = 0; i < headerAt; i++) {
            String text = folded(rows.get(i));
            headText.append(text).append('\n');
            head.read(rows.get(i), text);
        }
        StatementFormat format = options.format() != null ? options.format() : recognise(headText.toString());
        List<Refused.Reason> errors = new ArrayList<>();
        String bin = format.bin();
        if (bin == null) {
            bin = head.bankBin;
            if (bin == null) {
                bin = options.expectedBin();
            }
            if (bin == null) {
                errors.add(Refused.Reason.of("file", "fundbank.statement.bank.missing"));
            }
        }
        String account = head.account != null ? head.account : options.expectedAccount();
        if (account == null) {
            errors.add(Refused.Reason.of("file", "fundbank.statement.account.missing"));
        }
        if (options.expectedBin() != null && bin != null && !options.expectedBin().equals(bin)) {
            errors.add(Refused.Reason.of("file", "fundbank.statement.bank.other", bankName(bin),
                    bankName(options.expectedBin())));
        }
        if (options.expectedAccount() != null && account != null && !options.expectedAccount().equals(account)) {
            errors.add(Refused.Reason.of("file", "fundbank.statement.account.other", account,
                    options.expectedAccount()));
        }

        List<StatementLine> lines = new ArrayList<>();
        for (int i = headerAt + 1; i < rows.size(); i++) {
            SheetRows.Row row = rows.get(i);
            String dateText = row.cell(columns.get(Column.DATE));
            if (dateText.isEmpty()) {
                String text = folded(row);
                if (head.read(row, text)) {
                    continue; // a closing balance or total row after the lines
                }
                String more = columns.containsKey(Column.DESCRIPTION) ? row.cell(columns.get(Column.DESCRIPTION)) : "";
                boolean noAmounts = cellOf(row, columns, Column.CREDIT).isEmpty()
                        && cellOf(row, columns, Column.DEBIT).isEmpty() && cellOf(row, columns, Column.AMOUNT).isEmpty();
                if (!more.isEmpty() && noAmounts && !lines.isEmpty()) {
                    // the bank wrapped the previous line's description onto this row
                    StatementLine prev = lines.remove(lines.size() - 1);
                    String d = prev.description() + " " + more;
                    lines.add(new StatementLine(prev.row(), prev.date(), prev.time(), prev.amount(), d,
                            BankStatement.normalise(d), prev.counterparty(), prev.reference(), prev.balance()));
                    continue;
                }
                if (text.startsWith("tong") || text.startsWith("total") || text.startsWith("cong")
                        || noAmounts) {
                    continue;
                }
                errors.add(Refused.Reason.of("file", "fundbank.statement.row.dateMissing", row.number()));
                continue;
            }
            if (dateTime(dateText) == null && head.read(row, folded(row))) {
                continue; // a labelled row whose value stands in the date column ("Closing balance:", "144.001.540")
            }
            line(row, columns, options.today(), errors).ifPresent(lines::add);
        }
        if (lines.isEmpty() && errors.isEmpty()) {
            errors.add(Refused.Reason.of("file", "fundbank.statement.lines.none"));
        }

        // the period: the head's, else the lines' first and last days
        LocalDate from = head.from;
        LocalDate to = head.to;
        if (!lines.isEmpty()) {
            LocalDate first = lines.stream().map(StatementLine::date).min(LocalDate::compareTo).orElseThrow();
            LocalDate last = lines.stream().map(StatementLine::date).max(LocalDate::compareTo).orElseThrow();
            from = from == null ? first : from;
            to = to == null ? last : to;
        }
        if (from != null && to != null && from.isAfter(to)) {
            errors.add(Refused.Reason.of("file", "fundbank.statement.period.reversed", from, to));
        }
        for (StatementLine l : lines) {
            if (from != null && to != null && (l.date().isBefore(from) || l.date().isAfter(to))) {
                errors.add(Refused.Reason.of("file", "fundbank.statement.row.outsidePeriod", l.row(), l.date(), from,
                        to));
            }
        }

        // balances: opening (stated, or derived from the first printed balance), every printed one, closing
        Long opening = head.opening;
        if (opening == null) {
            long sum = 0;
            for (StatementLine l : lines) {
                sum += l.amount();
                if (l.balance() != null) {
                    opening = l.balance() - sum;
                    break;
                }
            }
        }
        Long closing = head.closing;
        if (opening == null) {
            errors.add(Refused.Reason.of("file", "fundbank.statement.opening.missing"));
        } else {
            long running = opening;
            for (StatementLine l : lines) {
                running += l.amount();
                if (l.balance() != null && l.balance() != running) {
                    errors.add(Refused.Reason.of("file", "fundbank.statement.row.balance", l.row(),
                            money(l.balance()), money(running), money(l.balance() - running)));
                }
            }
            if (closing == null && !lines.isEmpty() && lines.get(lines.size() - 1).balance() != null) {
                closing = lines.get(lines.size() - 1).balance();
            }
            if (closing == null) {
                errors.add(Refused.Reason.of("file", "fundbank.statement.closing.missing"));
            } else if (running != closing) {
                errors.add(Refused.Reason.of("file", "fundbank.statement.balance.mismatch", money(opening),
                        money(running - opening), money(running), money(closing), money(running - closing)));
            }
        }
        if (!errors.isEmpty()) {
            throw refusal(errors);
        }
        return new BankStatement(format, bin, bankName(bin), account, from, to, opening, closing, lines);
    }

    private static Refused refusal(List<Refused.Reason> errors) {
        if (errors.size() <= MAX_REASONS) {
            return new Refused(errors);
        }
        List<Refused.Reason> shown = new ArrayList<>(errors.subList(0, MAX_REASONS));
        shown.add(Refused.Reason.of("file", "fundbank.statement.more", errors.size() - MAX_REASONS));
        return new Refused(shown);
    }

    private static Optional<StatementLine> line(SheetRows.Row row, Map<Column, Integer> columns, LocalDate today,
            List<Refused.Reason> errors) {
        int before = errors.size();
        int n = row.number();
        LocalDateTime when = dateTime(row.cell(columns.get(Column.DATE)));
        LocalTime time = when == null || when.toLocalTime().equals(LocalTime.MIDNIGHT)
                && !row.cell(columns.get(Column.DATE)).contains(":") ? null : when.toLocalTime();
        if (when == null) {
            errors.add(Refused.Reason.of("file", "fundbank.statement.row.date", n, row.cell(columns.get(Column.DATE))));
        } else if (!Dates.inBounds(when.toLocalDate()) || today != null && when.toLocalDate().isAfter(today)) {
            errors.add(Refused.Reason.of("file", "fundbank.statement.row.dateRange", n, when.toLocalDate()));
        }
        String timeText = cellOf(row, columns, Column.TIME);
        if (!timeText.isEmpty()) {
            Matcher m = TIME.matcher(timeText);
            LocalDateTime dt = dateTime(timeText);
            if (m.matches()) {
                try {
                    time = LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                            m.group(3) == null ? 0 : Integer.parseInt(m.group(3)));
                } catch (DateTimeException e) {
                    errors.add(Refused.Reason.of("file", "fundbank.statement.row.time", n, timeText));
                }
            } else if (dt != null) {
                time = dt.toLocalTime();
            } else {
                errors.add(Refused.Reason.of("file", "fundbank.statement.row.time", n, timeText));
            }
        }
        Long credit = amount(row, columns, Column.CREDIT, n, errors);
        Long debit = amount(row, columns, Column.DEBIT, n, errors);
        Long signed = amount(row, columns, Column.AMOUNT, n, errors);
        long amount = 0;
        boolean hasCredit = credit != null && credit != 0;
        boolean hasDebit = debit != null && debit != 0;
        if (hasCredit && hasDebit) {
            errors.add(Refused.Reason.of("file", "fundbank.statement.row.both", n));
        } else if (hasCredit) {
            amount = Math.abs(credit);
        } else if (hasDebit) {
            amount = -Math.abs(debit);
        } else if (signed != null && signed != 0 && credit == null && debit == null) {
            amount = signed;
        } else if (errors.size() == before) {
            errors.add(Refused.Reason.of("file", "fundbank.statement.row.noAmount", n));
        }
        Long balance = columns.containsKey(Column.BALANCE) ? amountOrNull(row, columns, Column.BALANCE, n, errors, true)
                : null;
        if (errors.size() > before) {
            return Optional.empty();
        }
        String description = cellOf(row, columns, Column.DESCRIPTION);
        String counterparty = cellOf(row, columns, Column.COUNTERPARTY);
        String reference = cellOf(row, columns, Column.REFERENCE);
        return Optional.of(new StatementLine(n, when.toLocalDate(), time, amount, description,
                BankStatement.normalise(description), counterparty.isEmpty() ? null : counterparty,
                reference.isEmpty() ? null : reference, balance));
    }

    private static String cellOf(SheetRows.Row row, Map<Column, Integer> columns, Column c) {
        Integer i = columns.get(c);
        return i == null ? "" : row.cell(i);
    }

    private static Long amount(SheetRows.Row row, Map<Column, Integer> columns, Column c, int n,
            List<Refused.Reason> errors) {
        return columns.containsKey(c) ? amountOrNull(row, columns, c, n, errors, c == Column.AMOUNT) : null;
    }

    private static Long amountOrNull(SheetRows.Row row, Map<Column, Integer> columns, Column c, int n,
            List<Refused.Reason> errors, boolean signed) {
        String text = row.cell(columns.get(c));
        if (text.isEmpty()) {
            return null;
        }
        try {
            long v = parseAmount(text);
            if (Math.abs(v) > MAX_AMOUNT) {
                errors.add(Refused.Reason.of("file", "fundbank.statement.row.amountRange", n, text));
                return null;
            }
            return signed ? v : v;
        } catch (NumberFormatException e) {
            errors.add(Refused.Reason.of("file", "fundbank.statement.row.amount", n, text));
            return null;
        }
    }

    /**
     * An amount as banks print it, in whole đồng: "5.000.000" or "5,000,000" (thousands), "5000000", "5,000,000.00",
     * "-50.000" or "(50.000)", with "VND" or "đ" after it. A fraction of a đồng is refused.
     */
    static long parseAmount(String text) {
        String t = ascii(text) ? text.toLowerCase(Locale.ROOT) : VietnameseText.searchKey(text);
        t = t.replace(" ", "").replace("vnd", "");
        if (t.endsWith("d")) {
            t = t.substring(0, t.length() - 1);
        }
        if (!AMOUNT_TEXT.matcher(t).matches()) {
            throw new NumberFormatException(text);
        }
        boolean negative = t.startsWith("-") || t.startsWith("(");
        if (negative) {
            t = t.replace("-", "").replace("(", "").replace(")", "");
        }
        String whole;
        if (DIGITS.matcher(t).matches()) {
            whole = t;
        } else if (DOT_THOUSANDS.matcher(t).matches()) {
            whole = t.replace(".", "");
        } else if (COMMA_THOUSANDS.matcher(t).matches()) {
            whole = t.replace(",", "");
        } else if (POINT_DECIMALS.matcher(t).matches()) {
            int at = t.lastIndexOf('.');
            if (!ZEROS.matcher(t.substring(at + 1)).matches()) {
                throw new NumberFormatException(text);
            }
            whole = t.substring(0, at).replace(",", "");
        } else if (COMMA_DECIMALS.matcher(t).matches()) {
            int at = t.lastIndexOf(',');
            if (!ZEROS.matcher(t.substring(at + 1)).matches()) {
                throw new NumberFormatException(text);
            }
            whole = t.substring(0, at).replace(".", "");
        } else {
            throw new NumberFormatException(text);
        }
        if (whole.length() > 18) {
            throw new NumberFormatException(text);
        }
        return negative ? -Long.parseLong(whole) : Long.parseLong(whole);
    }

    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final Pattern DOT_THOUSANDS = Pattern.compile("[0-9]{1,3}(\\.[0-9]{3})+");
    private static final Pattern COMMA_THOUSANDS = Pattern.compile("[0-9]{1,3}(,[0-9]{3})+");
    private static final Pattern POINT_DECIMALS = Pattern.compile("[0-9]{1,3}(,[0-9]{3})*\\.[0-9]{1,2}|[0-9]+\\.[0-9]{1,2}");
    private static final Pattern COMMA_DECIMALS = Pattern.compile("[0-9]{1,3}(\\.[0-9]{3})*,[0-9]{1,2}|[0-9]+,[0-9]{1,2}");
    private static final Pattern ZEROS = Pattern.compile("0+");

    static boolean ascii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /** dd/MM/yyyy (or with "-" or "."), yyyy-MM-dd, each with an optional time, or an Excel day number. */
    static LocalDateTime dateTime(String text) {
        String t = text.trim();
        try {
            Matcher m = DATE.matcher(t);
            if (m.matches()) {
                return LocalDateTime.of(LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(1))), time(m.group(4), m.group(5), m.group(6)));
            }
            m = ISO_DATE.matcher(t);
            if (m.matches()) {
                return LocalDateTime.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))), time(m.group(4), m.group(5), m.group(6)));
            }
            if (SERIAL.matcher(t).matches()) {
                double serial = Double.parseDouble(t);
                if (serial < 20_000 || serial > 80_000) {
                    return null;
                }
                long days = (long) Math.floor(serial);
                long seconds = Math.round((serial - days) * 86_400);
                return LocalDate.of(1899, 12, 30).plusDays(days).atStartOfDay().plusSeconds(seconds);
            }
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    private static LocalTime time(String h, String m, String s) {
        if (h == null) {
            return LocalTime.MIDNIGHT;
        }
        return LocalTime.of(Integer.parseInt(h), Integer.parseInt(m), s == null ? 0 : Integer.parseInt(s));
    }

    private static Map<Column, Integer> columns(SheetRows.Row row) {
        Map<Column, Integer> found = new EnumMap<>(Column.class);
        for (int i = 0; i < row.cells().size(); i++) {
            String title = VietnameseText.searchKey(row.cells().get(i));
            if (title.isEmpty() || title.length() > 80) {
                continue;
            }
            for (Map.Entry<Column, List<String>> e : TITLES) {
                if (!found.containsKey(e.getKey()) && e.getValue().stream().anyMatch(w -> word(title, w))) {
                    found.put(e.getKey(), i);
                    break;
                }
            }
        }
        return found;
    }

    /** Whether the title holds the word(s) w, not as part of a longer word ("gio" is not in "giao"). */
    private static boolean word(String title, String w) {
        int at = title.indexOf(w);
        while (at >= 0) {
            boolean startOk = at == 0 || !Character.isLetterOrDigit(title.charAt(at - 1));
            int end = at + w.length();
            boolean endOk = end >= title.length() || !Character.isLetterOrDigit(title.charAt(end));
            if (startOk && endOk) {
                return true;
            }
            at = title.indexOf(w, at + 1);
        }
        return false;
    }

    private static StatementFormat recognise(String head) {
        if (head.contains("vietcombank") || head.contains("ngoai thuong")) {
            return StatementFormat.VIETCOMBANK;
        }
        if (head.contains("vietinbank") || head.contains("cong thuong viet nam")) {
            return StatementFormat.VIETINBANK;
        }
        if (head.contains("agribank") || head.contains("nong nghiep va phat trien nong thon")) {
            return StatementFormat.AGRIBANK;
        }
        return StatementFormat.TEMPLATE;
    }

    private static String folded(SheetRows.Row row) {
        return VietnameseText.searchKey(String.join("  ", row.cells()));
    }

    private static String bankName(String bin) {
        return bin == null ? "" : NapasBanks.standard().find(bin).map(NapasBanks.Bank::shortName).orElse(bin);
    }

    private static String money(long dong) {
        return vn.chungsuc.shared.Money.of(dong).toString();
    }

    /** What the rows around the columns say: bank, account, period, opening and closing balance. */
    private static final class Head {
        String bankBin;
        String account;
        LocalDate from;
        LocalDate to;
        Long opening;
        Long closing;

        /** @return whether the row was a labelled head or foot row */
        boolean read(SheetRows.Row row, String text) {
            boolean any = false;
            String after;
            if ((after = after(text, "so du dau ky", "opening balance", "so du dau")) != null) {
                opening = firstAmount(after, opening);
                any = true;
            }
            if ((after = after(text, "so du cuoi ky", "closing balance", "so du cuoi")) != null) {
                closing = firstAmount(after, closing);
                any = true;
            }
            if ((after = after(text, "so tai khoan", "account number", "account no", "so tk")) != null) {
                Matcher m = ACCOUNT_IN_TEXT.matcher(after.toUpperCase(Locale.ROOT));
                if (m.find() && account == null) {
                    account = m.group();
                }
                any = true;
            }
            if (after(text, "tu ngay", "from date", "ky sao ke", "period", "from") != null) {
                Matcher m = DATE_IN_TEXT.matcher(text);
                List<LocalDate> dates = new ArrayList<>();
                while (m.find()) {
                    LocalDateTime d = dateTime(m.group());
                    if (d != null) {
                        dates.add(d.toLocalDate());
                    }
                }
                if (!dates.isEmpty()) {
                    from = dates.get(0);
                    to = dates.size() > 1 ? dates.get(1) : to;
                    any = true;
                }
            } else if ((after = after(text, "den ngay", "to date")) != null) {
                Matcher m = DATE_IN_TEXT.matcher(after);
                if (m.find()) {
                    LocalDateTime d = dateTime(m.group());
                    to = d == null ? to : d.toLocalDate();
                    any = true;
                }
            }
            if ((after = after(text, "ngan hang", "bank")) != null && bankBin == null) {
                String value = after.replaceFirst("^[\\s:/]+", "").trim();
                Matcher m = Pattern.compile("\\b(\\d{6})\\b").matcher(value);
                if (m.find() && NapasBanks.standard().find(m.group(1)).isPresent()) {
                    bankBin = m.group(1);
                } else {
                    for (String word : value.split("[\\s,;/()]+")) {
                        var bank = NapasBanks.standard().byShortName(word);
                        if (bank.isPresent()) {
                            bankBin = bank.get().bin();
                            break;
                        }
                    }
                }
            }
            return any;
        }

        private static String after(String text, String... labels) {
            for (String l : labels) {
                int at = text.indexOf(l);
                if (at >= 0 && (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))) {
                    return text.substring(at + l.length());
                }
            }
            return null;
        }

        private static Long firstAmount(String after, Long current) {
            Matcher m = AMOUNT_IN_TEXT.matcher(after);
            while (m.find()) {
                try {
                    return parseAmount(m.group());
                } catch (NumberFormatException e) {
                    // not an amount: look further
                }
            }
            return current;
        }
    }
}
