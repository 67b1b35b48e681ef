package vn.chungsuc.territory.web;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.chungsuc.shared.web.MenuContributor;
import vn.chungsuc.shared.web.MenuEntry;

@Component
class TerritoryMenu implements MenuContributor {

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                new MenuEntry("territory.nav", "/units", "diagram-3", 20, null),
                new MenuEntry("territory.import.nav", "/admin/units/import", "cloud-upload", 90, "ROLE_ADMIN"));
    }
}
