package dev.parley.gateway;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.glassfish.grizzly.Buffer;
import org.glassfish.grizzly.Connection;
import org.glassfish.grizzly.Grizzly;
import org.glassfish.grizzly.attributes.Attribute;
import org.glassfish.grizzly.filterchain.BaseFilter;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.filterchain.NextAction;
import org.glassfish.grizzly.http.HttpContent;
import org.glassfish.grizzly.http.HttpRequestPacket;
import org.glassfish.grizzly.http.HttpResponsePacket;
import org.glassfish.grizzly.memory.Buffers;

/**
 * Enforces the gateway's frame-size limit where the bytes arrive, before the WebSocket container
 * buffers them: a Grizzly filter (put in place by {@link GatewayRegistration}, see
 * {@code GrizzlyListeners}) that follows each gateway connection's frames by their headers
 * ({@link FrameScan}). When a header declares a payload over the limit, the frame is not passed on
 * (the container never sees it, so nothing of it is buffered): the client gets a close frame
 * {@code 1009 frame too large} at once, and what it still sends is read and dropped until its own
 * close frame arrives, then the connection is closed — or after {@link #LINGER_SECONDS} at the
 * latest. Closing at once instead would make the TCP stack answer the unread bytes with a reset,
 * which loses the close frame on the client's side (a lingering close, as HTTP servers do).
 */
final class FrameLimitFilter extends BaseFilter {

    static final int LINGER_SECONDS = 5;
    static final String REASON = "frame too large";

    private final long maxFrameBytes;
    private final Attribute<Watch> watches = Grizzly.DEFAULT_ATTRIBUTE_BUILDER
            .createAttribute(FrameLimitFilter.class.getName() + ".watch");
    private final ScheduledExecutorService closer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "parley-frame-limit");
        thread.setDaemon(true);
        return thread;
    });

    /** One connection's frames and whether it is being refused. */
    private static final class Watch {
        final FrameScan scan;
        boolean refused;

        Watch(long maxFrameBytes) {
            this.scan = new FrameScan(maxFrameBytes);
        }
    }

    FrameLimitFilter(long maxFrameBytes) {
        this.maxFrameBytes = maxFrameBytes;
    }

    @Override
    public NextAction handleRead(FilterChainContext ctx) throws IOException {
        if (!(ctx.getMessage() instanceof HttpContent content)
                || !(content.getHttpHeader() instanceof HttpRequestPacket request)
                || !isGatewaySocket(request)) {
            return ctx.getInvokeAction();
        }
        Connection<?> connection = ctx.getConnection();
        Watch watch = watches.get(connection);
        if (watch == null) {
            watch = new Watch(maxFrameBytes);
            watches.set(connection, watch);
        }
        Buffer bytes = content.getContent();
        int seen = watch.scan.scan(bytes::get, bytes.position(), bytes.limit());
        if (!watch.refused) {
            if ((seen & FrameScan.TOO_BIG) == 0) {
                return ctx.getInvokeAction();
            }
            watch.refused = true;
            ctx.write(Buffers.wrap(ctx.getMemoryManager(), closeFrame(1009, REASON)));
            closer.schedule(connection::closeSilently, LINGER_SECONDS, TimeUnit.SECONDS);
        }
        if ((seen & FrameScan.CLOSE) != 0) {
            connection.closeSilently(); // the client answered our close: the handshake is over
        }
        return ctx.getStopAction(); // read and dropped
    }

    /** An upgraded connection to the gateway, after the handshake (the container answered 101). */
    private static boolean isGatewaySocket(HttpRequestPacket request) {
        if (!request.isUpgrade()) {
            return false;
        }
        HttpResponsePacket response = request.getResponse();
        return response != null && response.getStatus() == 101 && "websocket".equalsIgnoreCase(request.getUpgrade())
                && request.getRequestURI().endsWith(GatewayEndpoint.PATH);
    }

    /** A server's close frame (unmasked): the code and a short reason. */
    static byte[] closeFrame(int code, String reason) {
        byte[] text = reason.getBytes(StandardCharsets.UTF_8);
        byte[] frame = new byte[4 + text.length];
        frame[0] = (byte) 0x88; // FIN, close
        frame[1] = (byte) (2 + text.length);
        frame[2] = (byte) (code >> 8);
        frame[3] = (byte) code;
        System.arraycopy(text, 0, frame, 4, text.length);
        return frame;
    }

    /** Once the filter is out of every chain. */
    void stop() {
        closer.shutdownNow();
    }
}
