package vn.chungsuc.campaign;

import java.time.LocalDate;
import java.util.List;

/**
 * A programme as its document states it.
 *
 * @param number the document's number: "1995/CTrPH-UBND-UB.MTTQ"
 * @param kind the kind of document: "Chương trình phối hợp"
 * @param unitCode the territory unit it runs in (the town, 381)
 * @param periodFrom first year of the period (2017)
 * @param periodTo last year of the period (2020)
 */
public record ProgrammeView(long id, String number, String kind, String title, LocalDate issuedOn, String place,
        String unitCode, int periodFrom, int periodTo, List<IssuingBody> issuingBodies, List<String> legalBases,
        List<Content> contents) {

    public ProgrammeView {
        issuingBodies = List.copyOf(issuingBodies);
        legalBases = List.copyOf(legalBases);
        contents = List.copyOf(contents);
    }

    /** "2017–2020". */
    public String period() {
        return periodFrom == periodTo ? String.valueOf(periodFrom) : periodFrom + "–" + periodTo;
    }

    public boolean covers(int year) {
        return year >= periodFrom && year <= periodTo;
    }

    /** One of the bodies that issue the programme jointly, and who signs for it. */
    public record IssuingBody(String name, String signatory) {
    }

    /** One of the contents of the campaign the programme carries out. */
    public record Content(int number, String title) {
    }
}
