package com.cxops.portal.base.ui;

import com.vaadin.flow.spring.SpringServlet;
import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import java.io.IOException;

/**
 * What each open push connection (the websocket of every browser tab with the portal open) and each TCP connection
 * keep on the server's heap. The defaults of Vaadin, Atmosphere and Tomcat give every push websocket about 150 KB of
 * fixed buffers, most of them never filled (docs/performance.md, "Push-connected browser sessions"); these settings
 * size them for what the portal sends and receives. Every size is a property (README, "Configuration").
 *
 * <p>Vaadin's client sends its messages to the server over XHR (push transport {@code WEBSOCKET_XHR}, Vaadin's
 * default); the push websocket carries the server's updates to the browser and, towards the server, only
 * Atmosphere's small protocol messages. Updates to the browser of any size are written through Tomcat's frame
 * buffers in pieces; only messages <em>from</em> the browser are limited by the message buffer.
 */
@Configuration(proxyBeanMethods = false)
class PushConnections {

    static final String MESSAGE_BUFFER = "portal.push.message-buffer";
    static final String FRAME_BUFFER = "portal.push.frame-buffer";
    static final String CONNECTION_CACHE = "portal.server.connection-cache";
    static final String SOCKET_BUFFER = "portal.server.socket-buffer";
    static final String COMPRESSION = "portal.push.compression";

    /** Tomcat's default size of a websocket's text and binary message buffers (context parameters read by its container). */
    static final String TOMCAT_TEXT_BUFFER = "org.apache.tomcat.websocket.textBufferSize";
    static final String TOMCAT_BINARY_BUFFER = "org.apache.tomcat.websocket.binaryBufferSize";
    /** Tomcat's websocket read, write and compression buffers: a JVM-wide system property, read once. */
    static final String TOMCAT_FRAME_BUFFER = "org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE";
    /** Atmosphere's settings, which Vaadin sets to 16 KB unless the servlet has them as init parameters. */
    static final String ATMOSPHERE_MAX_TEXT = "org.atmosphere.websocket.maxTextMessageSize";
    static final String ATMOSPHERE_MAX_BINARY = "org.atmosphere.websocket.maxBinaryMessageSize";
    static final String ATMOSPHERE_BUFFER = "org.atmosphere.websocket.bufferSize";

    static int messageBuffer(Environment env) {
        return env.getProperty(MESSAGE_BUFFER, Integer.class, 1024);
    }

    /**
     * The message buffers of Vaadin's push websocket. Atmosphere sets each session's text and binary message buffer
     * to its maxTextMessageSize / maxBinaryMessageSize (Vaadin: 16 KB, so 32 KB of chars once a message arrives) and
     * allocates a byte and a char buffer of bufferSize per connection (Vaadin: 16 KB, 48 KB together) that its JSR 356
     * websocket never reads or writes: all three get the portal's message buffer size.
     */
    @Bean
    static BeanPostProcessor pushServletParameters(Environment env) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof ServletRegistrationBean<?> registration && registration.getServlet() instanceof SpringServlet) {
                    String size = Integer.toString(messageBuffer(env));
                    // the browser sends over XHR: the websocket only brings Atmosphere's small messages to the server
                    setIfAbsent(registration, ATMOSPHERE_MAX_TEXT, size);
                    setIfAbsent(registration, ATMOSPHERE_MAX_BINARY, size);
                    // allocated per connection by Atmosphere, unused by its JSR 356 (Tomcat) websocket
                    setIfAbsent(registration, ATMOSPHERE_BUFFER, size);
                }
                return bean;
            }
        };
    }

    private static void setIfAbsent(ServletRegistrationBean<?> registration, String name, String value) {
        if (!registration.getInitParameters().containsKey(name)) {
            registration.addInitParameter(name, value);
        }
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> pushConnectionBuffers(Environment env) {
        int messageBuffer = messageBuffer(env);
        int frameBuffer = env.getProperty(FRAME_BUFFER, Integer.class, 4096);
        int connectionCache = env.getProperty(CONNECTION_CACHE, Integer.class, 16);
        int socketBuffer = env.getProperty(SOCKET_BUFFER, Integer.class, 4096);
        boolean compression = env.getProperty(COMPRESSION, Boolean.class, false);
        // a system property Tomcat reads once per JVM, when its websocket classes load at the server's start; one
        // given on the command line wins
        if (System.getProperty(TOMCAT_FRAME_BUFFER) == null) {
            System.setProperty(TOMCAT_FRAME_BUFFER, Integer.toString(frameBuffer));
        }
        return factory -> {
            // a new websocket's message buffers before Atmosphere sets them (the same size, so none is allocated twice)
            factory.addContextCustomizers(context -> {
                context.addParameter(TOMCAT_TEXT_BUFFER, Integer.toString(messageBuffer));
                context.addParameter(TOMCAT_BINARY_BUFFER, Integer.toString(messageBuffer));
            });
            // closed connections' channels (8 KB read + 8 KB write buffer each) kept for reuse: at most this many,
            // instead of Tomcat's default of as many as 1/32 of the heap holds
            factory.addConnectorCustomizers(connector -> connector.setProperty("socket.bufferPool", Integer.toString(connectionCache)));
            // every open connection's read and write buffers (Tomcat: 8 KB each), held for as long as a push websocket
            // is open; a larger request or response goes through them in more pieces
            factory.addConnectorCustomizers(connector -> {
                connector.setProperty("socket.appReadBufSize", Integer.toString(socketBuffer));
                connector.setProperty("socket.appWriteBufSize", Integer.toString(socketBuffer));
            });
            if (!compression) {
                // permessage-deflate costs each websocket two heap buffers and about 300 KB of native zlib state
                factory.addContextValves(new NoWebsocketCompression());
            }
        };
    }

    /**
     * Takes the browser's offer of permessage-deflate off a websocket handshake, so Tomcat does not negotiate it (the
     * portal's only websocket is push; its messages are Vaadin's changes to the page, mostly small).
     */
    static final class NoWebsocketCompression extends ValveBase {

        NoWebsocketCompression() {
            super(true);
        }

        @Override
        public void invoke(Request request, Response response) throws IOException, ServletException {
            if ("websocket".equalsIgnoreCase(request.getHeader("Upgrade"))) {
                request.getCoyoteRequest().getMimeHeaders().removeHeader("Sec-WebSocket-Extensions");
            }
            getNext().invoke(request, response);
        }
    }
}
