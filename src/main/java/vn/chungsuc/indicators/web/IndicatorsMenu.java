package vn.chungsuc.indicators.web;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.chungsuc.shared.web.MenuContributor;
import vn.chungsuc.shared.web.MenuEntry;

@Component
class IndicatorsMenu implements MenuContributor {

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                new MenuEntry("indicators.nav.dashboard", "/dashboard", "speedometer2", 11, null),
                new MenuEntry("indicators.nav.entries", "/indicators/entries", "pencil-square", 12, null),
                new MenuEntry("indicators.nav.definitions", "/indicators/definitions", "rulers", 13, null));
    }
}
