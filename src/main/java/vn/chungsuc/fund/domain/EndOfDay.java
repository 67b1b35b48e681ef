package vn.chungsuc.fund.domain;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Publishes each fund's chain head at the end of the day (Vietnam time), so that the day's head is on the portal. */
@Component
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
