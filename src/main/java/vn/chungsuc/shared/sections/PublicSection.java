package vn.chungsuc.shared.sections;

import java.util.List;
import java.util.Optional;

/**
 * Implemented by each feature module that shows something on the public portal (the programme's progress, the
 * poverty lists under public posting, later the fund's disclosure). The portal knows no feature module: it lists the
 * contributed sections on its home page in {@link #order()}, serves a section's page at {@code /public/{key}} and
 * one of its items at {@code /public/{key}/{id}}, each on the portal layout, from a fragment of the contributing
 * module's templates and the model it gives. Nothing personal beyond what a regulation orders posted may be shown,
 * and a section must not need a session.
 */
public interface PublicSection {

    /** The address segment under {@code /public/}: lowercase letters, digits and hyphens ("programmes"). */
    String key();

    /** Message key of the section's name on the portal home. */
    String titleKey();

    /** Position on the portal home, smaller first. */
    int order();

    /** The units and years the section covers now (shown on the portal home); empty when it has nothing yet. */
    List<Coverage> coverage();

    /** The section's block on the portal home (a short list of links). */
    PublicFragment summary();

    /** The section's own page ({@code /public/{key}}); empty for none. The default shows the summary. */
    default Optional<PublicFragment> index(PublicQuery query) {
        return Optional.of(summary());
    }

    /** One item ({@code /public/{key}/{id}}); empty when the id is unknown or not public (the portal answers 404). */
    Optional<PublicFragment> item(String id, PublicQuery query);

    /**
     * A unit and the years a section covers for it.
     *
     * @param unitCode the unit, named by the portal as on the last day of {@code toYear}
     */
    record Coverage(String unitCode, int fromYear, int toYear) {

        public Coverage {
            if (unitCode == null || unitCode.isBlank() || toYear < fromYear) {
                throw new IllegalArgumentException("not a coverage: " + unitCode + " " + fromYear + "–" + toYear);
            }
        }

        /** "2017–2020", or "2019" for one year. */
        public String years() {
            return fromYear == toYear ? String.valueOf(fromYear) : fromYear + "–" + toYear;
        }
    }
}
