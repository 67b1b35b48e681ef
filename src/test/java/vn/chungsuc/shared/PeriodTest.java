package vn.chungsuc.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.chungsuc.shared.time.Period;

class PeriodTest {

    @Test
    void aYearAndItsFirstHalfAreWrittenAndReadBack() {
        assertThat(Period.parse("2020")).isEqualTo(Period.year(2020));
        assertThat(Period.parse("2020-H1")).isEqualTo(Period.firstHalf(2020));
        assertThat(Period.firstHalf(2020).code()).isEqualTo("2020-H1");
    }

    @Test
    void countsAreTakenOnThePeriodsLastDay() {
        assertThat(Period.year(2019).end()).isEqualTo(LocalDate.of(2019, 12, 31));
        assertThat(Period.firstHalf(2019).end()).isEqualTo(LocalDate.of(2019, 6, 30));
    }

    @Test
    void theFirstHalfComesBeforeTheYear() {
        assertThat(Period.firstHalf(2020)).isLessThan(Period.year(2020));
        assertThat(Period.year(2019)).isLessThan(Period.firstHalf(2020));
    }

    @Test
    void aReviewSpansTheYearsFromTheProgrammesStart() {
        assertThat(Period.parse("2017-2019")).isEqualTo(Period.span(2017, 2019));
        assertThat(Period.span(2017, 2019).start()).isEqualTo(LocalDate.of(2017, 1, 1));
        assertThat(Period.span(2017, 2019).end()).isEqualTo(LocalDate.of(2019, 12, 31));
        assertThat(Period.span(2017, 2019).years()).isEqualTo(3);
        assertThat(Period.reviews(2017, java.util.List.of(2020, 2018, 2019)))
                .extracting(Period::code).containsExactly("2017-2018", "2017-2019", "2017-2020");
        assertThat(Period.span(2017, 2020)).isGreaterThan(Period.year(2020));
        assertThat(Period.span(2020, 2020)).isEqualTo(Period.year(2020));
    }

    @Test
    void anythingElseIsNotAPeriod() {
        assertThat(Period.valid("2020-2019")).isFalse();
        assertThat(Period.valid("1500")).isFalse();
        assertThat(Period.valid("2020-H2")).isFalse();
        assertThatThrownBy(() -> Period.parse("20")).isInstanceOf(IllegalArgumentException.class);
    }
}
