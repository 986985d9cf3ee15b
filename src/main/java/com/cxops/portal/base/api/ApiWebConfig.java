package com.cxops.portal.base.api;

import com.cxops.portal.base.settings.SettingsService;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.servlet.handler.AbstractHandlerMapping;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;

/** The API's request guard, exact JSON numbers and the answer for API paths that do not exist. */
@Configuration
class ApiWebConfig {

    /** Before Spring Security (order -100), so that even the security chain's failures become problems. */
    @Bean
    FilterRegistrationBean<ApiRequestGuard> apiRequestGuard(SettingsService settings, ApiProblems problems) {
        FilterRegistrationBean<ApiRequestGuard> bean = new FilterRegistrationBean<>(new ApiRequestGuard(settings, problems));
        bean.addUrlPatterns("/api/*");
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return bean;
    }

    /**
     * Money is exact: JSON numbers with a fraction are read as BigDecimal, also into a JsonNode, never through a double;
     * trailing zeros are kept so that "12.50" stays 12.50.
     */
    @Bean
    JsonMapperBuilderCustomizer exactJsonNumbers() {
        return builder -> builder.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES);
    }

    /**
     * Any /api path no controller serves is a 404 problem, also for a caller with a valid key (otherwise the request
     * would fall through to the staff UI, which answers every path with its page). Ordered after the controllers and
     * before the UI's catch-all; the OpenAPI description and its UI under /api/docs are left to their own handlers.
     */
    @Bean
    AbstractHandlerMapping unknownApiPaths(ApiProblems problems) {
        HttpRequestHandler notFound = (request, response) ->
                problems.write(response, problems.of(HttpStatus.NOT_FOUND, "api.error.no-such-path"));
        AbstractHandlerMapping mapping = new AbstractHandlerMapping() {
            @Override
            protected Object getHandlerInternal(HttpServletRequest request) {
                String path = request.getRequestURI().substring(request.getContextPath().length());
                boolean api = path.equals("/api") || path.startsWith("/api/");
                boolean docs = path.equals("/api/docs") || path.startsWith("/api/docs/") || path.startsWith("/api/docs.");
                return api && !docs ? notFound : null;
            }
        };
        mapping.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        return mapping;
    }
}
