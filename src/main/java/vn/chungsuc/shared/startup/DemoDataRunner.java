package vn.chungsuc.shared.startup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.modulith.ApplicationModule;
import org.springframework.stereotype.Component;

/**
 * Loads every module's {@link DemoData} in the order of the module dependency graph, as each module's
 * {@code package-info} declares it for Spring Modulith (and {@code ModularityTests} verifies): a module comes after
 * the modules it depends on, and after the
 * providers of the shared contracts its demo {@linkplain DemoData#needs() needs}; modules at the same depth go by
 * name. Runs first among the start-up runners, so the recounts that follow see the whole demo.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DemoDataRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataRunner.class);

    private final List<DemoData> loaders;
    private final ListableBeanFactory beans;
    private final StartupProgress progress;
    private final vn.chungsuc.shared.platform.ClusterLocks locks;

    DemoDataRunner(List<DemoData> loaders, ListableBeanFactory beans, StartupProgress progress,
            vn.chungsuc.shared.platform.ClusterLocks locks) {
        this.locks = locks;
        this.loaders = loaders;
        this.beans = beans;
        this.progress = progress;
    }

    @Override
    public void run(ApplicationArguments args) {
        // One instance loads the demo; another starting at the same time waits, then finds it loaded.
        locks.runExclusively("startup.demo-data", this::load);
    }

    private void load() {
        if (loaders.isEmpty()) {
            return;
        }
        String base = AutoConfigurationPackages.get(beans).get(0);
        Map<DemoData, String> moduleOf = new LinkedHashMap<>();
        for (DemoData loader : loaders) {
            moduleOf.put(loader, moduleName(base, AopUtils.getTargetClass(loader)));
        }
        Map<String, Set<String>> dependsOn = new HashMap<>();
        for (Map.Entry<DemoData, String> e : moduleOf.entrySet()) {
            Set<String> deps = dependsOn.computeIfAbsent(e.getValue(), name -> dependencies(base, name));
            for (Class<?> needed : e.getKey().needs()) {
                for (String bean : beans.getBeanNamesForType(needed)) {
                    Class<?> type = beans.getType(bean);
                    if (type != null) {
                        String provider = moduleName(base, type);
                        if (!provider.equals(e.getValue())) {
                            deps.add(provider);
                        }
                    }
                }
            }
        }
        List<String> order = order(dependsOn);
        List<DemoData> sorted = new ArrayList<>(loaders);
        sorted.sort(Comparator.comparingInt(l -> order.indexOf(moduleOf.get(l))));
        log.info("Demo data in module order: {}", sorted.stream().map(moduleOf::get).toList());
        for (int i = 0; i < sorted.size(); i++) {
            DemoData loader = sorted.get(i);
            progress.loading(moduleOf.get(loader), i + 1, sorted.size());
            loader.load();
        }
    }

    /**
     * The modules in load order: by depth in the dependency graph (a module with no dependency among the given
     * ones is 0, otherwise one more than its deepest dependency), then by name. A cycle (which ModularityTests
     * forbids) does not loop: a module met again while its depth is being computed counts as 0.
     */
    static List<String> order(Map<String, Set<String>> dependsOn) {
        Map<String, Integer> depth = new HashMap<>();
        for (String module : dependsOn.keySet()) {
            depth(module, dependsOn, depth, new HashSet<>());
        }
        return dependsOn.keySet().stream()
                .sorted(Comparator.comparing((String m) -> depth.get(m)).thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    private static int depth(String module, Map<String, Set<String>> dependsOn, Map<String, Integer> depth,
            Set<String> visiting) {
        Integer known = depth.get(module);
        if (known != null) {
            return known;
        }
        if (!visiting.add(module)) {
            return 0;
        }
        int d = 0;
        for (String dep : dependsOn.getOrDefault(module, Set.of())) {
            d = Math.max(d, 1 + depth(dep, dependsOn, depth, visiting));
        }
        depth.put(module, d);
        return d;
    }

    /**
     * A module's dependencies as its {@code package-info} declares them ({@code @ApplicationModule(allowedDependencies
     * = …)}). {@code ModularityTests} verifies that the real dependencies stay within them, so ordering by them
     * respects every real one, and reading them costs nothing at start (Modulith's own graph would scan every class).
     */
    static Set<String> dependencies(String base, String module) {
        Set<String> deps = new LinkedHashSet<>();
        try {
            Class<?> info = Class.forName(base + "." + module + ".package-info");
            ApplicationModule declared = info.getAnnotation(ApplicationModule.class);
            if (declared != null) {
                for (String dep : declared.allowedDependencies()) {
                    String name = dep.contains("::") ? dep.substring(0, dep.indexOf("::")) : dep;
                    if (!name.equals(module)) {
                        deps.add(name);
                    }
                }
            }
        } catch (ClassNotFoundException e) {
            // a module without package-info declares no dependency
        }
        return deps;
    }

    /** The module of a type: the package right under the application's base package ({@code vn.chungsuc.poverty}). */
    static String moduleName(String base, Class<?> type) {
        String pkg = type.getPackageName();
        if (!pkg.startsWith(base + ".")) {
            return type.getSimpleName();
        }
        String rest = pkg.substring(base.length() + 1);
        return rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest;
    }
}
