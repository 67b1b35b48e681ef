package vn.chungsuc.shared.sections;

import java.util.List;
import java.util.Map;

/**
 * What a {@link PublicSection} gives the portal to render: a Thymeleaf fragment of the contributing module's
 * templates, the model it reads, and the page's title as a message key with arguments (resolved in the request's
 * language).
 *
 * @param template the template name ("indicators/public-progress")
 * @param fragment the fragment inside it ("progress")
 */
public record PublicFragment(String template, String fragment, Map<String, Object> model, String titleKey,
        List<Object> titleArgs) {

    public PublicFragment {
        model = Map.copyOf(model);
        titleArgs = List.copyOf(titleArgs);
    }

    public PublicFragment(String template, String fragment, Map<String, Object> model, String titleKey) {
        this(template, fragment, model, titleKey, List.of());
    }

    /** The title's arguments as an array, for {@code #messages.msgWithParams}. */
    public Object[] titleArgsArray() {
        return titleArgs.toArray();
    }
}
