package vn.chungsuc.indicators.web;

import vn.chungsuc.indicators.IndicatorsPermissions;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.chungsuc.shared.web.MenuContributor;
import vn.chungsuc.shared.web.MenuEntry;

@Component
class IndicatorsMenu implements MenuContributor {

    private final IndicatorsPermissions permissions;

    IndicatorsMenu(IndicatorsPermissions permissions) {
        this.permissions = permissions;
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                new MenuEntry("indicators.nav.dashboard", "/dashboard", "speedometer2", 11,
                        permissions.menu("figures.view")),
                new MenuEntry("indicators.nav.entries", "/indicators/entries", "pencil-square", 12,
                        permissions.menu("entry.enter")),
                new MenuEntry("indicators.nav.pending", "/indicators/entries/pending", "inbox", 12,
                        permissions.menu("entry.approve")),
                new MenuEntry("indicators.nav.approvers", "/indicators/approvers", "person-check", 14,
                        permissions.menu("approver.edit")),
                new MenuEntry("indicators.nav.definitions", "/indicators/definitions", "rulers", 13,
                        permissions.menu("definition.edit")));
    }
}
