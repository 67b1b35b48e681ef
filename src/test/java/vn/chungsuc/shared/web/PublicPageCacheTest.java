package vn.chungsuc.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/** The public pages' micro-cache: what is kept, for how long, and what a hit sends. */
class PublicPageCacheTest {

    private final AtomicLong now = new AtomicLong();
    private final AtomicInteger renders = new AtomicInteger();
    private final PublicPageCache filter;
    private int status = 200;
    private boolean setsCookie;

    PublicPageCacheTest() {
        CookieLocaleResolver locales = new CookieLocaleResolver("chungsuc-lang");
        locales.setDefaultLocale(Locale.forLanguageTag("vi"));
        filter = new PublicPageCache(Duration.ofSeconds(1), locales, now::get);
    }

    /** Stands for security, Spring MVC and the template: numbers each rendering, writes the headers they write. */
    private MockHttpServletResponse get(String uri, String query, String acceptEncoding, Cookie... cookies)
            throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", uri);
        request.setQueryString(query);
        if (query != null) {
            for (String pair : query.split("&")) {
                String[] nameValue = pair.split("=", 2);
                request.addParameter(nameValue[0], nameValue.length > 1 ? nameValue[1] : "");
            }
        }
        if (acceptEncoding != null) {
            request.addHeader("Accept-Encoding", acceptEncoding);
        }
        if (cookies.length > 0) {
            request.setCookies(cookies);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, (req, res) -> {
            HttpServletResponse http = (HttpServletResponse) res;
            int n = renders.incrementAndGet();
            http.setStatus(status);
            http.setContentType("text/html;charset=UTF-8");
            http.setHeader("Content-Security-Policy", "default-src 'self'");
            http.setHeader("Cache-Control", "max-age=1, public");
            if (setsCookie) {
                http.addCookie(new Cookie("chungsuc-lang", "en"));
            }
            http.getOutputStream().write(("<html>Tiến độ " + "thực hiện ".repeat(200) + "— lần " + n + "</html>")
                    .getBytes(StandardCharsets.UTF_8));
        });
        return response;
    }

    @Test
    void theSamePageWithinTheTimeToLiveIsSentWithoutRenderingAgainHeadersIncluded() throws Exception {
        MockHttpServletResponse first = get("/public/programmes/1", "year=2020", null);
        now.addAndGet(900_000_000L);
        MockHttpServletResponse second = get("/public/programmes/1", "year=2020", null);
        assertThat(renders).hasValue(1);
        assertThat(second.getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo(first.getContentAsString(StandardCharsets.UTF_8)).contains("Tiến độ", "lần 1");
        assertThat(second.getStatus()).isEqualTo(200);
        assertThat(second.getContentType()).isEqualTo("text/html;charset=UTF-8");
        assertThat(second.getHeader("Content-Security-Policy")).isEqualTo("default-src 'self'");
        assertThat(second.getHeader("Cache-Control")).isEqualTo("max-age=1, public");
        assertThat(second.getContentLength()).isEqualTo(first.getContentAsByteArray().length);

        now.addAndGet(200_000_000L);
        assertThat(get("/public/programmes/1", "year=2020", null).getContentAsString(StandardCharsets.UTF_8))
                .contains("lần 2");
    }

    @Test
    void anotherAddressOrLanguageIsAnotherPage() throws Exception {
        get("/public/programmes/1", "year=2020", null);
        get("/public/programmes/1", "year=2021", null);
        get("/public/programmes/1", null, null);
        get("/public/programmes/1", "year=2020", null, new Cookie("chungsuc-lang", "en"));
        assertThat(renders).hasValue(4);
        get("/public/programmes/1", "year=2020", null, new Cookie("chungsuc-lang", "en"));
        assertThat(renders).hasValue(4);
    }

    @Test
    void errorsAndResponsesSettingACookieAreNeverKept() throws Exception {
        status = 404;
        assertThat(get("/public/programmes/9", null, null).getStatus()).isEqualTo(404);
        assertThat(get("/public/programmes/9", null, null).getContentAsString(StandardCharsets.UTF_8))
                .contains("lần 2");
        status = 200;
        setsCookie = true;
        get("/public/programmes/1", "lang=en", null);
        MockHttpServletResponse again = get("/public/programmes/1", "lang=en", null);
        assertThat(renders).hasValue(4);
        assertThat(again.getCookie("chungsuc-lang")).isNotNull();
    }

    @Test
    void aBrowserAcceptingGzipGetsThePageCompressedOnce() throws Exception {
        MockHttpServletResponse plain = get("/public", null, null);
        MockHttpServletResponse zipped = get("/public", null, "gzip, deflate, br");
        assertThat(renders).hasValue(1);
        assertThat(zipped.getHeader("Content-Encoding")).isEqualTo("gzip");
        assertThat(zipped.getHeader("Vary")).isEqualTo("Accept-Encoding");
        assertThat(zipped.getContentAsByteArray().length).isLessThan(plain.getContentAsByteArray().length / 3);
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.getContentAsByteArray()))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .isEqualTo(plain.getContentAsString(StandardCharsets.UTF_8));
        }
        assertThat(get("/public", null, "gzip;q=0, identity").getHeader("Content-Encoding")).isNull();
    }

    @Test
    void onlyReadingThePublicPagesIsCached() throws Exception {
        MockHttpServletRequest post = new MockHttpServletRequest("POST", "/public/reports");
        filter.doFilter(post, new MockHttpServletResponse(), (req, res) -> renders.incrementAndGet());
        filter.doFilter(post, new MockHttpServletResponse(), (req, res) -> renders.incrementAndGet());
        MockHttpServletRequest dashboard = new MockHttpServletRequest("GET", "/dashboard");
        filter.doFilter(dashboard, new MockHttpServletResponse(), (req, res) -> renders.incrementAndGet());
        filter.doFilter(dashboard, new MockHttpServletResponse(), (req, res) -> renders.incrementAndGet());
        MockHttpServletRequest lookalike = new MockHttpServletRequest("GET", "/publicity");
        filter.doFilter(lookalike, new MockHttpServletResponse(), (req, res) -> renders.incrementAndGet());
        filter.doFilter(lookalike, new MockHttpServletResponse(), (req, res) -> renders.incrementAndGet());
        assertThat(renders).hasValue(6);
    }

    @Test
    void gzipIsAcceptedUnlessRefused() {
        assertThat(PublicPageCache.acceptsGzip("gzip")).isTrue();
        assertThat(PublicPageCache.acceptsGzip("deflate, GZIP;q=0.5")).isTrue();
        assertThat(PublicPageCache.acceptsGzip("gzip;q=0")).isFalse();
        assertThat(PublicPageCache.acceptsGzip("gzip; q=0.000")).isFalse();
        assertThat(PublicPageCache.acceptsGzip("br, deflate")).isFalse();
        assertThat(PublicPageCache.acceptsGzip(null)).isFalse();
    }
}
