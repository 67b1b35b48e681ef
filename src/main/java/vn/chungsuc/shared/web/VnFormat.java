package vn.chungsuc.shared.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;
import vn.chungsuc.shared.Money;

/** Formats for templates ({@code ${@fmt.date(d)}}): dates dd/MM/yyyy, times in Vietnam's zone, money 1.234.567 đ. */
@Component("fmt")
public class VnFormat {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(VIETNAM));
    }

    public String money(Long dong) {
        return dong == null ? "" : Money.of(dong).format();
    }

    public String money(Money money) {
        return money == null ? "" : money.format();
    }

    public String number(Long n) {
        return n == null ? "" : Money.of(n).format().replace(" đ", "");
    }
}
