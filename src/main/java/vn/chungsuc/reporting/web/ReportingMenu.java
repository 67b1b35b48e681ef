package vn.chungsuc.reporting.web;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.chungsuc.reporting.ReportingPermissions;
import vn.chungsuc.shared.web.MenuContributor;
import vn.chungsuc.shared.web.MenuEntry;

@Component
class ReportingMenu implements MenuContributor {

    private final ReportingPermissions permissions;

    ReportingMenu(ReportingPermissions permissions) {
        this.permissions = permissions;
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(new MenuEntry("reporting.nav.reports", "/reports", "file-earmark-text", 14,
                permissions.menu("report.view")));
    }
}
