package vn.chungsuc.feedback.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chungsuc.IntegrationTest;

/**
 * The public list reads the histories and photos of a page in two queries for the whole page; every row must still
 * be what the report's own public page shows (history filtered to its public lines, photos in order, no identity).
 * The places of the form are cached for the day and dropped on demand.
 */
@IntegrationTest
class ReportsListIntegrationTest {

    @Autowired Reports reports;

    @Test
    void everyRowOfAPublicPageIsTheReportsOwnPublicView() {
        Reports.Filter none = new Reports.Filter(null, null, null, null, null, false);
        int withHistory = 0;
        for (int p = 0; p < 3; p++) {
            Reports.Page page = reports.publicList(none, p);
            assertThat(page.rows()).isNotEmpty();
            for (Reports.View row : page.rows()) {
                assertThat(row).isEqualTo(reports.publicView(row.report().publicNo()).orElseThrow());
                assertThat(row.report().reporterName()).isNull();
                assertThat(row.report().reporterPhone()).isNull();
                withHistory += row.history().size() > 1 ? 1 : 0;
            }
        }
        assertThat(withHistory).as("rows with answers, so the batched history is really compared").isPositive();
    }

    @Test
    void thePlacesAreCachedAndDroppedOnDemand() {
        List<Reports.Place> first = reports.places();
        assertThat(first).isNotEmpty();
        assertThat(reports.places()).isSameAs(first);
        reports.forgetPlaces();
        List<Reports.Place> again = reports.places();
        assertThat(again).isNotSameAs(first).isEqualTo(first);
    }
}
