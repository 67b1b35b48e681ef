package vn.chungsuc.indicators.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

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
    void anythingElseIsNotAPeriod() {
        assertThat(Period.valid("2020-H2")).isFalse();
        assertThatThrownBy(() -> Period.parse("20")).isInstanceOf(IllegalArgumentException.class);
    }
}
