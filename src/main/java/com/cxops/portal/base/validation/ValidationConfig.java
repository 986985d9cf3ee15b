package com.cxops.portal.base.validation;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import org.aopalliance.aop.Advice;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.beanvalidation.MethodValidationPostProcessor;

import java.util.function.Supplier;

/**
 * Bean Validation the portal's way: Spring's validator speaks from the portal's bundles, and a {@code @Validated}
 * service refuses a {@code @Valid} parameter with the {@link com.cxops.portal.base.InvalidInputException} every caller
 * already handles (forms mark the fields, the API answers its problem+json) instead of a ConstraintViolationException.
 */
@Configuration(proxyBeanMethods = false)
public class ValidationConfig {

    @Bean
    ValidationConfigurationCustomizer portalMessages() {
        return configuration -> configuration.messageInterpolator(new PortalMessageInterpolator());
    }

    /** Replaces Spring Boot's own post-processor (same settings: class proxies, the context's validator). */
    @Bean
    static MethodValidationPostProcessor methodValidationPostProcessor(ObjectProvider<Validator> validator) {
        MethodValidationPostProcessor processor = new MethodValidationPostProcessor() {
            @Override
            protected Advice createMethodValidationAdvice(Supplier<Validator> validatorSupplier) {
                MethodInterceptor checks = (MethodInterceptor) super.createMethodValidationAdvice(validatorSupplier);
                return (MethodInterceptor) invocation -> {
                    try {
                        return checks.invoke(invocation);
                    } catch (ConstraintViolationException e) {
                        throw ConstraintMessages.refusal(e.getConstraintViolations());
                    }
                };
            }
        };
        processor.setProxyTargetClass(true);
        processor.setValidatorProvider(validator);
        return processor;
    }
}
