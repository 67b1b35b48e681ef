package vn.chungsuc;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Keeps the module arrows of the architecture true and writes the module diagram (target/spring-modulith-docs). */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(ChungSucApplication.class);

    @Test
    void modulesDependOnlyOnWhatTheArchitectureAllows() {
        modules.verify();
    }

    @Test
    void writesTheModuleDiagram() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
