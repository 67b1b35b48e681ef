package vn.chungsuc.plan.review;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.chungsuc.plan.PlanPermissions;
import vn.chungsuc.shared.web.MenuContributor;
import vn.chungsuc.shared.web.MenuEntry;

@Component
class ReviewMenu implements MenuContributor {

    private final PlanPermissions permissions;

    ReviewMenu(PlanPermissions permissions) {
        this.permissions = permissions;
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(new MenuEntry("plan.nav.reviews", "/plan/reviews", "search", 68,
                permissions.menu("review.view")));
    }
}
