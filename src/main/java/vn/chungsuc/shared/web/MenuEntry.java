package vn.chungsuc.shared.web;

/**
 * One entry of the main navigation, contributed by a module (a bean implementing {@link MenuContributor}).
 *
 * @param labelKey message key of the label
 * @param href link target inside the app
 * @param icon Bootstrap Icons name without the {@code bi-} prefix
 * @param order position, smaller first
 * @param authority the authority a user needs to see it ({@code ROLE_ADMIN}); {@code null} for every signed-in
 *     user, {@link #PUBLIC} for everyone including anonymous citizens
 */
public record MenuEntry(String labelKey, String href, String icon, int order, String authority) {

    public static final String PUBLIC = "PUBLIC";
}
