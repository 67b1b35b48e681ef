package vn.chungsuc.shared.sections;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** The public sections every module contributes, in their order; what the portal renders. */
@Component
public class PublicSections {

    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private final List<PublicSection> sections;

    public PublicSections(List<PublicSection> contributed) {
        for (PublicSection s : contributed) {
            if (!KEY.matcher(s.key()).matches()) {
                throw new IllegalStateException("public section key not usable in an address: " + s.key());
            }
        }
        if (contributed.stream().map(PublicSection::key).distinct().count() != contributed.size()) {
            throw new IllegalStateException("two public sections share a key");
        }
        this.sections = contributed.stream().sorted(Comparator.comparingInt(PublicSection::order)
                .thenComparing(PublicSection::key)).toList();
    }

    /** Every section, in order. */
    public List<PublicSection> all() {
        return sections;
    }

    public Optional<PublicSection> find(String key) {
        return sections.stream().filter(s -> s.key().equals(key)).findFirst();
    }
}
