/**
 * Public pages, readable without signing in: the programmes and their progress for a unit and year, from the
 * figures the {@code indicators} module keeps. Nothing personal is shown here; other modules serve their own public
 * lists (a poverty list under public posting) under {@code /public/}. Public pages are served from a short-lived
 * cache of the rendered page, so that a town's residents opening the page together cost one rendering per second,
 * and they never create a session. Depends on {@code shared}, the public API of {@code territory}, {@code campaign}
 * and {@code indicators}.
 *
 * <p>Glossary: cổng thông tin – portal; công khai – public; tiến độ thực hiện – progress.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "territory", "campaign",
        "indicators"})
package vn.chungsuc.portal;
