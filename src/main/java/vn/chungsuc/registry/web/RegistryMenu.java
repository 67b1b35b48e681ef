package vn.chungsuc.registry.web;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.chungsuc.shared.web.MenuContributor;
import vn.chungsuc.shared.web.MenuEntry;

@Component
class RegistryMenu implements MenuContributor {

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                new MenuEntry("registry.nav.households", "/registry/households", "house-door", 30, null),
                new MenuEntry("registry.nav.persons", "/registry/persons", "people", 31, null),
                new MenuEntry("registry.nav.organisations", "/registry/organisations", "building", 32, null),
                new MenuEntry("registry.nav.import", "/registry/imports", "file-earmark-arrow-up", 33, null));
    }
}
