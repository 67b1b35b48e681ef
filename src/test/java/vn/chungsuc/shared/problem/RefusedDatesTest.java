package vn.chungsuc.shared.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/** A refusal names a date dd/mm/yyyy, never ISO (issue 13 item 15). */
class RefusedDatesTest {

    @Test
    void aDateArgumentIsShownDdMmYyyy() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("test.after", Locale.forLanguageTag("vi"), "Ngày phải sau {0} ({1}).");
        Refused refused = new Refused("on", "test.after", LocalDate.of(2025, 7, 1), 3);
        String text = refused.text(messages, Locale.forLanguageTag("vi"));
        assertThat(text).isEqualTo("Ngày phải sau 01/07/2025 (3).");
        assertThat(refused.reasons().get(0).args()).containsExactly("01/07/2025", 3);
    }
}
