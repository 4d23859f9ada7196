package org.wpsnetwork.portal.i18n;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The network's working languages: English, French and Spanish. The first the browser asks for is shown, English
 * when it asks for none of them; {@code ?lang=fr} switches and a cookie remembers the choice for a year.
 */
@Configuration(proxyBeanMethods = false)
public class Languages implements WebMvcConfigurer {

    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("es"));
    static final String PARAMETER = "lang";

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("wps-lang");
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setDefaultLocaleFunction(Languages::fromBrowser);
        return resolver;
    }

    static Locale fromBrowser(HttpServletRequest request) {
        for (Locale asked : Collections.list(request.getLocales())) {
            for (Locale supported : SUPPORTED) {
                if (supported.getLanguage().equals(asked.getLanguage())) {
                    return supported;
                }
            }
        }
        return Locale.ENGLISH;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request,
                                     HttpServletResponse response, Object handler) throws ServletException {
                String asked = request.getParameter(PARAMETER);
                // Only the three languages: anything else keeps the current one.
                if (asked != null && SUPPORTED.stream().noneMatch(l -> l.getLanguage().equals(asked))) {
                    return true;
                }
                return super.preHandle(request, response, handler);
            }
        };
        change.setParamName(PARAMETER);
        registry.addInterceptor(change);
    }
}
