package com.cxops.portal.base.logging;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.LocationAwareLogger;

import java.io.Serial;
import java.io.Serializable;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The commons-logging factory Spring uses, bridged to SLF4J like the built-in one, but checking the level before a
 * message is turned into text. Spring Framework 7 logs through Apache commons-logging, whose SLF4J bridge (1.3.x, 1.4.0)
 * calls {@code String.valueOf(message)} before SLF4J drops a disabled level; Spring's lazy {@code LogMessage}s were
 * therefore rendered on every call, e.g. Spring Security's "Authorizing method invocation …" for every secured service
 * call (about 5 % of a queue page's CPU; spring-framework#37266). Registered in
 * {@code META-INF/services/org.apache.commons.logging.LogFactory}, which commons-logging consults first.
 */
public final class LevelCheckingLogFactory extends LogFactory {

    private final Map<String, Log> logs = new ConcurrentHashMap<>();
    private final Map<String, Object> attributes = new ConcurrentHashMap<>();

    @Override
    public Object getAttribute(String name) {
        return attributes.get(name);
    }

    @Override
    public String[] getAttributeNames() {
        return attributes.keySet().toArray(String[]::new);
    }

    @Override
    public Log getInstance(Class<?> clazz) {
        return getInstance(clazz.getName());
    }

    @Override
    public Log getInstance(String name) {
        return logs.computeIfAbsent(name, n -> new Slf4jLog(LoggerFactory.getLogger(n)));
    }

    @Override
    public void release() {
        logs.clear();
    }

    @Override
    public void removeAttribute(String name) {
        attributes.remove(name);
    }

    @Override
    public void setAttribute(String name, Object value) {
        if (value == null) {
            attributes.remove(name);
        } else {
            attributes.put(name, value);
        }
    }

    /** A commons-logging Log over an SLF4J logger that renders a message only when its level is on. */
    static final class Slf4jLog implements Log, Serializable {

        @Serial
        private static final long serialVersionUID = 1L;
        private static final String FQCN = Slf4jLog.class.getName();

        private final transient org.slf4j.Logger logger;

        Slf4jLog(org.slf4j.Logger logger) {
            this.logger = logger;
        }

        @Override public boolean isTraceEnabled() { return logger.isTraceEnabled(); }
        @Override public boolean isDebugEnabled() { return logger.isDebugEnabled(); }
        @Override public boolean isInfoEnabled() { return logger.isInfoEnabled(); }
        @Override public boolean isWarnEnabled() { return logger.isWarnEnabled(); }
        @Override public boolean isErrorEnabled() { return logger.isErrorEnabled(); }
        @Override public boolean isFatalEnabled() { return logger.isErrorEnabled(); }

        @Override public void trace(Object message) { trace(message, null); }
        @Override public void debug(Object message) { debug(message, null); }
        @Override public void info(Object message) { info(message, null); }
        @Override public void warn(Object message) { warn(message, null); }
        @Override public void error(Object message) { error(message, null); }
        @Override public void fatal(Object message) { fatal(message, null); }

        @Override
        public void trace(Object message, Throwable t) {
            if (logger.isTraceEnabled()) {
                log(LocationAwareLogger.TRACE_INT, message, t);
            }
        }

        @Override
        public void debug(Object message, Throwable t) {
            if (logger.isDebugEnabled()) {
                log(LocationAwareLogger.DEBUG_INT, message, t);
            }
        }

        @Override
        public void info(Object message, Throwable t) {
            if (logger.isInfoEnabled()) {
                log(LocationAwareLogger.INFO_INT, message, t);
            }
        }

        @Override
        public void warn(Object message, Throwable t) {
            if (logger.isWarnEnabled()) {
                log(LocationAwareLogger.WARN_INT, message, t);
            }
        }

        @Override
        public void error(Object message, Throwable t) {
            if (logger.isErrorEnabled()) {
                log(LocationAwareLogger.ERROR_INT, message, t);
            }
        }

        @Override
        public void fatal(Object message, Throwable t) {
            error(message, t);
        }

        private void log(int level, Object message, Throwable t) {
            String text = String.valueOf(message);
            if (logger instanceof LocationAwareLogger located) {
                // the caller's class and line stay right in the log pattern
                located.log(null, FQCN, level, text, null, t);
                return;
            }
            switch (level) {
                case LocationAwareLogger.TRACE_INT -> logger.trace(text, t);
                case LocationAwareLogger.DEBUG_INT -> logger.debug(text, t);
                case LocationAwareLogger.INFO_INT -> logger.info(text, t);
                case LocationAwareLogger.WARN_INT -> logger.warn(text, t);
                default -> logger.error(text, t);
            }
        }
    }
}
