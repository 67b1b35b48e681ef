package vn.chungsuc.shared.documents;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * Printable documents (decision lists, certificates, minutes): a Thymeleaf template written as XHTML becomes a PDF
 * with Liberation Serif embedded (metric-compatible with Times New Roman, the font of administrative documents
 * under decree 30/2020/NĐ-CP), so Vietnamese letters print correctly in any viewer. Templates use
 * {@code font-family: 'Times New Roman'} or {@code serif}; both map to the embedded font. Templates may use
 * messages ({@code #{...}}) and beans ({@code @fmt}).
 */
@Component
public class PdfDocuments {

    /** The family name templates use; {@code serif} and {@code Times New Roman} are registered as aliases. */
    public static final String FONT_FAMILY = "Liberation Serif";
    private static final String[] FAMILIES = {FONT_FAMILY, "Times New Roman", "serif"};
    private static final String[][] FACES = {
            {"fonts/LiberationSerif-Regular.ttf", "400", "NORMAL"},
            {"fonts/LiberationSerif-Bold.ttf", "700", "NORMAL"},
            {"fonts/LiberationSerif-Italic.ttf", "400", "ITALIC"},
            {"fonts/LiberationSerif-BoldItalic.ttf", "700", "ITALIC"}};

    private final SpringTemplateEngine templates;
    private final ApplicationContext context;
    private final Map<String, byte[]> fonts = new java.util.concurrent.ConcurrentHashMap<>();

    public PdfDocuments(SpringTemplateEngine templates, ApplicationContext context) {
        this.templates = templates;
        this.context = context;
    }

    /** Renders a Thymeleaf template (an XHTML page) with the given variables into a PDF. */
    public byte[] fromTemplate(String template, Map<String, ?> variables, Locale locale) {
        Context ctx = new Context(locale);
        variables.forEach(ctx::setVariable);
        ctx.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(context, null));
        return fromXhtml(templates.process(template, ctx));
    }

    /** Renders a well-formed XHTML document into a PDF. */
    public byte[] fromXhtml(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            for (String family : FAMILIES) {
                for (String[] face : FACES) {
                    byte[] bytes = font(face[0]);
                    builder.useFont(() -> new java.io.ByteArrayInputStream(bytes), family, Integer.valueOf(face[1]),
                            PdfRendererBuilder.FontStyle.valueOf(face[2]), true);
                }
            }
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private byte[] font(String path) {
        return fonts.computeIfAbsent(path, p -> {
            try (InputStream in = new ClassPathResource(p).getInputStream()) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
