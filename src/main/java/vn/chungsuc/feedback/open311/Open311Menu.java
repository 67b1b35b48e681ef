package vn.chungsuc.feedback.open311;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.chungsuc.feedback.FeedbackPermissions;
import vn.chungsuc.shared.web.MenuContributor;
import vn.chungsuc.shared.web.MenuEntry;

@Component
class Open311Menu implements MenuContributor {

    private final FeedbackPermissions permissions;

    Open311Menu(FeedbackPermissions permissions) {
        this.permissions = permissions;
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(new MenuEntry("feedback.open311.keys.nav", "/admin/open311/keys", "key", 97,
                permissions.menu("open311.keys")));
    }
}
