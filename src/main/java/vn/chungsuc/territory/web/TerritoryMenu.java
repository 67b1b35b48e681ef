package vn.chungsuc.territory.web;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.chungsuc.shared.web.MenuContributor;
import vn.chungsuc.territory.TerritoryPermissions;
import vn.chungsuc.shared.web.MenuEntry;

@Component
class TerritoryMenu implements MenuContributor {

    private final TerritoryPermissions permissions;

    TerritoryMenu(TerritoryPermissions permissions) {
        this.permissions = permissions;
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                new MenuEntry("territory.nav", "/units", "diagram-3", 20, permissions.menu("unit.view")),
                new MenuEntry("territory.import.nav", "/admin/units/import", "cloud-upload", 90,
                        permissions.menu("catalogue.import")),
                new MenuEntry("territory.changes.nav", "/admin/units/changes", "diagram-2", 91,
                        permissions.menu("unit.change")),
                new MenuEntry("territory.bodies.nav", "/admin/bodies", "building-gear", 92,
                        permissions.menu("body.manage")));
    }
}
