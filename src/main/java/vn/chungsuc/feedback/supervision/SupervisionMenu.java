package vn.chungsuc.feedback.supervision;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.chungsuc.feedback.FeedbackPermissions;
import vn.chungsuc.shared.web.MenuContributor;
import vn.chungsuc.shared.web.MenuEntry;

@Component
class SupervisionMenu implements MenuContributor {

    private final FeedbackPermissions permissions;

    SupervisionMenu(FeedbackPermissions permissions) {
        this.permissions = permissions;
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(new MenuEntry("feedback.nav.supervision", "/feedback/supervision", "binoculars", 15,
                        permissions.menu("supervision.view")),
                new MenuEntry("feedback.nav.mediation", "/feedback/mediation", "people", 16,
                        permissions.menu("mediation.view")));
    }
}
