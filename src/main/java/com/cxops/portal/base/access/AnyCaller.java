package com.cxops.portal.base.access;

import com.cxops.portal.base.Role;
import jakarta.annotation.security.RolesAllowed;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Anyone signed in: every staff role, an API key and the scheduled jobs' system identity. A staff account always has a
 * role, so this is "authenticated" spelt with roles.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
@RolesAllowed({Role.Names.AGENT, Role.Names.VIP_MANAGER, Role.Names.MANAGER, Role.Names.EXECUTIVE, Role.Names.ADMIN,
        Role.Names.INTEGRATION, Role.Names.SYSTEM})
public @interface AnyCaller {
}
