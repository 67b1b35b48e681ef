package vn.chungsuc.recognition;

import java.time.LocalDate;
import java.util.List;

/**
 * Published in the transaction of a recognition decision: the title, its year, the decision and the units where its
 * awards are counted (the residential areas of its families, the areas or communes recognised…). The subjects
 * themselves are the decision's list ({@link RecognitionApi#decision}): an event of a 1,280-family decision carried
 * every code into the events' table and back, for a listener that only needs the units.
 */
public record TitleAwarded(long decisionId, String titleCode, int year, String unitCode, LocalDate signedOn,
        List<String> countedUnits) {
}
