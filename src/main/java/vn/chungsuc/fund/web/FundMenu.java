package vn.chungsuc.fund.web;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.chungsuc.fund.FundPermissions;
import vn.chungsuc.shared.web.MenuContributor;
import vn.chungsuc.shared.web.MenuEntry;

@Component
class FundMenu implements MenuContributor {

    private final FundPermissions permissions;

    FundMenu(FundPermissions permissions) {
        this.permissions = permissions;
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(new MenuEntry("fund.nav", "/fund", "piggy-bank", 72, permissions.menu("fund.view")));
    }
}
