package vn.chungsuc.shared.web;

import java.time.Duration;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import vn.chungsuc.shared.time.Dates;

/**
 * Vietnamese by default; {@code ?lang=en} switches to English and a cookie remembers the choice. Static files are
 * served from their own folders only ({@code /css}, {@code /js}, {@code /img}, {@code /webjars}) rather than Spring
 * Boot's catch-all {@code /**}: with the catch-all, every link a page renders ({@code @{/registry/households}}) was
 * looked up as a possible static file in every jar of the classpath, which cost more than the page itself.
 */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("chungsuc-lang");
        resolver.setDefaultLocale(VIETNAMESE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    /** The public pages' micro-cache, in front of security and Spring MVC ({@link PublicPageCache}). */
    @Bean
    FilterRegistrationBean<PublicPageCache> publicPageCache(LocaleResolver locales,
            @Value("${chungsuc.public-pages.cache-ttl:1s}") Duration ttl) {
        FilterRegistrationBean<PublicPageCache> registration =
                new FilterRegistrationBean<>(new PublicPageCache(ttl, locales));
        registration.addUrlPatterns("/public", "/public/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** Every request's time limit ({@link RequestDeadline}): loops driven by input stop there. */
    @Bean
    FilterRegistrationBean<RequestDeadline> requestDeadline(
            @Value("${chungsuc.request.time-limit:30s}") Duration limit) {
        FilterRegistrationBean<RequestDeadline> registration = new FilterRegistrationBean<>(new RequestDeadline(limit));
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        return registration;
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        CacheControl week = CacheControl.maxAge(Duration.ofDays(7));
        for (String folder : new String[] {"css", "js", "img"}) {
            registry.addResourceHandler("/" + folder + "/**").addResourceLocations("classpath:/static/" + folder + "/")
                    .setCacheControl(week).resourceChain(true);
        }
        // Version-less WebJar URLs (/webjars/bootstrap/dist/...) through webjars-locator-lite.
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(week).resourceChain(true);
    }

    /**
     * A date parameter ({@code @RequestParam LocalDate asOf}) is read as {@link Dates} reads it, bounded to the years
     * 1900–2100: "+999999999-12-31" is a bad parameter (400), never a loop over a billion years. Written back
     * dd/mm/yyyy ({@code th:field}, {@code ${{date}}}), as the text date inputs show it; both forms are read.
     */
    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldType(java.time.LocalDate.class, new Formatter<java.time.LocalDate>() {
            @Override
            public java.time.LocalDate parse(String text, Locale locale) {
                return Dates.parse(text).orElseThrow(() -> new IllegalArgumentException("not a date: " + text));
            }

            @Override
            public String print(java.time.LocalDate date, Locale locale) {
                return Dates.show(date);
            }
        });
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
        registry.addInterceptor(new MultipartControlCharacters());
    }

    /**
     * The fields of a multipart form (an import with its note, a report with its photos) are read only once Spring
     * has parsed the parts, after {@link BadInputGuards}' filter: they are checked here, before the handler, alike.
     */
    static final class MultipartControlCharacters implements org.springframework.web.servlet.HandlerInterceptor {
        @Override
        public boolean preHandle(jakarta.servlet.http.HttpServletRequest request,
                jakarta.servlet.http.HttpServletResponse response, Object handler) {
            if (org.springframework.web.util.WebUtils.getNativeRequest(request,
                    org.springframework.web.multipart.MultipartRequest.class) == null) {
                return true;
            }
            for (java.util.Map.Entry<String, String[]> e : request.getParameterMap().entrySet()) {
                for (String v : e.getValue()) {
                    if (BadInputGuards.hasControl(e.getKey()) || (v != null && BadInputGuards.hasControl(v))) {
                        String field = BadInputGuards.hasControl(e.getKey()) ? "?" : e.getKey();
                        throw new vn.chungsuc.shared.problem.Refused(field, "problem.controlCharacter", field);
                    }
                }
            }
            return true;
        }
    }
}
