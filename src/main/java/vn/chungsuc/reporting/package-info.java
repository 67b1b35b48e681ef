/**
 * Official reports (báo cáo 6 tháng, năm, sơ kết, tổng kết) in the layout of decree 30/2020/NĐ-CP, Phụ lục I: one
 * document model by the decree's boxes ({@code document.OfficialDocument}), two renderers (DOCX with Apache POI,
 * PDF with openhtmltopdf and Liberation Serif embedded) and a lint that reads a DOCX back and checks every rule of
 * the decree's layout. The content is what the feature modules contribute through
 * {@code shared.sections.ReportSection}; reporting knows no feature module. Drafts are edited, sent for approval,
 * approved by the signer and issued with a number from the issuing body's register; an issued document is frozen.
 *
 * <p>Glossary: báo cáo – report; sơ kết – interim review; tổng kết – final review; Quốc hiệu – national title;
 * Tiêu ngữ – motto; trích yếu – summary; căn cứ – legal bases; nơi nhận – recipients; sổ đăng ký văn bản đi – the
 * register of outgoing documents ({@code domain.Register}); ban hành – issue.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "territory"})
package vn.chungsuc.reporting;
