package vn.chungsuc.plan.completeness;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily reminder run (issue 15 item 7): every morning, reminders to the units that have not submitted what a
 * period that has ended expects of them. {@link Completeness#runDaily} runs at most once a day, so a restart or a
 * second instance sends nothing twice. The hour is {@code chungsuc.plan.reminders.cron}.
 */
@Component
class DailyReminders {

    private static final Logger log = LoggerFactory.getLogger(DailyReminders.class);

    private final Completeness completeness;
    private final vn.chungsuc.shared.platform.ClusterLocks locks;

    DailyReminders(Completeness completeness, vn.chungsuc.shared.platform.ClusterLocks locks) {
        this.completeness = completeness;
        this.locks = locks;
    }

    @Scheduled(cron = "${chungsuc.plan.reminders.cron:0 0 7 * * *}", zone = "Asia/Ho_Chi_Minh")
    void run() {
        // One instance at a time (runDaily records the day, so a later run sends nothing twice).
        locks.runIfFree("plan.daily-reminders", () -> {
            int sent = completeness.runDaily();
            if (sent >= 0) {
                log.info("Daily reminders: {} sent", sent);
            }
        });
    }
}
