package com.cxops.portal.security;

import com.vaadin.flow.component.Component;
import org.aopalliance.aop.Advice;
import org.aopalliance.intercept.MethodInvocation;
import org.jspecify.annotations.Nullable;
import org.springframework.aop.ClassFilter;
import org.springframework.aop.Pointcut;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.method.AuthorizationAdvisor;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.springframework.security.authorization.method.Jsr250AuthorizationManager;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.util.function.SingletonSupplier;

/**
 * JSR-250 method security ({@code @RolesAllowed}, {@code @PermitAll}, {@code @DenyAll} and the {@code base.access}
 * meta-annotations) for every bean except Vaadin components. Spring Security's own advisor
 * ({@code @EnableMethodSecurity(jsr250Enabled = true)}) matches every class carrying these annotations, and the views
 * carry them for Vaadin's navigation access control: each view was then created as a CGLIB proxy (the advisors
 * matched against all its methods on every navigation, about two thirds of opening a list screen), every call on it
 * was checked again, and the shell ({@code @PermitAll}) was rebuilt on every navigation because its proxy class is not
 * the layout class Vaadin compares. Views stay checked where it matters, by Vaadin before navigation; the services
 * keep the same checks as before: the same pointcut (minus components), the same {@link Jsr250AuthorizationManager}
 * with Spring's post-processing (observation), order, security-context strategy and event publisher, built on
 * first use as Spring Security's configuration does.
 */
@Configuration(proxyBeanMethods = false)
class ServiceMethodSecurity {

    /** Vaadin components are not advised: their access is Vaadin's navigation access control. */
    static final ClassFilter NOT_COMPONENTS = type -> !Component.class.isAssignableFrom(type);

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static AuthorizationAdvisor serviceJsr250AuthorizationAdvisor(
            ObjectProvider<ObjectPostProcessor<AuthorizationManager<MethodInvocation>>> postProcessors,
            ObjectProvider<SecurityContextHolderStrategy> strategies, ObjectProvider<AuthorizationEventPublisher> publishers) {
        AuthorizationManagerBeforeMethodInterceptor standard = AuthorizationManagerBeforeMethodInterceptor.jsr250();
        Pointcut pointcut = new ComposablePointcut(standard.getPointcut()).intersection(NOT_COMPONENTS);
        return new Deferred(pointcut, standard.getOrder(), SingletonSupplier.of(() -> {
            AuthorizationManager<MethodInvocation> manager = postProcessors
                    .getIfUnique(ObjectPostProcessor::identity).postProcess(new Jsr250AuthorizationManager());
            AuthorizationManagerBeforeMethodInterceptor interceptor = new AuthorizationManagerBeforeMethodInterceptor(pointcut, manager);
            interceptor.setOrder(standard.getOrder());
            strategies.ifAvailable(interceptor::setSecurityContextHolderStrategy);
            publishers.ifAvailable(interceptor::setAuthorizationEventPublisher);
            return interceptor;
        }));
    }

    /** The advisor, whose interceptor (and the beans it needs) is made on the first secured call. */
    private record Deferred(Pointcut pointcut, int order, SingletonSupplier<AuthorizationManagerBeforeMethodInterceptor> delegate)
            implements AuthorizationAdvisor {

        @Override
        public @Nullable Object invoke(MethodInvocation invocation) throws Throwable {
            return delegate.obtain().invoke(invocation);
        }

        @Override
        public Pointcut getPointcut() {
            return pointcut;
        }

        @Override
        public Advice getAdvice() {
            return this;
        }

        @Override
        public int getOrder() {
            return order;
        }
    }
}
