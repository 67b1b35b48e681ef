package vn.chungsuc.shared.web;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * A page and an API route that fail as a bug would (an unexpected exception), for the tests of the 500 answers: the
 * error page in a browser, JSON for the API. Only in the tests' classpath and profile; found by the application's
 * component scan, so every integration test shares the one context.
 */
@Controller
@Profile("test")
class FailingPagesForTests {

    static final String PAGE = "/test-only/failing-page";
    static final String API = "/api/v1/test-only/failing";

    @GetMapping({PAGE, API})
    String fail() {
        throw new IllegalStateException("a bug, on purpose (test only)");
    }
}
