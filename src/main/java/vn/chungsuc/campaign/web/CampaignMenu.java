package vn.chungsuc.campaign.web;

import vn.chungsuc.campaign.CampaignPermissions;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.chungsuc.shared.web.MenuContributor;
import vn.chungsuc.shared.web.MenuEntry;

@Component
class CampaignMenu implements MenuContributor {

    private final CampaignPermissions permissions;

    CampaignMenu(CampaignPermissions permissions) {
        this.permissions = permissions;
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(new MenuEntry("campaign.nav.programmes", "/programmes", "journal-bookmark", 10,
                permissions.menu("programme.view")));
    }
}
