package vn.chungsuc.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.chungsuc.IntegrationTest;
import vn.chungsuc.recognition.domain.Rounds;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.shared.time.TestClock;

/**
 * Khu phố 1 of the former phường Ba Đình (14812-01) lies in phường Bỉm Sơn (38-BS) after 1/7/2025: its 2026 dossier
 * must reach the new ward's "Ghi quyết định công nhận" form by the unit tree on the date, although its code does not
 * start with the ward's code. No other test writes the 2026 round of this area.
 */
@IntegrationTest
class ProposalsReachTheMergedWardIntegrationTest {

    static final String AREA = "14812-01";
    static final int YEAR = 2026;

    @Autowired MockMvc mvc;
    @Autowired Rounds rounds;
    @Autowired TestClock clock;

    @Test
    void theSentRoundOfKhuPho1IsProposedToPhuongBimSonWithItsHouseholdsPreselected() throws Exception {
        clock.pin(LocalDate.of(YEAR, 12, 2));
        try {
            long id = rounds.open(AREA, YEAR, UnitScope.ALL).id();
            assertThat(rounds.register(id, List.of(), null, UnitScope.ALL)).isGreaterThan(10);
            rounds.scoreAllMet(id, UnitScope.ALL);
            assertThat(rounds.meeting(id, LocalDate.of(YEAR, 11, 10), 100, 80, null, UnitScope.ALL)).isTrue();
            rounds.vote(id, null, 70, UnitScope.ALL);
            List<String> passed = rounds.view(id, UnitScope.ALL).proposed().stream().map(Rounds.Row::code).toList();
            assertThat(passed).isNotEmpty();
            // Posted but not sent: nothing reaches the ward yet.
            rounds.post(id, LocalDate.of(YEAR, 11, 11), "Không có ý kiến", UnitScope.ALL);
            assertThat(rounds.proposals("38-BS", YEAR)).doesNotContainKey(AREA);
            rounds.send(id, LocalDate.of(YEAR, 11, 22), UnitScope.ALL);

            Map<String, List<Rounds.Row>> proposals = rounds.proposals("38-BS", YEAR);
            assertThat(proposals).containsKey(AREA);
            assertThat(proposals.get(AREA)).extracting(Rounds.Row::code).containsExactlyElementsOf(passed);
            // Another ward's tree does not hold the area; a bogus code holds nothing.
            assertThat(rounds.proposals("38-QT", YEAR)).doesNotContainKey(AREA);
            assertThat(rounds.proposals("nope", YEAR)).isEmpty();

            // The ward officer of phường Bỉm Sơn opens the form: the proposal with every household checked.
            String html = mvc.perform(get("/recognition/decisions/new?title=CULTURAL_FAMILY&year=" + YEAR
                    + "&unit=38-BS").with(httpBasic("badinh", "chungsuc"))).andExpect(status().isOk()).andReturn()
                    .getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(html).contains("data-area=\"" + AREA + "\"", "Khu phố 1");
            for (String code : passed) {
                assertThat(html).containsPattern("value=\"" + java.util.regex.Pattern.quote(code)
                        + "\"[^>]*checked");
            }
        } finally {
            clock.release();
        }
    }
}
