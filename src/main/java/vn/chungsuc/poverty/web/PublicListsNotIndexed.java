package vn.chungsuc.poverty.web;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The lists under public posting name households for the days of the posting only (QĐ 24/2021/QĐ-TTg, Điều 4):
 * search engines must neither index nor keep them. Every answer under {@code /public/poverty} carries
 * {@code X-Robots-Tag: noindex, nofollow, noarchive}, set before the portal's micro-cache so that a kept page has it
 * too.
 */
@Configuration(proxyBeanMethods = false)
class PublicListsNotIndexed {

    @Bean
    FilterRegistrationBean<Filter> povertyPagesNotIndexed() {
        Filter filter = (request, response, chain) -> {
            ((HttpServletResponse) response).setHeader("X-Robots-Tag", "noindex, nofollow, noarchive");
            chain.doFilter(request, response);
        };
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns("/public/poverty", "/public/poverty/*");
        registration.setName("povertyPagesNotIndexed");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 6);
        return registration;
    }
}
