package org.sendplan;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Capabilities reach each other only through their public top-level packages, without cycles. */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(SendplanApplication.class);

    @Test
    void capabilitiesRespectTheirBoundaries() {
        MODULES.verify();
    }

    /** Keeps the module diagram in docs/modules true to the code on every build. */
    @Test
    void writesTheModuleDiagram() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
    }
}
