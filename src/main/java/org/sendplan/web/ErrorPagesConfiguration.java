package org.sendplan.web;

import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.DefaultErrorViewResolver;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps Boot's convention of one error page per status ({@code templates/error/404.html} and so
 * on). Boot only registers that resolver when the application has none of its own, and the
 * attachment upload pages add one, so without this every error fell back to the generic page.
 */
@Configuration(proxyBeanMethods = false)
class ErrorPagesConfiguration {

    @Bean
    DefaultErrorViewResolver statusErrorViewResolver(ApplicationContext context, WebProperties webProperties) {
        return new DefaultErrorViewResolver(context, webProperties.getResources());
    }
}
