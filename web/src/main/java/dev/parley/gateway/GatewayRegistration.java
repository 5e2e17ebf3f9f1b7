package dev.parley.gateway;

import dev.parley.platform.boundary.GrizzlyListeners;
import dev.parley.platform.boundary.ProblemTexts;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.websocket.DeploymentException;
import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerContainer;
import jakarta.websocket.server.ServerEndpointConfig;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Registers {@link GatewayEndpoint} at start-up. With Faces' own WebSocket endpoint enabled
 * ({@code jakarta.faces.ENABLE_WEBSOCKET_ENDPOINT}), an annotated endpoint of ours is not picked
 * up reliably on Payara, so the gateway is added to the container programmatically; the
 * configurator hands each connection the application's protocol and session registry, and notes the
 * language of its handshake ({@link #remember}). The
 * frame-size limit is enforced in front of the container, by {@link FrameLimitFilter}.
 */
@WebListener
public class GatewayRegistration implements ServletContextListener {

    @Inject
    GatewayProtocol protocol;

    @Inject
    GatewaySessions sessions;

    @Inject
    @ConfigProperty(name = "parley.gateway.max-frame-bytes")
    int maxFrameBytes;

    private FrameLimitFilter frameLimit;
    private GrizzlyListeners.Installed installed;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        ServerContainer container = (ServerContainer) event.getServletContext()
                .getAttribute(ServerContainer.class.getName());
        if (container == null) {
            throw new IllegalStateException("no WebSocket container: the gateway cannot start");
        }
        ServerEndpointConfig config = ServerEndpointConfig.Builder.create(GatewayEndpoint.class, GatewayEndpoint.PATH)
                .configurator(new ServerEndpointConfig.Configurator() {
                    @Override
                    public <T> T getEndpointInstance(Class<T> type) {
                        return type.cast(new GatewayEndpoint(protocol, sessions));
                    }

                    @Override
                    public void modifyHandshake(ServerEndpointConfig connection, HandshakeRequest request,
                            HandshakeResponse response) {
                        remember(connection.getUserProperties(), request.getHeaders());
                    }
                })
                .build();
        try {
            container.addEndpoint(config);
        } catch (DeploymentException e) {
            throw new IllegalStateException("cannot register the gateway at " + GatewayEndpoint.PATH, e);
        }
        frameLimit = new FrameLimitFilter(maxFrameBytes);
        installed = GrizzlyListeners.install(frameLimit, "gateway frame limit before the container reads a frame");
    }

    /**
     * Keeps the language the handshake's {@code Accept-Language} prefers among English and Russian in the
     * socket's user properties, for its error events. WebSocket 2.1 hands {@code modifyHandshake} a copy of
     * the properties per connection, which becomes the session's.
     */
    static void remember(Map<String, Object> connection, Map<String, List<String>> headers) {
        List<String> accept = null;
        for (Map.Entry<String, List<String>> h : headers.entrySet()) {
            if ("Accept-Language".equalsIgnoreCase(h.getKey())) {
                accept = h.getValue();
            }
        }
        connection.put(GatewayConnection.LANGUAGE,
                ProblemTexts.negotiate(accept == null || accept.isEmpty() ? null : String.join(",", accept)));
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        if (installed != null) {
            installed.remove();
            frameLimit.stop();
        }
    }
}
