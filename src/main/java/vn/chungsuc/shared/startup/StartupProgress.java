package vn.chungsuc.shared.startup;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.stereotype.Component;

/**
 * What the start is doing until the application is ready: which module's demo is loading, step n of m. Ready means
 * Spring Boot's readiness state accepts traffic, which happens after every start-up runner (the demos, the
 * recounts) is done; {@code /actuator/health/readiness} says {@code OUT_OF_SERVICE} until then.
 */
@Component
public class StartupProgress {

    /** A snapshot for a page: the module whose demo is loading (null before the first), its step and the total. */
    public record Step(String module, int number, int total) {
    }

    private final ApplicationAvailability availability;
    private volatile Step current;

    StartupProgress(ApplicationAvailability availability) {
        this.availability = availability;
    }

    public boolean ready() {
        return availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC;
    }

    /** The demo loading now, or null when none has started (or none is configured). */
    public Step current() {
        return current;
    }

    void loading(String module, int number, int total) {
        current = new Step(module, number, total);
    }
}
