package vn.chungsuc.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The public pages ({@code GET /public/**}: a programme's progress, a posted poverty list) served from a
 * micro-cache in front of the rest of the application, as a caching reverse proxy would: the first request for a
 * page goes through security, Spring MVC and the template, and its response (status 200, no cookie set) is kept for
 * the time to live ({@code chungsuc.public-pages.cache-ttl}, 1 s by default); the requests for the same address and
 * language within that time get the same headers and bytes without reaching them. An expired page is rendered again
 * by one request while the others still get it ({@link PageCache}). A page is also kept gzip-compressed for the
 * browsers that accept it, so it is compressed once, not once per request.
 *
 * <p>What a hit skips was passed by the request that rendered the page: the same address went through the
 * firewall and the public security chain (anyone may read, no session), and its headers (content security policy,
 * frame options…) are replayed. Nothing personal can be kept: the public chain has no session, and a response that
 * sets a cookie (a change of language) is never kept, nor one that says {@code no-store} (a form carrying a
 * one-time challenge, a reporter's tracking page).
 */
class PublicPageCache extends OncePerRequestFilter {

    /** Headers the server or the container writes for each response itself. */
    private static final Set<String> NOT_REPLAYED = Set.of("set-cookie", "date", "content-length",
            "transfer-encoding", "content-encoding", "vary", "connection", "keep-alive");

    /** A kept response. */
    record Page(String contentType, List<String[]> headers, byte[] body, byte[] gzipped) {
    }

    /** Thrown out of a rendering whose response must not be kept: the response is still sent as rendered. */
    private static final class NotKept extends RuntimeException {
        NotKept() {
            super(null, null, false, false);
        }
    }

    private final PageCache<Page> cache;
    private final LocaleResolver locales;

    PublicPageCache(Duration ttl, LocaleResolver locales) {
        this(ttl, locales, System::nanoTime);
    }

    PublicPageCache(Duration ttl, LocaleResolver locales, java.util.function.LongSupplier nanoClock) {
        this.cache = new PageCache<>(ttl, 10_000, nanoClock);
        this.locales = locales;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !(path.equals("/public") || path.startsWith("/public/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = key(request);
        ContentCachingResponseWrapper[] rendered = new ContentCachingResponseWrapper[1];
        Page page;
        try {
            page = cache.get(key, () -> {
                ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
                rendered[0] = wrapper;
                try {
                    chain.doFilter(request, wrapper);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (ServletException e) {
                    throw new IllegalStateException(e);
                }
                return keep(wrapper);
            });
        } catch (NotKept e) {
            rendered[0].copyBodyToResponse();
            return;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof ServletException servlet) {
                throw servlet;
            }
            throw e;
        }
        if (rendered[0] != null) {
            // This request rendered the page: its headers are on the response already, its body in the wrapper.
            rendered[0].copyBodyToResponse();
            return;
        }
        send(page, request, response);
    }

    /** The address with its parameters (as the handler will read them) and the language the page is in. */
    private String key(HttpServletRequest request) {
        StringBuilder key = new StringBuilder(request.getRequestURI()).append('?');
        request.getParameterMap().forEach((name, values) -> {
            for (String value : values) {
                key.append(name).append('=').append(value).append('&');
            }
        });
        return key.append('|').append(locales.resolveLocale(request).toLanguageTag()).toString();
    }

    private static Page keep(ContentCachingResponseWrapper wrapper) {
        String control = wrapper.getHeader(HttpHeaders.CACHE_CONTROL);
        if (wrapper.getStatus() != HttpServletResponse.SC_OK || wrapper.containsHeader(HttpHeaders.SET_COOKIE)
                || wrapper.isCommitted() || (control != null && control.contains("no-store"))) {
            throw new NotKept();
        }
        List<String[]> headers = new ArrayList<>();
        for (String name : wrapper.getHeaderNames()) {
            if (!NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT)) && !name.equalsIgnoreCase("content-type")) {
                for (String value : wrapper.getHeaders(name)) {
                    headers.add(new String[] {name, value});
                }
            }
        }
        byte[] body = wrapper.getContentAsByteArray();
        return new Page(wrapper.getContentType(), List.copyOf(headers), body, body.length >= 1024 ? gzip(body) : null);
    }

    private static void send(Page page, HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        if (page.contentType() != null) {
            response.setContentType(page.contentType());
        }
        for (String[] header : page.headers()) {
            response.addHeader(header[0], header[1]);
        }
        byte[] body = page.body();
        if (page.gzipped() != null) {
            response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
            if (acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING))) {
                response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
                body = page.gzipped();
            }
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** Whether an Accept-Encoding header accepts gzip (not refused with q=0). */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.split(",")) {
            String[] pieces = part.strip().split(";");
            if (!pieces[0].strip().equalsIgnoreCase("gzip")) {
                continue;
            }
            for (int i = 1; i < pieces.length; i++) {
                String parameter = pieces[i].strip().toLowerCase(Locale.ROOT);
                if (parameter.startsWith("q=")) {
                    try {
                        return Double.parseDouble(parameter.substring(2)) > 0;
                    } catch (NumberFormatException e) {
                        return false;
                    }
                }
            }
            return true;
        }
        return false;
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
