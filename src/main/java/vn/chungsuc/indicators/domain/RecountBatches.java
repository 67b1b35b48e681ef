package vn.chungsuc.indicators.domain;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * Changes to one metric that arrive while a recount of it runs are recounted together, once, by the next recount:
 * while 50 writes a second flow, each recount takes in every change that came in meanwhile instead of queueing one
 * recount per write behind the metric's lock.
 *
 * <p>Per metric there is at most one recount running and one batch waiting. A change joins the waiting batch (its
 * date is the earliest of the batch's, its units the union; any "all units" makes the batch all units) and its
 * caller waits until that batch has been recounted, so the event's publication is completed only after a recount
 * that started after the change was received; a failed recount fails every change in its batch, whose publications
 * then stay incomplete and are delivered again. The batch closes when its recount starts: a later change waits for
 * the next one.
 */
final class RecountBatches {

    /** A change: from which date (null: every period) and at which units (null: all of them). */
    record Change(LocalDate from, Set<String> units) {
    }

    private final int maxUnits;
    private final Map<String, Batch> waiting = new HashMap<>();
    private final Map<String, ReentrantLock> running = new ConcurrentHashMap<>();

    RecountBatches(int maxUnits) {
        this.maxUnits = maxUnits;
    }

    /**
     * Has {@code change} of {@code metric} recounted by {@code recount}, alone or with the changes that join it,
     * and returns when that recount is done; rethrows its failure.
     */
    void recount(String metric, Change change, Consumer<Change> recount) {
        Batch batch;
        boolean owner;
        synchronized (waiting) {
            batch = waiting.get(metric);
            owner = batch == null;
            if (owner) {
                batch = new Batch(change.from(), change.units() == null ? null : new HashSet<>(change.units()));
                waiting.put(metric, batch);
            } else {
                batch.add(change, maxUnits);
            }
        }
        if (!owner) {
            try {
                batch.done.join();
                return;
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
        ReentrantLock lock = running.computeIfAbsent(metric, m -> new ReentrantLock());
        lock.lock();
        try {
            Change merged;
            synchronized (waiting) {
                waiting.remove(metric, batch);
                merged = batch.change();
            }
            recount.accept(merged);
            batch.done.complete(null);
        } catch (RuntimeException | Error e) {
            batch.done.completeExceptionally(e);
            throw e;
        } finally {
            lock.unlock();
        }
    }

    /** Changes waiting for one recount; changed only under the lock of {@link #waiting}. */
    private static final class Batch {
        private LocalDate from;
        private Set<String> units;
        private final CompletableFuture<Void> done = new CompletableFuture<>();

        Batch(LocalDate from, Set<String> units) {
            this.from = from;
            this.units = units;
        }

        void add(Change change, int maxUnits) {
            from = from == null || change.from() == null ? null : change.from().isBefore(from) ? change.from() : from;
            if (units != null && change.units() != null) {
                units.addAll(change.units());
                if (units.size() > maxUnits) {
                    units = null;
                }
            } else {
                units = null;
            }
        }

        Change change() {
            return new Change(from, units == null ? null : Set.copyOf(units));
        }
    }
}
