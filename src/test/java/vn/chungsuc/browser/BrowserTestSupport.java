package vn.chungsuc.browser;

import org.junit.jupiter.api.AfterAll;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every browser test class shares: one headless Chromium per class, started on first use (the server's port
 * is known only to the instances) and closed after the class's last test.
 */
abstract class BrowserTestSupport {

    private static Browser browser;

    @LocalServerPort protected int port;

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    protected Browser browser() {
        if (browser == null) {
            browser = new Browser(port);
        }
        return browser;
    }
}
