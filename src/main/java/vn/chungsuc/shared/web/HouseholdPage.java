package vn.chungsuc.shared.web;

import java.util.Optional;

/**
 * A module's page about one household (the registry's record, the poverty register's classification…), so that each
 * household page links to the others without one module knowing another. A contributor answers only for a
 * household it holds and the current user may open.
 */
public interface HouseholdPage {

    /** A link: its text (a message key) and its address. */
    record Link(String labelKey, String href) {
    }

    Optional<Link> about(String householdCode);
}
