package vn.chungsuc.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Issue 18, hole 1: a loop that checks the request's deadline stops there instead of running on. */
class RequestDeadlineTest {

    @Test
    void aLoopPastTheLimitEndsTheRequestAndOutsideARequestNothingStops() {
        RequestDeadline filter = new RequestDeadline(Duration.ofMillis(50));
        int[] turns = {0};
        assertThatThrownBy(() -> filter.doFilter(new MockHttpServletRequest("GET", "/x"),
                new MockHttpServletResponse(), (req, res) -> {
                    while (true) {
                        RequestDeadline.check();
                        turns[0]++;
                        java.util.concurrent.locks.LockSupport.parkNanos(5_000_000);
                    }
                })).isInstanceOf(RequestDeadline.Overrun.class);
        assertThat(turns[0]).isBetween(1, 100);
        RequestDeadline.check();
        assertThat(RequestDeadline.inTime()).isTrue();
    }
}
