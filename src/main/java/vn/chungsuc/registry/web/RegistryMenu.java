package vn.chungsuc.registry.web;

import vn.chungsuc.registry.RegistryPermissions;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.chungsuc.shared.web.MenuContributor;
import vn.chungsuc.shared.web.MenuEntry;

@Component
class RegistryMenu implements MenuContributor {

    private final RegistryPermissions permissions;

    RegistryMenu(RegistryPermissions permissions) {
        this.permissions = permissions;
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                new MenuEntry("registry.nav.households", "/registry/households", "house-door", 30,
                        permissions.menu("household.view")),
                new MenuEntry("registry.nav.persons", "/registry/persons", "people", 31,
                        permissions.menu("household.view")),
                new MenuEntry("registry.nav.organisations", "/registry/organisations", "building", 32,
                        permissions.menu("household.view")),
                new MenuEntry("registry.nav.import", "/registry/imports", "file-earmark-arrow-up", 33,
                        permissions.menu("household.edit")));
    }
}
