package vn.chungsuc.access.web;

import vn.chungsuc.shared.permission.Authority;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Form login at {@code /login}; HTTP Basic as well for API clients. Public pages are open to citizens; everything
 * else needs a signed-in user, and {@code /admin/**} an administrator. CSRF protects every form and every write of a
 * session; API calls with HTTP Basic credentials have a chain of their own, without session, hence without CSRF.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /**
     * No Micrometer observation around each security filter and authorization: they cost more per request than the
     * filters themselves, and nothing collects them (the actuator exposes health and info only).
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * Reading the public pages ({@code GET /public/**}) is open to anyone and neither reads nor creates a session,
     * nor goes through the login machinery, so that a page a whole town opens at once costs little. There is no form
     * to protect on a GET, hence no CSRF token; anything else sent to {@code /public/**} (a citizen's report, later)
     * goes through the main chain below, with its CSRF protection.
     */
    @Bean
    @Order(1)
    SecurityFilterChain publicPages(HttpSecurity http) throws Exception {
        String[] reads = {"GET", "HEAD"};
        http
                .securityMatcher(request -> {
                    String path = request.getRequestURI().substring(request.getContextPath().length());
                    return (path.equals("/public") || path.startsWith("/public/"))
                            && java.util.Arrays.asList(reads).contains(request.getMethod())
                            // Open311 GeoReport v2 (feedback.open311): public reads; its POST requests carries an
                            // api_key parameter the controller checks, never a cookie, so no session and no CSRF
                            || path.startsWith("/open311/v2/");
                })
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(
                        new RequestAttributeSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(ref -> ref.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /** An API call that carries HTTP Basic credentials (any other Authorization header is no credential here). */
    static boolean basicApiCall(jakarta.servlet.http.HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/") && header != null
                && header.regionMatches(true, 0, "Basic ", 0, 6);
    }

    /**
     * API calls with HTTP Basic credentials are stateless: each call authenticates on its own, no session is read or
     * created (300 calls used to leave 300 sessions for 30 minutes), and so no cookie can stand in for the
     * credentials: CSRF has nothing to protect. Wrong credentials answer 401, never the session's user.
     */
    @Bean
    @Order(2)
    SecurityFilterChain basicApiCalls(HttpSecurity http) throws Exception {
        http
                .securityMatcher(SecurityConfig::basicApiCall)
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(
                        new RequestAttributeSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(ex -> ex.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(ref -> ref.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    // ---- h-authz: API tokens for integrations (issue 18, hole 8) ----
    /**
     * API calls with one of our bearer tokens ({@code Authorization: Bearer csk_…}, issued at {@code /admin/tokens})
     * are stateless like Basic calls: the token authenticates each call as its account, no session is read or
     * created, and CSRF is skipped because the request really authenticated (hole 12's rule). An unknown, expired or
     * revoked token answers 401 with a JSON problem, never the session's user. Any other bearer value ("Bearer x")
     * is no credential: such a request goes to the main chain, where a cookie's write still needs its CSRF token.
     */
    @Bean
    @Order(2)
    SecurityFilterChain tokenApiCalls(HttpSecurity http, vn.chungsuc.access.domain.ApiTokens tokens,
            org.springframework.context.MessageSource messages,
            org.springframework.web.servlet.LocaleResolver locales) throws Exception {
        http
                .securityMatcher(BearerTokenFilter::tokenApiCall)
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .addFilterBefore(new BearerTokenFilter(tokens, messages, locales),
                        org.springframework.security.web.authentication.AnonymousAuthenticationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(
                        new RequestAttributeSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(ex -> ex.authenticationEntryPoint((request, response, e) ->
                        BearerTokenFilter.unauthorized(request, response, messages, locales)))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(ref -> ref.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }
    // ---- end h-authz

    /**
     * Everything else: pages and API calls of a signed-in browser, with its session and CSRF protection on every
     * write, whatever other header the request carries (an {@code Authorization: Bearer x} beside the session cookie
     * is no reason to skip it).
     */
    @Bean
    @Order(3)
    SecurityFilterChain securityFilterChain(HttpSecurity http, SessionRegistry sessionRegistry,
            @org.springframework.beans.factory.annotation.Value("${chungsuc.metrics.allowed-addresses:127.0.0.1/32,"
                    + "::1/128}") java.util.List<String> metricsAllowed) throws Exception {
        RequestMatcher api = request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        // ---- h-scale19: Prometheus scrapes /actuator/prometheus from the operator's network only, without sign-in
        // (chungsuc.metrics.allowed-addresses); any other address gets 403.
        RequestMatcher prometheus = request -> request.getRequestURI().equals(request.getContextPath()
                + "/actuator/prometheus");
        java.util.List<org.springframework.security.web.util.matcher.IpAddressMatcher> operators = metricsAllowed
                .stream().map(String::strip).filter(a -> !a.isEmpty())
                .map(org.springframework.security.web.util.matcher.IpAddressMatcher::new).toList();
        // ---- end h-scale19
        http
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(prometheus).access((authentication, context) ->
                                new org.springframework.security.authorization.AuthorizationDecision(operators
                                        .stream().anyMatch(m -> m.matches(context.getRequest()))))
                        .requestMatchers("/", "/login", "/error", "/public/**", "/webjars/**", "/css/**", "/js/**",
                                "/img/**", "/favicon.ico", "/actuator/health", "/actuator/health/readiness",
                                "/actuator/health/liveness", "/login/progress", "/v3/api-docs/**",
                                "/swagger-ui.html", "/swagger-ui/**").permitAll()
                        .requestMatchers("/admin/**").hasAuthority(Authority.ADMINISTER)
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").failureHandler(new LoginFailureHandler()).permitAll())
                .httpBasic(basic -> { })
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                .sessionManagement(session -> session
                        .maximumSessions(-1)
                        .sessionRegistry(sessionRegistry)
                        .expiredUrl("/login?expired"))
                // a citizen's post to the portal (a report, a reply by tracking code) acts for nobody signed in
                // and reads no session, so a forged one gains nothing; the public form cannot carry a session's token.
                // Every other write of a session needs its token, whatever Authorization header comes along (API
                // calls that really authenticate with Basic have a stateless chain of their own).
                .csrf(csrf -> csrf.ignoringRequestMatchers(request -> request.getRequestURI()
                        .startsWith(request.getContextPath() + "/public/reports/")))
                .exceptionHandling(ex -> ex
                        .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.FORBIDDEN), prometheus)
                        .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), api)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                                AnyRequestMatcher.INSTANCE))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(ref -> ref.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /**
     * A URL the firewall refuses (an encoded "%" or "/" in a path) answers 400 with a problem body in Vietnamese
     * rather than the container's error page.
     */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return (request, response, exception) -> {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            response.setContentType("application/problem+json;charset=UTF-8");
            response.getWriter().write("{\"status\":400,\"title\":\"Yêu cầu không hợp lệ\","
                    + "\"detail\":\"Địa chỉ yêu cầu chứa ký tự không được phép.\"}");
        };
    }

    /** Knows every open session, so that a user's sessions end when an administrator changes his rights. */
    @Bean
    SessionRegistry sessionRegistry(org.springframework.beans.factory.ObjectProvider<
            org.springframework.session.FindByIndexNameSessionRepository<? extends org.springframework.session.Session>>
                    sessions, org.springframework.jdbc.core.JdbcTemplate jdbc) {
        // ---- h-cluster: sessions live in PostgreSQL (Spring Session JDBC, shared/platform/SessionStoreConfig), so
        // the registry reads them there: ending a user's sessions ends them on every instance behind the balancer.
        // Without Spring Session (the MockMvc tests), the container's sessions and this JVM's registry.
        var store = sessions.getIfAvailable();
        return store == null ? new org.springframework.security.core.session.SessionRegistryImpl()
                : new vn.chungsuc.shared.platform.SessionDirectory<>(store, jdbc);
        // ---- end h-cluster
    }

    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /** BCrypt by default, with the {id} prefix so the algorithm can change later without a reset. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
