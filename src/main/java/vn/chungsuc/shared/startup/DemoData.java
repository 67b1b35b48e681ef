package vn.chungsuc.shared.startup;

import java.util.Set;

/**
 * A module's demo data (a bean of the {@code demo} profile). One runner ({@link DemoDataRunner}) loads every
 * module's demo in the order of the module dependencies: a module's demo runs after the demos of the modules it
 * depends on, so no loader carries an order number. Loading must be idempotent: a restart loads nothing twice.
 */
public interface DemoData {

    /** Loads the demo, or what of it is missing. Runs once per start, before the application reports ready. */
    void load();

    /**
     * Contracts of {@code shared} this demo needs filled in first, where the dependency goes through {@code shared}
     * rather than through another module's API (access checks its users' units through
     * {@code shared.scope.UnitDirectory}, which territory implements): the demos of the modules that provide beans
     * of these types run first.
     */
    default Set<Class<?>> needs() {
        return Set.of();
    }
}
