package vn.chungsuc.plan.unityday;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.chungsuc.plan.PlanPermissions;
import vn.chungsuc.shared.web.MenuContributor;
import vn.chungsuc.shared.web.MenuEntry;

@Component
class UnityDayMenu implements MenuContributor {

    private final PlanPermissions permissions;

    UnityDayMenu(PlanPermissions permissions) {
        this.permissions = permissions;
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(new MenuEntry("plan.nav.unityDays", "/plan/unity-days", "flag", 67,
                permissions.menu("unityday.view")));
    }
}
