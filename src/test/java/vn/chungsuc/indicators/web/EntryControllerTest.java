package vn.chungsuc.indicators.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EntryControllerTest {

    @Test
    void aRefusedStepGoesBackToTheEntryPageItCameFrom() {
        assertThat(EntryController.backTo("http://localhost:8080/indicators/entries/clean-water/14824/2020?x=1"))
                .isEqualTo("/indicators/entries/clean-water/14824/2020?x=1");
    }

    @Test
    void neverToAnotherSite() {
        assertThat(EntryController.backTo("http://evil.example//evil.example/indicators/entries"))
                .isEqualTo("/indicators/entries");
        assertThat(EntryController.backTo("http://evil.example/phish")).isEqualTo("/indicators/entries");
        assertThat(EntryController.backTo("not a uri ^")).isEqualTo("/indicators/entries");
        assertThat(EntryController.backTo(null)).isEqualTo("/indicators/entries");
    }

    @Test
    void numbersAreReadAsWrittenOnPaper() {
        assertThat(EntryForm.parse("2.345")).isEqualTo(2345L);
        assertThat(EntryForm.parse(" 2 345 ")).isEqualTo(2345L);
        assertThat(EntryForm.parse("hai")).isNull();
        assertThat(EntryForm.parse("-3")).isNull();
    }
}
