package dev.parley.bench;

import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * One gateway connection of the generator. It sends its first frame ({@code authenticate} or
 * {@code resume}) as soon as the WebSocket is open, heartbeats every ~20 s (sooner if the server's
 * {@code hello} asks), remembers the last {@code seq} and the {@code sessionId}, counts
 * {@code error} events and unexpected closes on its {@link Gateway}, and hands every frame to its
 * listener, which ignores what it does not know.
 */
public final class Conn extends SimpleChannelInboundHandler<WebSocketFrame> {

    /** Receives every frame, on the connection's event loop thread. */
    public interface Listener {
        Listener IGNORE = (c, f, t) -> { };

        /** @param nanos {@link System#nanoTime()} when the frame was read */
        void onFrame(Conn conn, Json.Frame frame, long nanos);
    }

    private final Gateway gateway;
    private final Listener listener;
    /** Completes when the WebSocket handshake is done. */
    public final CompletableFuture<Void> open = new CompletableFuture<>();
    /** Completes on {@code authenticated}; fails on a refusal or a close before it. */
    public final CompletableFuture<Void> authenticated = new CompletableFuture<>();
    /** Completes with the close code (1006 when the connection dropped without one). */
    public final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private volatile Channel channel;
    private volatile String firstFrame;
    private volatile boolean closing;
    private volatile int closeCode = 1006;
    private io.netty.util.concurrent.ScheduledFuture<?> heartbeat;
    private long heartbeatMs = Gateway.HEARTBEAT_MS;
    /** When the connection was asked for (nanoTime), for connect-to-authenticated timings. */
    public final long startedNanos = System.nanoTime();
    public volatile long openNanos;
    public volatile long lastSeq = -1;
    public volatile String sessionId;
    /** The first event the server sent, e.g. {@code hello}; null until one arrived. */
    public volatile String firstEvent;
    /** Free for the scenario: e.g. which member this is. */
    public volatile Object tag;

    Conn(Gateway gateway, Listener listener) {
        this.gateway = gateway;
        this.listener = listener;
    }

    void attach(ChannelFuture f) {
        channel = f.channel();
        f.addListener((ChannelFutureListener) cf -> {
            if (!cf.isSuccess()) {
                fail(cf.cause());
            }
        });
    }

    /** Sends {@code authenticate} with this token once open. */
    public Conn authenticate(String token) {
        return start("{\"event\":\"authenticate\",\"data\":{\"token\":" + Json.quote(token) + "}}");
    }

    /** Sends this frame as the first one once open (or at once if already open). */
    public Conn start(String frame) {
        firstFrame = frame;
        if (open.isDone() && !open.isCompletedExceptionally()) {
            send(frame);
        }
        return this;
    }

    public void send(String text) {
        Channel ch = channel;
        if (ch != null && ch.isActive()) {
            ch.writeAndFlush(new TextWebSocketFrame(text), ch.voidPromise());
        }
    }

    public boolean isOpen() {
        Channel ch = channel;
        return ch != null && ch.isActive() && !closed.isDone();
    }

    /** A clean close: close frame 1000, then the socket. */
    public void close() {
        closing = true;
        Channel ch = channel;
        if (ch != null && ch.isActive()) {
            ch.writeAndFlush(new CloseWebSocketFrame(1000, "bye"))
                    .addListener(f -> ch.eventLoop().schedule(() -> ch.close(), 1, TimeUnit.SECONDS));
        }
    }

    /** Drops the TCP connection without a close frame, as a lost network would. */
    public void abort() {
        closing = true;
        Channel ch = channel;
        if (ch != null) {
            ch.close();
        }
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
        if (evt == WebSocketClientProtocolHandler.ClientHandshakeStateEvent.HANDSHAKE_COMPLETE) {
            openNanos = System.nanoTime();
            open.complete(null);
            String first = firstFrame;
            if (first != null) {
                send(first);
            }
            scheduleHeartbeat(ctx, ThreadLocalRandom.current().nextLong(heartbeatMs / 2, heartbeatMs));
        } else if (evt == WebSocketClientProtocolHandler.ClientHandshakeStateEvent.HANDSHAKE_TIMEOUT) {
            fail(new java.util.concurrent.TimeoutException("WebSocket handshake timed out"));
            ctx.close();
        }
        super.userEventTriggered(ctx, evt);
    }

    private void scheduleHeartbeat(ChannelHandlerContext ctx, long firstDelayMs) {
        if (heartbeat != null) {
            heartbeat.cancel(false);
        }
        heartbeat = ctx.executor().scheduleAtFixedRate(() -> send("{\"event\":\"heartbeat\"}"),
                firstDelayMs, heartbeatMs, TimeUnit.MILLISECONDS);
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, WebSocketFrame msg) {
        long now = System.nanoTime();
        if (msg instanceof TextWebSocketFrame text) {
            Json.Frame f = Json.frame(text.text());
            if (f.seq() > lastSeq) {
                lastSeq = f.seq();
            }
            String event = f.event();
            if (firstEvent == null) {
                firstEvent = event == null ? "?" : event;
            }
            if (event != null) {
                switch (event) {
                    case "hello" -> {
                        long interval = (long) f.num("heartbeatInterval", 0);
                        if (interval > 0 && interval < heartbeatMs) {
                            heartbeatMs = Math.max(1000, interval * 3 / 4);
                            scheduleHeartbeat(ctx, heartbeatMs);
                        }
                    }
                    case "authenticated" -> {
                        String sid = f.str("sessionId");
                        if (sid != null) {
                            sessionId = sid;
                        }
                        authenticated.complete(null);
                    }
                    case "error" -> {
                        String code = f.str("code");
                        gateway.countError(code, f.num("retryAfter", 0));
                        if ("not-authenticated".equals(code)) {
                            authenticated.completeExceptionally(new IllegalStateException("not-authenticated: " + f.str("message")));
                        }
                    }
                    default -> {
                    }
                }
            }
            listener.onFrame(this, f, now);
        } else if (msg instanceof CloseWebSocketFrame close) {
            closeCode = close.statusCode();
            if (!closing) {
                closing = true;
                ctx.writeAndFlush(new CloseWebSocketFrame(close.statusCode(), "")).addListener(ChannelFutureListener.CLOSE);
                gateway.countClose(closeCode);
            } else {
                ctx.close();
            }
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        if (heartbeat != null) {
            heartbeat.cancel(false);
        }
        if (!closing) {
            gateway.countClose(1006);
        }
        fail(new IllegalStateException("connection closed (" + closeCode + ")"));
        closed.complete(closeCode);
        super.channelInactive(ctx);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        fail(cause);
        ctx.close();
    }

    private void fail(Throwable e) {
        open.completeExceptionally(e);
        authenticated.completeExceptionally(e);
        if (channel == null || !channel.isOpen()) {
            closed.complete(closeCode);
        }
    }
}
