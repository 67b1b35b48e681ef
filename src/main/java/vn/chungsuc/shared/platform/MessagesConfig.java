package vn.chungsuc.shared.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * The screen texts of every module: each keeps its bundle in {@code messages/<module>.properties} (Vietnamese) and
 * {@code messages/<module>_en.properties} (English), and is found here without a central list. A locale with no
 * bundle of its own gets Vietnamese (the base file), never the server's system locale.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfig {

    static final String BUNDLES = "classpath*:messages/*.properties";
    /** A locale suffix: {@code _en}, {@code _en_GB}. */
    private static final Pattern LOCALE_SUFFIX = Pattern.compile("_[a-z]{2,3}(_[A-Z]{2})?$");

    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames(baseNames(new PathMatchingResourcePatternResolver()).toArray(String[]::new));
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    /** {@code messages/<name>} for each bundle on the classpath, sorted, each once (whatever its languages). */
    static List<String> baseNames(ResourcePatternResolver resolver) {
        try {
            return Arrays.stream(resolver.getResources(BUNDLES))
                    .map(Resource::getFilename)
                    .filter(Objects::nonNull)
                    .map(name -> name.substring(0, name.length() - ".properties".length()))
                    .map(name -> LOCALE_SUFFIX.matcher(name).replaceFirst(""))
                    .map(name -> "messages/" + name)
                    .distinct()
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the message bundles " + BUNDLES, e);
        }
    }
}
