/**
 * Citizens' reports (phản ánh, kiến nghị): categories as data, each tagged with a content of the campaign and a
 * deadline in working days; routing to the body responsible per unit and date (bodies are territory's data); the
 * working-day calendar (weekends, Tết and public holidays, make-up days) as data; a report from the portal without
 * an account, with abuse controls; its states and handling by the body's officers; public tracking without the
 * reporter's identity; responsiveness figures per body, commune, category and month. Depends on {@code shared} and
 * the public API of {@code territory}.
 *
 * <p>Glossary: phản ánh, kiến nghị – report ({@code Report}); lĩnh vực – category; khiếu nại – complaint (Luật
 * Khiếu nại 2011, not taken here); tố cáo – denunciation (Luật Tố cáo 2018, not taken here); mã tra cứu – tracking
 * code; ngày làm việc – working day; ngày nghỉ lễ, Tết – holiday; ngày làm bù – make-up day; gia hạn – extension;
 * quá hạn – overdue; sắp trễ hạn – due soon; không thuộc thẩm quyền – forwarded; trùng – duplicate.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "territory"})
package vn.chungsuc.feedback;
