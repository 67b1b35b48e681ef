/**
 * The Front's evaluation of the campaign and the awards register. So far the register: each award (Giấy khen, Bằng
 * khen, Cờ thi đua, a title) with its issuer, decision, achievement, period and recipient, and the rule that one
 * achievement gets one award (Luật Thi đua, khen thưởng 2022: a form may be given many times, an achievement once).
 * Depends on {@code shared} and the public API of {@code territory} (the issuer's unit).
 *
 * <p>Glossary: khen thưởng – award ({@code Award}); hình thức – form ({@code AwardForm}); thành tích – achievement;
 * quyết định khen thưởng – award decision; tập thể – collective; cá nhân – person; hộ gia đình – household;
 * sổ khen thưởng – awards register.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "territory", "registry"})
package vn.chungsuc.evaluation;
