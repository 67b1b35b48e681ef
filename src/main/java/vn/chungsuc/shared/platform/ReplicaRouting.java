package vn.chungsuc.shared.platform;

import java.util.function.Supplier;

/**
 * Where this thread's read-only transactions go when a read replica is configured ({@code
 * chungsuc.datasource.replica.url}): {@link #primaryOnly(Supplier)} keeps them on the primary, for the reads that must
 * see the user's own write (read-your-own-write; {@link ReplicaReadYourWritesFilter} does it for the web requests
 * after a write). Without a replica everything is on the primary anyway and this changes nothing.
 */
public final class ReplicaRouting {

    private static final ThreadLocal<Boolean> PRIMARY_ONLY = new ThreadLocal<>();

    private ReplicaRouting() {
    }

    /** Runs the work with every transaction of this thread on the primary, read-only ones too. */
    public static <T> T primaryOnly(Supplier<T> work) {
        Boolean before = PRIMARY_ONLY.get();
        PRIMARY_ONLY.set(Boolean.TRUE);
        try {
            return work.get();
        } finally {
            if (before == null) {
                PRIMARY_ONLY.remove();
            } else {
                PRIMARY_ONLY.set(before);
            }
        }
    }

    /** Whether this thread's reads are pinned to the primary. */
    public static boolean isPrimaryOnly() {
        return Boolean.TRUE.equals(PRIMARY_ONLY.get());
    }
}
