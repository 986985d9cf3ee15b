package com.cxops.portal.operations;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationPredicate;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.security.authorization.AuthorizationObservationContext;
import org.springframework.security.authorization.method.MethodInvocationResult;
import org.springframework.stereotype.Component;

/**
 * Records no observation (and so no {@code spring.security.authorizations} timer) for method-security decisions:
 * every secured service call ({@code @RolesAllowed}, {@code @PreAuthorize}, {@code @PostAuthorize}) would otherwise
 * start an observation and a timer sample, about a fifth of the Java time of a millisecond list (My tasks, the
 * pools). The HTTP requests' authorization decisions ({@code spring.security.object="request"}) and every other
 * observation are kept. Spring Boot registers each {@link ObservationPredicate} bean on the observation registry.
 */
@Component
class MethodAuthorizationObservations implements ObservationPredicate {

    static final String AUTHORIZATIONS = "spring.security.authorizations";

    @Override
    public boolean test(String name, Observation.Context context) {
        if (!AUTHORIZATIONS.equals(name) || !(context instanceof AuthorizationObservationContext<?> authorization)) {
            return true;
        }
        Object object = authorization.getObject();
        return !(object instanceof MethodInvocation || object instanceof MethodInvocationResult);
    }
}
