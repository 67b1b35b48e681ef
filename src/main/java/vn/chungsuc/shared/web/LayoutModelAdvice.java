package vn.chungsuc.shared.web;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the navigation that the modules contribute, filtered by the user's authorities, into every page model. */
@ControllerAdvice
class LayoutModelAdvice {

    private final List<MenuContributor> contributors;

    LayoutModelAdvice(List<MenuContributor> contributors) {
        this.contributors = contributors;
    }

    @ModelAttribute("menu")
    List<MenuEntry> menu() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
        Set<String> authorities = signedIn
                ? auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet())
                : Set.of();
        return contributors.stream()
                .flatMap(c -> c.menuEntries().stream())
                .filter(e -> MenuEntry.PUBLIC.equals(e.authority())
                        || (signedIn && (e.authority() == null || authorities.contains(e.authority()))))
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
