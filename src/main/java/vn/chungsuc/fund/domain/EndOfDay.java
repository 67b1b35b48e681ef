package vn.chungsuc.fund.domain;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Publishes each fund's chain head at the end of the day (Vietnam time), so that the day's head is on the portal. */
@Configuration
@EnableScheduling
class EndOfDay {

    private final Ledger ledger;

    EndOfDay(Ledger ledger) {
        this.ledger = ledger;
    }

    @Scheduled(cron = "0 55 23 * * *", zone = "Asia/Ho_Chi_Minh")
    void publishHeads() {
        ledger.publishAll();
    }
}
