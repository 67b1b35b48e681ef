package vn.chungsuc.plan.completeness;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.chungsuc.plan.PlanPermissions;
import vn.chungsuc.shared.web.MenuContributor;
import vn.chungsuc.shared.web.MenuEntry;

/**
 * The completeness page for those who follow the units, and for a unit's officers a card on their home page while a
 * reminder to their unit is open (it goes once the unit submits).
 */
@Component
class CompletenessMenu implements MenuContributor {

    private final PlanPermissions permissions;
    private final Completeness completeness;

    CompletenessMenu(PlanPermissions permissions, Completeness completeness) {
        this.permissions = permissions;
        this.completeness = completeness;
    }

    @Override
    public List<MenuEntry> menuEntries() {
        List<MenuEntry> out = new ArrayList<>();
        out.add(new MenuEntry("plan.nav.completeness", "/plan/completeness", "clipboard-check", 66,
                permissions.menu("duty.view")));
        if (!completeness.mine().isEmpty()) {
            out.add(new MenuEntry("plan.nav.reminders", "/plan/reminders", "bell", 60, null));
        }
        return out;
    }
}
