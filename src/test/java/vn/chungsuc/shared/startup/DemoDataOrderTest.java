package vn.chungsuc.shared.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DemoDataOrderTest {

    @Test
    void aModulesDemoComesAfterTheDemosOfEveryModuleItDependsOn() {
        Map<String, Set<String>> dependsOn = Map.of(
                "poverty", Set.of("shared", "territory", "registry"),
                "indicators", Set.of("shared", "territory", "campaign"),
                "registry", Set.of("shared", "territory"),
                "campaign", Set.of("shared", "territory"),
                "territory", Set.of("shared"),
                // access reaches units through shared's UnitDirectory, which territory provides (DemoData.needs)
                "access", Set.of("shared", "territory"));

        assertThat(DemoDataRunner.order(dependsOn))
                .containsExactly("territory", "access", "campaign", "registry", "indicators", "poverty");
    }

    @Test
    void aModulesDependenciesAreThoseItsPackageInfoDeclares() {
        assertThat(DemoDataRunner.dependencies("vn.chungsuc", "poverty"))
                .containsExactlyInAnyOrder("shared", "territory", "registry");
        assertThat(DemoDataRunner.dependencies("vn.chungsuc", "access")).containsExactly("shared");
        assertThat(DemoDataRunner.moduleName("vn.chungsuc", vn.chungsuc.poverty.PovertyClass.class))
                .isEqualTo("poverty");
        assertThat(DemoDataRunner.moduleName("vn.chungsuc", DemoDataRunner.class)).isEqualTo("shared");
    }

    @Test
    void modulesAtTheSameDepthGoByNameSoTheOrderIsTheSameOnEveryStart() {
        assertThat(DemoDataRunner.order(Map.of("b", Set.of(), "a", Set.of(), "c", Set.of("a"))))
                .containsExactly("a", "b", "c");
    }

    @Test
    void aCycleDoesNotLoopForever() {
        assertThat(DemoDataRunner.order(Map.of("a", Set.of("b"), "b", Set.of("a")))).containsExactlyInAnyOrder("a", "b");
    }
}
