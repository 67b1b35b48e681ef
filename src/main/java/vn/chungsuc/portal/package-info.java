/**
 * Public pages, readable without signing in. The portal knows no feature module: it renders the sections modules
 * contribute through {@link vn.chungsuc.shared.sections.PublicSection} (the programmes' progress from
 * {@code indicators}, the poverty lists under public posting from {@code poverty}, later the fund's disclosure), on
 * its own layout, at {@code /public/{section}} and {@code /public/{section}/{id}}. Nothing personal is shown beyond
 * what a regulation orders posted. Public pages are served from a short-lived cache of the rendered page, so that a
 * town's residents opening the page together cost one rendering per second, and they never create a session.
 * Depends on {@code shared} and the public API of {@code territory} only.
 *
 * <p>Glossary: cổng thông tin – portal; công khai – public; tiến độ thực hiện – progress.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "territory"})
package vn.chungsuc.portal;
