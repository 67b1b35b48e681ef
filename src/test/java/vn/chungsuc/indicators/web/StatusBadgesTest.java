package vn.chungsuc.indicators.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.chungsuc.indicators.domain.TargetStatus;

/**
 * The public pages colour a target's status with {@code .badge.status-<STATUS>} from app.css; a status without its
 * rule is white text on no background, an empty cell to the reader ("Không đạt" went missing that way).
 */
class StatusBadgesTest {

    @Test
    void everyStatusHasABadgeColourOnThePublicPages() throws Exception {
        String css;
        try (InputStream in = getClass().getResourceAsStream("/static/css/app.css")) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (TargetStatus s : TargetStatus.values()) {
            assertThat(css).as("a colour for %s", s).contains(".badge.status-" + s.name());
        }
    }
}
