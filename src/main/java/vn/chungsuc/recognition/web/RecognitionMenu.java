package vn.chungsuc.recognition.web;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.chungsuc.shared.web.MenuContributor;
import vn.chungsuc.shared.web.MenuEntry;

/** The titles' entries in the yearly-work menu. */
@Component
class RecognitionMenu implements MenuContributor {

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                new MenuEntry("recognition.nav.rounds", "/recognition/rounds", "award", 40, null, MenuEntry.WORK),
                new MenuEntry("recognition.nav.decisions", "/recognition/decisions", "file-earmark-check", 41, null,
                        MenuEntry.WORK),
                new MenuEntry("recognition.nav.titles", "/recognition/titles", "patch-check", 42, null,
                        MenuEntry.WORK),
                new MenuEntry("recognition.nav.commendations", "/recognition/commendations", "trophy", 43, null,
                        MenuEntry.WORK),
                new MenuEntry("recognition.nav.criteria", "/recognition/criteria", "list-check", 44, null,
                        MenuEntry.WORK));
    }
}
