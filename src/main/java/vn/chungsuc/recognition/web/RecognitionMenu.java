package vn.chungsuc.recognition.web;

import vn.chungsuc.recognition.RecognitionPermissions;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.chungsuc.shared.web.MenuContributor;
import vn.chungsuc.shared.web.MenuEntry;

/** The titles' entries in the yearly-work menu. */
@Component
class RecognitionMenu implements MenuContributor {

    private final RecognitionPermissions permissions;

    RecognitionMenu(RecognitionPermissions permissions) {
        this.permissions = permissions;
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                new MenuEntry("recognition.nav.rounds", "/recognition/rounds", "award", 40,
                        permissions.menu("round.manage"),
                        MenuEntry.WORK),
                new MenuEntry("recognition.nav.decisions", "/recognition/decisions", "file-earmark-check", 41,
                        permissions.menu("title.view"),
                        MenuEntry.WORK),
                new MenuEntry("recognition.nav.titles", "/recognition/titles", "patch-check", 42,
                        permissions.menu("title.view"),
                        MenuEntry.WORK),
                new MenuEntry("recognition.nav.commendations", "/recognition/commendations", "trophy", 43,
                        permissions.menu("commendation.propose"),
                        MenuEntry.WORK),
                new MenuEntry("recognition.nav.criteria", "/recognition/criteria", "list-check", 44,
                        permissions.menu("title.view"),
                        MenuEntry.WORK),
                new MenuEntry("recognition.nav.area-rounds", "/recognition/area-rounds", "houses", 45,
                        permissions.menu("area.view"),
                        MenuEntry.WORK));
    }
}
