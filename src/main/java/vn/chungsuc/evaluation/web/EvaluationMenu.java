package vn.chungsuc.evaluation.web;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.chungsuc.evaluation.EvaluationPermissions;
import vn.chungsuc.shared.web.MenuContributor;
import vn.chungsuc.shared.web.MenuEntry;

@Component
class EvaluationMenu implements MenuContributor {

    private final EvaluationPermissions permissions;

    EvaluationMenu(EvaluationPermissions permissions) {
        this.permissions = permissions;
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(new MenuEntry("evaluation.nav.areas", "/evaluation", "clipboard-check", 13,
                permissions.menu("area.view")),
                new MenuEntry("evaluation.nav.awards", "/awards", "award", 14, permissions.menu("award.view")));
    }
}
