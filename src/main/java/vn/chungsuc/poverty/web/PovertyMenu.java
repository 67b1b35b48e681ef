package vn.chungsuc.poverty.web;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.chungsuc.poverty.PovertyPermissions;
import vn.chungsuc.shared.web.MenuContributor;
import vn.chungsuc.shared.web.MenuEntry;

/** The poverty register's entries in the main navigation (orders 50–54). */
@Component
class PovertyMenu implements MenuContributor {

    private final PovertyPermissions permissions;

    PovertyMenu(PovertyPermissions permissions) {
        this.permissions = permissions;
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                new MenuEntry("poverty.nav.households", "/poverty/households", "clipboard-heart", 50,
                        permissions.menu("household.view")),
                new MenuEntry("poverty.nav.rounds", "/poverty/rounds", "list-check", 51,
                        permissions.menu("household.view")),
                new MenuEntry("poverty.nav.unsupported", "/poverty/unsupported", "people", 52,
                        permissions.menu("support.assign")),
                new MenuEntry("poverty.nav.standards", "/poverty/standards", "journal-text", 53,
                        permissions.menu("household.view")),
                new MenuEntry("poverty.nav.public", "/public/poverty", "megaphone", 54, MenuEntry.PUBLIC));
    }
}
