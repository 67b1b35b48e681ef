package vn.chungsuc.shared.events;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Collection;
import java.util.stream.Collectors;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.core.TargetEventPublication;

/**
 * Waits for the asynchronous module listeners: an event's work is done when its publications are completed, so
 * "nothing incomplete is left" means every change has reached the figures (and whatever else listens).
 */
public final class Publications {

    private static final Duration AT_MOST = Duration.ofSeconds(120);

    private Publications() {
    }

    /** Until no event publication is incomplete; fails naming those left (a failed listener never completes). */
    public static void awaitCompleted(EventPublicationRegistry registry) {
        await().atMost(AT_MOST).pollInterval(Duration.ofMillis(25))
                .alias("incomplete event publications left")
                .until(() -> describe(registry.findIncompletePublications()), String::isEmpty);
    }

    /** Until some publication has failed and every other one is completed (the listener threw, nothing runs). */
    public static Collection<TargetEventPublication> awaitOnlyFailed(EventPublicationRegistry registry) {
        await().atMost(AT_MOST).pollInterval(Duration.ofMillis(25)).until(() -> {
            Collection<TargetEventPublication> left = registry.findIncompletePublications();
            return !left.isEmpty() && left.stream().allMatch(p -> p.getStatus() == EventPublication.Status.FAILED);
        });
        return registry.findIncompletePublications();
    }

    private static String describe(Collection<TargetEventPublication> publications) {
        return publications.stream()
                .map(p -> p.getEvent() + " → " + p.getTargetIdentifier().getValue() + " (" + p.getStatus() + ")")
                .collect(Collectors.joining("; "));
    }
}
