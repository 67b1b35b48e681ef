package vn.chungsuc.shared.web;

import java.util.List;

/** Implemented by each module that adds entries to the main navigation. */
public interface MenuContributor {

    List<MenuEntry> menuEntries();
}
