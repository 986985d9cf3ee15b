package com.cxops.portal.bench;

import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * What the benchmark reads from and asks of a running portal server through JMX (in the same JVM: the platform MBean
 * server; in a forked JVM: its local management agent): the used heap after a full GC, live instances of classes
 * (the class histogram of live objects), and the servlet container's sessions (Tomcat's session manager).
 */
final class PortalJmx {

    private static final String HISTOGRAM = "com.sun.management:type=DiagnosticCommand";

    private final MBeanServerConnection jmx;
    /** The server's session manager when it runs in this JVM (null: Tomcat's MBean over JMX). */
    private final org.apache.catalina.Manager local;

    PortalJmx(MBeanServerConnection jmx) {
        this(jmx, null);
    }

    /**
     * A server in this JVM: heap and histogram through the platform MBean server, sessions through its Tomcat's
     * manager directly (Spring Boot switches Tomcat's MBean registry off for the whole JVM when a server without it
     * started first, as other tests' servers do).
     */
    PortalJmx(MBeanServerConnection jmx, org.apache.catalina.Manager local) {
        this.jmx = jmx;
        this.local = local;
    }

    /** Used heap in bytes after full collections (repeated, so that what finalisation and reference queues free goes too). */
    long usedHeapAfterGc() throws Exception {
        ObjectName memory = new ObjectName("java.lang:type=Memory");
        for (int i = 0; i < 4; i++) {
            jmx.invoke(memory, "gc", null, null);
            Thread.sleep(150);
        }
        return (Long) ((CompositeData) jmx.getAttribute(memory, "HeapMemoryUsage")).get("used");
    }

    /**
     * Live instances of these classes (by name): the JVM's class histogram of live objects (a full GC first). A class
     * that is not loaded, or has no live instance, counts 0.
     */
    Map<String, Long> liveInstances(Collection<String> classNames) throws Exception {
        Map<String, long[]> histogram = histogram();
        Map<String, Long> counts = new HashMap<>();
        classNames.forEach(c -> counts.put(c, histogram.getOrDefault(c, new long[1])[0]));
        return counts;
    }

    /**
     * The class histogram of live objects (a full GC first): class name → {instances, bytes}. Lines look like
     * "  12:   3456   78901  com.vaadin.flow.component.UI (com.vaadin@25)".
     */
    Map<String, long[]> histogram() throws Exception {
        String histogram = (String) jmx.invoke(new ObjectName(HISTOGRAM), "gcClassHistogram",
                new Object[]{new String[0]}, new String[]{String[].class.getName()});
        Map<String, long[]> classes = new HashMap<>();
        for (String line : histogram.split("\n")) {
            String[] parts = line.strip().split("\\s+");
            if (parts.length >= 4 && parts[0].endsWith(":")) {
                classes.merge(parts[3], new long[]{Long.parseLong(parts[1]), Long.parseLong(parts[2])},
                        (a, b) -> new long[]{a[0] + b[0], a[1] + b[1]});
            }
        }
        return classes;
    }

    /** The web application's session manager of the embedded Tomcat (needs server.tomcat.mbeanregistry.enabled=true). */
    private ObjectName sessionManager() throws Exception {
        Set<ObjectName> managers = jmx.queryNames(new ObjectName("*:type=Manager,*"), null);
        if (managers.size() != 1) {
            throw new IllegalStateException("expected one Tomcat session manager over JMX, found " + managers
                    + " (is server.tomcat.mbeanregistry.enabled=true?)");
        }
        return managers.iterator().next();
    }

    /**
     * Expires the HTTP session with this id as the container does when its idle time has passed ({@code
     * StandardSession.expire}: the session listeners run, so Vaadin's session destroy closes its UIs). False when
     * the container has no such session.
     */
    /** The ids of the HTTP sessions the container holds now. */
    Set<String> sessionIds() throws Exception {
        if (local != null) {
            Set<String> ids = new java.util.HashSet<>();
            for (org.apache.catalina.Session session : local.findSessions()) {
                ids.add(session.getIdInternal());
            }
            return ids;
        }
        String ids = (String) jmx.invoke(sessionManager(), "listSessionIds", null, null);
        return ids == null || ids.isBlank() ? Set.of() : Set.of(ids.trim().split(" "));
    }

    boolean expireSession(String id) throws Exception {
        if (local != null) {
            org.apache.catalina.Session session = local.findSession(id);
            if (session == null) {
                return false;
            }
            session.expire();
            return true;
        }
        String ids = (String) jmx.invoke(sessionManager(), "listSessionIds", null, null);
        if (!Set.of(ids.split(" ")).contains(id)) {
            return false;
        }
        jmx.invoke(sessionManager(), "expireSession", new Object[]{id}, new String[]{String.class.getName()});
        return true;
    }
}
