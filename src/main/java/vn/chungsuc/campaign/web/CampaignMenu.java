package vn.chungsuc.campaign.web;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.chungsuc.shared.web.MenuContributor;
import vn.chungsuc.shared.web.MenuEntry;

@Component
class CampaignMenu implements MenuContributor {

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(new MenuEntry("campaign.nav.programmes", "/programmes", "journal-bookmark", 10, null));
    }
}
