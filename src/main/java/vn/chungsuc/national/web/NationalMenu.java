package vn.chungsuc.national.web;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.chungsuc.national.NationalPermissions;
import vn.chungsuc.national.domain.NationalRefresh;
import vn.chungsuc.shared.web.MenuContributor;
import vn.chungsuc.shared.web.MenuEntry;

/**
 * The entry "Toàn quốc", shown only where the view has something to show: on the national instance, which collects
 * the provinces' facts, and on a province instance that publishes them ({@code chungsuc.national.province-code} set).
 * Elsewhere (a commune's or district's own instance, the demo by default) the page stays reachable by its address
 * and says how to configure it.
 */
@Component
class NationalMenu implements MenuContributor {

    private final NationalPermissions permissions;

    private final boolean shown;

    NationalMenu(NationalPermissions permissions, NationalRefresh refresh,
            @Value("${chungsuc.national.enabled:false}") boolean national) {
        this.permissions = permissions;
        this.shown = national || refresh.publishing();
    }

    @Override
    public List<MenuEntry> menuEntries() {
        if (!shown) {
            return List.of();
        }
        return List.of(new MenuEntry("national.nav", "/national", "globe", 95, permissions.menu("dashboard.view")));
    }
}
