package com.cxops.portal.base.access;

import com.cxops.portal.base.Role;
import jakarta.annotation.security.RolesAllowed;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Who may read complaints (DOMAIN.md): agents, managers, executives, VIP managers. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
@RolesAllowed({Role.Names.AGENT, Role.Names.MANAGER, Role.Names.EXECUTIVE, Role.Names.VIP_MANAGER})
public @interface ComplaintReaders {
}
