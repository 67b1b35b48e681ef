package vn.chungsuc.shared.platform;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled work of every module (the fund's end-of-day chain heads, the plan's daily reminders) runs on Spring's
 * scheduler, switched on once here rather than by whichever module happens to need it first.
 */
@Configuration
@EnableScheduling
class SchedulingConfig {
}
