package vn.chungsuc.access.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.chungsuc.shared.startup.StartupProgress;

/**
 * A sign-in sent before the application is ready (the demo or the start-up recounts still running) is not tried:
 * the login page says the data is still loading rather than "wrong password", and no failed attempt counts
 * towards a lock-out. Runs in front of Spring Security's filters.
 */
@Configuration(proxyBeanMethods = false)
class StartingUpLoginGate {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> startingUpLoginGateFilter(StartupProgress progress) {
        OncePerRequestFilter gate = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                    FilterChain chain) throws ServletException, IOException {
                String path = request.getRequestURI().substring(request.getContextPath().length());
                if ("POST".equals(request.getMethod()) && path.equals("/login") && !progress.ready()) {
                    response.sendRedirect(request.getContextPath() + "/login?error=starting");
                    return;
                }
                chain.doFilter(request, response);
            }
        };
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(gate);
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
        registration.addUrlPatterns("/login");
        return registration;
    }
}
