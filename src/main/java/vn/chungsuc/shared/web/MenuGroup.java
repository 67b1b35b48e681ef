package vn.chungsuc.shared.web;

import java.util.List;

/** The entries of one group, in order, as the layout shows them: a drop-down, or a plain link when alone. */
public record MenuGroup(String key, String labelKey, List<MenuEntry> entries) {

    public boolean single() {
        return entries.size() == 1;
    }

    public boolean contains(String path) {
        return path != null && entries.stream().anyMatch(e -> !"/".equals(e.href()) && path.startsWith(e.href()));
    }
}
