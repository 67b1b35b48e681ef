package vn.chungsuc.fund.domain;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Publishes each fund's chain head at the end of the day (Vietnam time), so that the day's head is on the portal. */
@Component
class EndOfDay {

    private final Ledger ledger;
    private final vn.chungsuc.shared.platform.ClusterLocks locks;

    EndOfDay(Ledger ledger, vn.chungsuc.shared.platform.ClusterLocks locks) {
        this.ledger = ledger;
        this.locks = locks;
    }

    @Scheduled(cron = "0 55 23 * * *", zone = "Asia/Ho_Chi_Minh")
    void publishHeads() {
        // One instance publishes the heads (the others skip while it runs).
        locks.runIfFree("fund.end-of-day", ledger::publishAll);
    }
}
