/**
 * Who may call a service method, written one way: {@code @RolesAllowed} with {@link com.cxops.portal.base.Role.Names}
 * constants, or one of these meta-annotations for a group used in many places. Spring Security finds
 * {@code @RolesAllowed} on a meta-annotation (jsr250 method security for the services, `security/ServiceMethodSecurity`). No SpEL role
 * strings: ArchitectureTest fails on {@code @PreAuthorize} in a converted package.
 */
@NullMarked
package com.cxops.portal.base.access;

import org.jspecify.annotations.NullMarked;
