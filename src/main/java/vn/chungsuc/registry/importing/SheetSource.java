package vn.chungsuc.registry.importing;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import vn.chungsuc.shared.time.Dates;
import vn.chungsuc.shared.text.VietnameseText;

/**
 * Streams the rows of an import: the sheets of one .xlsx (fastexcel-reader reads the sheet XML as it goes; only the
 * shared-strings table is kept in memory), or one or two UTF-8 CSV files, each being one of the sheets. Cells come
 * out as text: dates as dd/MM/yyyy, numbers without exponent or trailing zeros.
 */
final class SheetSource implements AutoCloseable {

    /** Receives a sheet's title row, then its rows (row numbers as the spreadsheet shows them, from 1). */
    interface RowHandler {
        /** @return false to stop reading this sheet (its titles are unusable) */
        boolean header(long rowNumber, List<String> titles);

        void row(long rowNumber, List<String> cells);
    }

    /** A problem with the file as a whole. */
    /** A sheet of the workbook whose XML cannot be read (a damaged or hand-edited file). */
    static final class Corrupt extends IOException {
        final String sheet;

        Corrupt(String sheet, Throwable cause) {
            super("sheet " + sheet + " does not parse", cause);
            this.sheet = sheet;
        }
    }

    static final class FileProblem extends Exception {
        final String key;
        final transient Object[] args;

        FileProblem(String key, Object... args) {
            super(key);
            this.key = key;
            this.args = args;
        }
    }

    private static final Pattern DIMENSION = Pattern.compile("<(?:\\w+:)?dimension ref=\"[A-Z]+\\d+(?::[A-Z]+(\\d+))?\"");

    private final List<UploadedFile> files;
    private final long totalBytes;
    private ReadableWorkbook workbook;
    private long estimatedRows;
    private long rowsRead;
    private long bytesRead;

    private SheetSource(List<UploadedFile> files) throws IOException {
        this.files = files;
        long total = 0;
        for (UploadedFile f : files) {
            total += Files.size(f.path());
        }
        this.totalBytes = Math.max(1, total);
    }

    static SheetSource open(List<UploadedFile> files) throws IOException, FileProblem {
        if (files.isEmpty()) {
            throw new FileProblem("registry.import.file.none");
        }
        SheetSource source = new SheetSource(files);
        boolean anyXlsx = files.stream().anyMatch(f -> !f.csv());
        if (anyXlsx) {
            if (files.size() > 1) {
                throw new FileProblem("registry.import.file.oneWorkbook");
            }
            UploadedFile f = files.get(0);
            byte[] head = new byte[8];
            try (InputStream in = Files.newInputStream(f.path())) {
                int n = in.readNBytes(head, 0, 8);
                if (n >= 8 && ReadableWorkbook.isOLE2Header(head)) {
                    throw new FileProblem("registry.import.file.xls");
                }
                if (n < 4 || !ReadableWorkbook.isOOXMLZipHeader(head)) {
                    throw new FileProblem("registry.import.file.unreadable", f.name());
                }
            }
            source.estimatedRows = dimensionRows(f.path());
            try {
                source.workbook = new ReadableWorkbook(f.path().toFile());
            } catch (Exception e) {
                throw new FileProblem("registry.import.file.unreadable", f.name());
            }
        }
        return source;
    }

