package vn.chungsuc.shared.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

class MessagesConfigTest {

    private static final String ENGLISH_LOGOUT = "Sign out";
    private final MessageSource messages = new MessagesConfig().messageSource();

    @Test
    void everyModulesBundleIsFoundWithoutAList() throws IOException {
        List<String> expected;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/messages"))) {
            expected = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".properties") && !n.contains("_"))
                    .map(n -> "messages/" + n.replace(".properties", ""))
                    .sorted().toList();
        }
        assertThat(MessagesConfig.baseNames(new PathMatchingResourcePatternResolver()))
                .containsExactlyElementsOf(expected)
                .contains("messages/shared", "messages/poverty", "messages/portal")
                .noneMatch(name -> name.endsWith("_en"));
    }

    @Test
    void vietnameseIsTheBaseAndEnglishItsTranslationReadAsUtf8() {
        assertThat(messages.getMessage("layout.logout", null, Locale.forLanguageTag("vi"))).isEqualTo("Đăng xuất");
        assertThat(messages.getMessage("layout.logout", null, Locale.ENGLISH)).isEqualTo(ENGLISH_LOGOUT);
    }

    @Test
    void aLocaleWithoutABundleGetsVietnameseNotTheSystemLocale() {
        Locale system = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertThat(messages.getMessage("layout.logout", null, Locale.FRENCH)).isEqualTo("Đăng xuất");
        } finally {
            Locale.setDefault(system);
        }
    }

    @Test
    void anUnknownKeyIsNotAnsweredWithItself() {
        assertThat(messages.getMessage("no.such.key", null, "—", Locale.ENGLISH)).isEqualTo("—");
    }
}
