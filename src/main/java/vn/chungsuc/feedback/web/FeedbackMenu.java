package vn.chungsuc.feedback.web;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.chungsuc.feedback.FeedbackPermissions;
import vn.chungsuc.shared.web.MenuContributor;
import vn.chungsuc.shared.web.MenuEntry;

@Component
class FeedbackMenu implements MenuContributor {

    private final FeedbackPermissions permissions;

    FeedbackMenu(FeedbackPermissions permissions) {
        this.permissions = permissions;
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(new MenuEntry("feedback.nav.inbox", "/feedback", "chat-left-text", 14,
                permissions.menu("report.view")));
    }
}