    /** The sum of the last row numbers the sheets declare (0 when they declare none). */
    private static long dimensionRows(Path xlsx) {
        long total = 0;
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                if (e.getName().startsWith("xl/worksheets/") && e.getName().endsWith(".xml")) {
                    try (InputStream in = zip.getInputStream(e)) {
                        String start = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
                        Matcher m = DIMENSION.matcher(start);
                        if (m.find() && m.group(1) != null) {
                            total += Long.parseLong(m.group(1));
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return total;
    }

    /** Whether the file holds the sheet (by name for a workbook, by its titles for CSV). */
    boolean has(String sheetName, List<Layout.Column> columns) throws IOException {
        if (workbook != null) {
            return findSheet(sheetName).isPresent();
        }
        return csvFor(columns).isPresent();
    }

    /** Reads the sheet if the file has it. */
    void read(String sheetName, List<Layout.Column> columns, RowHandler handler)
            throws IOException {
        if (workbook != null) {
            Optional<Sheet> sheet = findSheet(sheetName);
            if (sheet.isPresent()) {
                readSheet(sheet.get(), columns, handler);
            }
            return;
        }
        Optional<UploadedFile> csv = csvFor(columns);
        if (csv.isPresent()) {
            readCsv(csv.get(), handler);
        }
    }

    double fraction() {
        if (workbook != null) {
            return estimatedRows > 0 ? (double) rowsRead / estimatedRows : 0.5;
        }
        return (double) bytesRead / totalBytes;
    }

    long rowsRead() {
        return rowsRead;
    }

    private Optional<Sheet> findSheet(String name) {
        String key = VietnameseText.searchKey(name);
        return workbook.getSheets().filter(s -> VietnameseText.searchKey(s.getName()).equals(key)).findFirst();
    }

    private void readSheet(Sheet sheet, List<Layout.Column> columns, RowHandler handler) throws IOException {
        try (Stream<Row> rows = sheet.openStream()) {
            Iterator<Row> it = rows.iterator();
            boolean headerSeen = false;
            List<Integer> dates = new ArrayList<>();
            while (true) {
                Row row;
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    row = it.next();
                } catch (RuntimeException brokenXml) {
                    // The sheet's XML does not parse: the file's fault (422), not the server's (issue 18, hole 10).
                    throw new Corrupt(sheet.getName(), brokenXml);
                }
                rowsRead++;
                List<String> cells = new ArrayList<>(row.getCellCount());
                boolean any = false;
                for (int i = 0; i < row.getCellCount(); i++) {
                    String text = text(row.getCell(i), dates.contains(i));
                    any |= !text.isEmpty();
                    cells.add(text);
                }
                if (!any) {
                    continue;
                }
                if (!headerSeen) {
                    headerSeen = true;
                    if (!handler.header(row.getRowNum(), cells)) {
                        return;
                    }
                    for (int i = 0; i < cells.size(); i++) {
                        String key = VietnameseText.searchKey(cells.get(i));
                        if (key.startsWith("ngay")) {
                            dates.add(i);
                        }
                    }
                    continue;
                }
                handler.row(row.getRowNum(), cells);
            }
        }
    }

    /** A cell as text. Date columns turn Excel's day numbers into dd/MM/yyyy. */
    static String text(Cell cell, boolean dateColumn) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return "";
        }
        try {
            if (cell.getType() == CellType.NUMBER) {
                if (dateColumn) {
                    LocalDateTime d = cell.asDate();
                    return d == null ? "" : Dates.show(d.toLocalDate());
                }
                BigDecimal n = cell.asNumber();
                return n == null ? "" : n.stripTrailingZeros().toPlainString();
            }
            if (cell.getType() == CellType.STRING) {
                String s = cell.asString();
                return s == null ? "" : s.trim();
            }
        } catch (RuntimeException e) {
            // fall back to the raw text
        }
        String raw = cell.getRawValue();
        return raw == null ? "" : raw.trim();
    }

    private Optional<UploadedFile> csvFor(List<Layout.Column> columns) throws IOException {
        for (UploadedFile f : files) {
            List<String> titles = csvTitles(f);
            if (matches(titles, columns)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** A CSV is a sheet when it has that sheet's distinguishing column (area for households, name for persons). */
    private static boolean matches(List<String> titles, List<Layout.Column> columns) {
        String marker = (columns == Layout.HOUSEHOLD_COLUMNS ? Layout.H_AREA : Layout.P_NAME).key();
        return titles.stream().map(VietnameseText::searchKey).anyMatch(marker::equals);
    }

    private static List<String> csvTitles(UploadedFile f) throws IOException {
        try (Reader reader = reader(Files.newInputStream(f.path()));
                CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format(f)).get()) {
            Iterator<CSVRecord> it = parser.iterator();
            return it.hasNext() ? it.next().toList() : List.of();
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    private void readCsv(UploadedFile f, RowHandler handler) throws IOException {
        long before = bytesRead;
        InputStream counting = new FilterInputStream(new BufferedInputStream(Files.newInputStream(f.path()), 65536)) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    bytesRead++;
                }
                return b;
            }

            @Override
            public int read(byte[] buf, int off, int len) throws IOException {
                int n = super.read(buf, off, len);
                if (n > 0) {
                    bytesRead += n;
                }
                return n;
            }
        };
        try (Reader reader = reader(counting);
                CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format(f)).get()) {
            boolean headerSeen = false;
            for (CSVRecord record : parser) {
                rowsRead++;
                List<String> cells = new ArrayList<>(record.size());
                boolean any = false;
                for (String v : record) {
                    String t = v == null ? "" : v.trim();
                    any |= !t.isEmpty();
                    cells.add(t);
                }
                if (!any) {
                    continue;
                }
                long rowNumber = record.getRecordNumber();
                if (!headerSeen) {
                    headerSeen = true;
                    if (!handler.header(rowNumber, cells)) {
                        return;
                    }
                    continue;
                }
                handler.row(rowNumber, cells);
            }
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        bytesRead = Math.max(bytesRead, before);
    }

    /** UTF-8, with or without the byte-order mark Excel writes. */
    private static Reader reader(InputStream in) throws IOException {
        BufferedInputStream b = new BufferedInputStream(in, 65536);
        b.mark(3);
        byte[] bom = b.readNBytes(3);
        if (!(bom.length == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF)) {
            b.reset();
        }
        return new InputStreamReader(b, StandardCharsets.UTF_8);
    }

    /** Comma-separated unless the first line has more semicolons (Excel's CSV in some locales). */
    private static CSVFormat format(UploadedFile f) throws IOException {
        String first;
        try (var lines = Files.newBufferedReader(f.path(), StandardCharsets.UTF_8)) {
            first = lines.readLine();
        } catch (java.nio.charset.MalformedInputException e) {
            first = null;
        }
        char delimiter = ',';
        if (first != null && first.chars().filter(c -> c == ';').count() > first.chars().filter(c -> c == ',').count()) {
            delimiter = ';';
        }
        return CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
    }

    @Override
    public void close() throws IOException {
        if (workbook != null) {
            workbook.close();
        }
    }
}
