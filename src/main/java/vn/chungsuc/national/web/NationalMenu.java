package vn.chungsuc.national.web;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.chungsuc.national.NationalPermissions;
import vn.chungsuc.shared.web.MenuContributor;
import vn.chungsuc.shared.web.MenuEntry;

@Component
class NationalMenu implements MenuContributor {

    private final NationalPermissions permissions;

    NationalMenu(NationalPermissions permissions) {
        this.permissions = permissions;
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(new MenuEntry("national.nav", "/national", "globe", 95, permissions.menu("dashboard.view")));
    }
}
