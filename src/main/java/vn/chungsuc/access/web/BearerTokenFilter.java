package vn.chungsuc.access.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.chungsuc.access.domain.ApiTokens;

/**
 * Authenticates an API call carrying {@code Authorization: Bearer csk_…} as the token's account, for this request
 * only (no session). An unknown, expired or revoked token, or a disabled or locked account, answers 401 with a JSON
 * problem in the request's language. Not a bean: the token chain of {@link SecurityConfig} alone runs it.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private final ApiTokens tokens;
    private final MessageSource messages;
    private final org.springframework.web.servlet.LocaleResolver locales;

    BearerTokenFilter(ApiTokens tokens, MessageSource messages, org.springframework.web.servlet.LocaleResolver locales) {
        this.tokens = tokens;
        this.messages = messages;
        this.locales = locales;
    }

    /** An API call carrying one of our bearer tokens (any other Authorization header is no credential here). */
    static boolean tokenApiCall(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/") && header != null
                && header.regionMatches(true, 0, "Bearer " + ApiTokens.PREFIX, 0, 7 + ApiTokens.PREFIX.length());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        Optional<UserDetails> user = tokens.authenticate(header == null ? null : header.substring(7).strip());
        if (user.isEmpty()) {
            SecurityContextHolder.clearContext();
            unauthorized(request, response, messages, locales);
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.get(), null,
                user.get().getAuthorities()));
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }

    /** The 401 problem, in the language the pages would use (Vietnamese unless the user chose English). */
    static void unauthorized(HttpServletRequest request, HttpServletResponse response, MessageSource messages,
            org.springframework.web.servlet.LocaleResolver locales) throws IOException {
        var locale = locales.resolveLocale(request);
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Bearer");
        response.setContentType("application/problem+json;charset=UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"status\":401,\"title\":" + json(messages.getMessage(
                "access.token.unauthorized.title", null, locale)) + ",\"detail\":" + json(messages.getMessage(
                "access.token.unauthorized.detail", null, locale)) + "}");
    }

    private static String json(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
