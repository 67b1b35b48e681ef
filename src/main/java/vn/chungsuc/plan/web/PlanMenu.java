package vn.chungsuc.plan.web;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.chungsuc.plan.PlanPermissions;
import vn.chungsuc.shared.web.MenuContributor;
import vn.chungsuc.shared.web.MenuEntry;

@Component
class PlanMenu implements MenuContributor {

    private final PlanPermissions permissions;

    PlanMenu(PlanPermissions permissions) {
        this.permissions = permissions;
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(new MenuEntry("plan.nav.tasks", "/plan", "list-check", 12, permissions.menu("task.view")),
                new MenuEntry("plan.nav.practices", "/plan/practices", "lightbulb", 13,
                        permissions.menu("practice.view")),
                new MenuEntry("plan.nav.trainings", "/plan/trainings", "mortarboard", 14,
                        permissions.menu("training.view")));
    }
}
