package vn.chungsuc.access.web;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.chungsuc.access.AccessPermissions;
import vn.chungsuc.shared.web.MenuContributor;
import vn.chungsuc.shared.web.MenuEntry;

@Component
class AccessMenu implements MenuContributor {

    private final AccessPermissions permissions;

    AccessMenu(AccessPermissions permissions) {
        this.permissions = permissions;
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                new MenuEntry("access.nav.users", "/admin/users", "person-gear", 90, permissions.menu("user.manage")),
                new MenuEntry("access.nav.audit", "/admin/audit", "journal-text", 91, permissions.menu("audit.read")),
                new MenuEntry("access.nav.tokens", "/admin/tokens", "key", 92, permissions.menu("token.manage")));
    }
}
