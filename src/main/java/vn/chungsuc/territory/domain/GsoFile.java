package vn.chungsuc.territory.domain;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.json.JsonMapper;
import vn.chungsuc.territory.ImportProblem;

/**
 * Reads a GSO catalogue file with a streaming parser (the commune file has 10,599 entries) into raw entries,
 * without judging them; a file that is not well-formed JSON yields one problem naming where reading stopped.
 */
final class GsoFile {

    /** One entry as written in the file; {@code key} is the property name, the rest the entry's own fields. */
    record Entry(String key, String code, String name, String type, String parentCode) {
    }

    record Content(List<Entry> entries, List<ImportProblem> problems) {
    }

    private GsoFile() {
    }

    static Content read(InputStream raw, JsonMapper json) {
        List<Entry> entries = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        String key = null;
        int line = 1;
        try (InputStream in = ungzipped(raw); JsonParser p = json.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                problems.add(ImportProblem.of(null, null, "territory.import.error.notObject"));
                return new Content(entries, problems);
            }
            Set<String> seen = new HashSet<>();
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.PROPERTY_NAME) {
                key = p.currentName();
                line = p.currentLocation().getLineNr();
                if (!seen.add(key)) {
                    problems.add(ImportProblem.of(key, "code", "territory.import.error.duplicate", key));
                }
                if (p.nextToken() != JsonToken.START_OBJECT) {
                    problems.add(ImportProblem.of(key, null, "territory.import.error.entryNotObject"));
                    p.skipChildren();
                    continue;
                }
                entries.add(readEntry(key, p, problems));
            }
            if (t != JsonToken.END_OBJECT) {
                problems.add(ImportProblem.of(key, null, "territory.import.error.malformed",
                        String.valueOf(p.currentLocation().getLineNr()),
                        String.valueOf(p.currentLocation().getColumnNr())));
            } else if (p.nextToken() != null) {
                problems.add(ImportProblem.of(null, null, "territory.import.error.trailing",
                        String.valueOf(p.currentLocation().getLineNr()),
                        String.valueOf(p.currentLocation().getColumnNr())));
            }
        } catch (UnexpectedEndOfInputException e) {
            problems.add(truncated(key, e.getLocation() == null ? line : e.getLocation().getLineNr()));
        } catch (JacksonException e) {
            if (e.getCause() instanceof IOException) {
                // A gzip stream cut short surfaces as an I/O error of the stream under the parser.
                problems.add(truncated(key, line));
            } else {
                problems.add(ImportProblem.of(key, null, "territory.import.error.malformed",
                        String.valueOf(e.getLocation() == null ? line : e.getLocation().getLineNr()),
                        String.valueOf(e.getLocation() == null ? 0 : e.getLocation().getColumnNr())));
            }
        } catch (IOException | UncheckedIOException e) {
            problems.add(truncated(key, line));
        }
        return new Content(entries, problems);
    }

    private static ImportProblem truncated(String key, int line) {
        return ImportProblem.of(key, null, "territory.import.error.truncated", String.valueOf(line));
    }

    private static Entry readEntry(String key, JsonParser p, List<ImportProblem> problems) {
        String code = null;
        String name = null;
        String type = null;
        String parent = null;
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                p.skipChildren();
                continue;
            }
            boolean wanted = field.equals("code") || field.equals("name") || field.equals("type")
                    || field.equals("parent_code");
            if (!wanted) {
                continue;
            }
            if (value != JsonToken.VALUE_STRING && value != JsonToken.VALUE_NULL) {
                // A number would have lost the leading zeros of a code ("01" read as 1).
                problems.add(ImportProblem.of(key, field, "territory.import.error.notText"));
                continue;
            }
            String text = value == JsonToken.VALUE_NULL ? null : p.getString();
            switch (field) {
                case "code" -> code = text;
                case "name" -> name = text;
                case "type" -> type = text;
                default -> parent = text;
            }
        }
        return new Entry(key, code, name, type, parent);
    }

    /** Gzipped files (.json.gz) are recognised by their first two bytes, whatever their name. */
    private static InputStream ungzipped(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        in.mark(2);
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        return b1 == 0x1f && b2 == 0x8b ? new GZIPInputStream(in, 1 << 16) : in;
    }
}
