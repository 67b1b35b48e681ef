package vn.chungsuc.fund.statement;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import vn.chungsuc.shared.problem.Refused;

/**
 * The rows of a statement file as text cells: the first sheet of an .xlsx (fastexcel-reader streams the sheet XML
 * with DTDs and external entities off, so no XXE), or a UTF-8 .csv (comma, semicolon or tab). Bounded before and
 * while reading: the file's size, an .xlsx's entries and what they unpack to (a zip bomb is refused before it is
 * parsed), the number of rows and the length of a cell.
 */
final class SheetRows {

    /** A row: its number as the spreadsheet shows it (from 1) and its cells, trimmed. */
    record Row(int number, List<String> cells) {

        String cell(int i) {
            return i >= 0 && i < cells.size() ? cells.get(i) : "";
        }

        boolean blank() {
            return cells.stream().allMatch(String::isEmpty);
        }
    }

    static final int MAX_ENTRIES = 500;
    static final long MAX_UNPACKED = 400L * 1024 * 1024;
    /** An entry may unpack to at most this many times its packed size (POI's default is 100 too). */
    static final long MAX_RATIO = 100;
    static final int MAX_CELL = 2000;

    private SheetRows() {
    }

    static List<Row> read(Path file, String fileName, int maxRows) {
        String name = fileName == null ? "" : fileName.toLowerCase(java.util.Locale.ROOT);
        byte[] head = new byte[8];
        try (InputStream in = Files.newInputStream(file)) {
            int n = in.readNBytes(head, 0, 8);
            if (n >= 8 && ReadableWorkbook.isOLE2Header(head)) {
                throw new Refused("file", "fundbank.statement.file.xls");
            }
            if (n >= 4 && ReadableWorkbook.isOOXMLZipHeader(head)) {
                checkZip(file);
                return xlsx(file, maxRows);
            }
        } catch (IOException e) {
            throw new Refused("file", "fundbank.statement.file.unreadable");
        }
        if (name.endsWith(".xlsx")) {
            throw new Refused("file", "fundbank.statement.file.unreadable");
        }
        return csv(file, maxRows);
    }

    /** Refuses an archive with too many entries or one that unpacks too far, counting the bytes really inflated. */
    private static void checkZip(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > MAX_ENTRIES) {
                throw new Refused("file", "fundbank.statement.file.bomb");
            }
            long total = 0;
            byte[] buf = new byte[65536];
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                long limit = Math.max(1L << 20, Math.max(0, e.getCompressedSize()) * MAX_RATIO);
                long size = 0;
                try (InputStream in = zip.getInputStream(e)) {
                    for (int n = in.read(buf); n > 0; n = in.read(buf)) {
                        size += n;
                        total += n;
                        if (size > limit || total > MAX_UNPACKED) {
                            throw new Refused("file", "fundbank.statement.file.bomb");
                        }
                    }
                }
            }
        } catch (java.util.zip.ZipException e) {
            throw new Refused("file", "fundbank.statement.file.unreadable");
        }
    }

    private static List<Row> xlsx(Path file, int maxRows) {
        List<Row> rows = new ArrayList<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile())) {
            Optional<Sheet> first = wb.getSheets().findFirst();
            if (first.isEmpty()) {
                throw new Refused("file", "fundbank.statement.file.empty");
            }
            try (var stream = first.get().openStream()) {
                var it = stream.iterator();
                while (it.hasNext()) {
                    org.dhatim.fastexcel.reader.Row r = it.next();
                    List<String> cells = new ArrayList<>(r.getCellCount());
                    for (int i = 0; i < r.getCellCount(); i++) {
                        cells.add(text(r.getCell(i)));
                    }
                    Row row = new Row(r.getRowNum(), cells);
                    if (!row.blank()) {
                        rows.add(row);
                        if (rows.size() > maxRows) {
                            throw new Refused("file", "fundbank.statement.file.rows", maxRows);
                        }
                    }
                }
            }
        } catch (Refused e) {
            throw e;
        } catch (Exception e) {
            throw new Refused("file", "fundbank.statement.file.unreadable");
        }
        return rows;
    }

    private static String text(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return "";
        }
        String s;
        if (cell.getType() == CellType.NUMBER) {
            BigDecimal n = cell.asNumber();
            s = n == null ? "" : n.stripTrailingZeros().toPlainString();
        } else {
            String raw = cell.getType() == CellType.STRING ? cell.asString() : cell.getText();
            s = raw == null ? "" : raw.trim();
        }
        return s.length() > MAX_CELL ? s.substring(0, MAX_CELL) : s;
    }

    private static List<Row> csv(Path file, int maxRows) {
        List<Row> rows = new ArrayList<>();
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 65536)) {
            raw.mark(3);
            byte[] bom = raw.readNBytes(3);
            if (!(bom.length == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF)) {
                raw.reset();
            }
            raw.mark(1 << 16);
            byte[] start = raw.readNBytes(1 << 16);
            raw.reset();
            Reader reader = new InputStreamReader(raw, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
            CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(start))
                    .setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(true).get();
            try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
                int number = 0;
                for (CSVRecord record : parser) {
                    number = (int) record.getRecordNumber();
                    List<String> cells = new ArrayList<>(record.size());
                    for (String v : record) {
                        String t = v == null ? "" : v.trim();
                        cells.add(t.length() > MAX_CELL ? t.substring(0, MAX_CELL) : t);
                    }
                    Row row = new Row(number, cells);
                    if (!row.blank()) {
                        rows.add(row);
                        if (rows.size() > maxRows) {
                            throw new Refused("file", "fundbank.statement.file.rows", maxRows);
                        }
                    }
                }
            }
        } catch (CharacterCodingException e) {
            throw new Refused("file", "fundbank.statement.file.encoding");
        } catch (java.io.UncheckedIOException e) {
            throw new Refused("file", e.getCause() instanceof CharacterCodingException
                    ? "fundbank.statement.file.encoding" : "fundbank.statement.file.unreadable");
        } catch (IOException | IllegalStateException e) {
            throw new Refused("file", "fundbank.statement.file.unreadable");
        }
        if (rows.isEmpty()) {
            throw new Refused("file", "fundbank.statement.file.empty");
        }
        return rows;
    }

    /** The separator the file's start uses most: comma, semicolon or tab (a bank's head lines may have none). */
    private static char delimiter(byte[] start) {
        String first = new String(start, StandardCharsets.UTF_8);
        long commas = first.chars().filter(c -> c == ',').count();
        long semis = first.chars().filter(c -> c == ';').count();
        long tabs = first.chars().filter(c -> c == '\t').count();
        if (tabs > commas && tabs > semis) {
            return '\t';
        }
        return semis > commas ? ';' : ',';
    }
}
