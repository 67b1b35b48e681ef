package vn.chungsuc.shared.web;

import java.util.Comparator;
import java.util.List;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import vn.chungsuc.shared.permission.Actor;
import vn.chungsuc.shared.permission.CurrentActor;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the navigation that the modules contribute, filtered by the permission each entry carries, into every page. */
@ControllerAdvice
class LayoutModelAdvice {

    private final List<MenuContributor> contributors;
    private final CurrentActor actors;

    LayoutModelAdvice(List<MenuContributor> contributors, CurrentActor actors) {
        this.contributors = contributors;
        this.actors = actors;
    }

    @ModelAttribute("menu")
    List<MenuEntry> menu() {
        Actor actor = actors.current();
        return contributors.stream()
                .flatMap(c -> c.menuEntries().stream())
                .filter(e -> e.visibleTo(actor))
                .sorted(Comparator.comparingInt(MenuEntry::order))
                .toList();
    }

    /** The menu in groups, each group placed by its first entry's order. */
    @ModelAttribute("menuGroups")
    List<MenuGroup> menuGroups(@ModelAttribute("menu") List<MenuEntry> menu) {
        var byGroup = new java.util.LinkedHashMap<String, List<MenuEntry>>();
        for (MenuEntry e : menu) {
            byGroup.computeIfAbsent(e.group(), g -> new java.util.ArrayList<>()).add(e);
        }
        return byGroup.entrySet().stream()
                .map(en -> new MenuGroup(en.getKey(), "nav.group." + en.getKey(), List.copyOf(en.getValue())))
                .toList();
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }
}
