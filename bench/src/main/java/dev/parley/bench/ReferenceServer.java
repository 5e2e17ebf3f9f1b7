package dev.parley.bench;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import io.netty.util.AttributeKey;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The raw Netty broadcast server the benchmarks compare Parley with: Parley's minimal gateway
 * protocol and nothing else. {@code authenticate} with any token is {@code authenticated}; a
 * token {@code channel:<id>} also makes the connection a member of that channel (there are no
 * accounts and no REST: the generator's reference mode makes such tokens). {@code message:send}
 * answers {@code message:ack} to the sender, and frames the {@code message:new} text ONCE and
 * writes those same bytes to every connection of the channel. {@code heartbeat} gets
 * {@code heartbeat:ack}. No seq, no hello, no persistence, no permissions.
 */
public final class ReferenceServer implements AutoCloseable {

    private static final AttributeKey<String> USER = AttributeKey.valueOf("user");
    private final Map<String, ChannelGroup> channels = new ConcurrentHashMap<>();
    private final EventLoopGroup boss = new NioEventLoopGroup(1);
    private final EventLoopGroup workers;
    private final Channel server;

    public ReferenceServer(String host, int port, int threads) throws InterruptedException {
        workers = new NioEventLoopGroup(threads);
        server = new ServerBootstrap().group(boss, workers).channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_BACKLOG, 4096)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast(new HttpServerCodec(), new HttpObjectAggregator(1 << 16),
                                new WebSocketServerProtocolHandler("/gateway", null, false, 1 << 16),
                                new Handler());
                    }
                }).bind(host, port).sync().channel();
    }

    public int port() {
        return ((InetSocketAddress) server.localAddress()).getPort();
    }

    @Override
    public void close() {
        server.close().syncUninterruptibly();
        boss.shutdownGracefully(0, 1, java.util.concurrent.TimeUnit.SECONDS);
        workers.shutdownGracefully(0, 1, java.util.concurrent.TimeUnit.SECONDS).syncUninterruptibly();
    }

    private final class Handler extends SimpleChannelInboundHandler<Object> {
        @Override
        protected void channelRead0(ChannelHandlerContext ctx, Object msg) {
            if (msg instanceof FullHttpRequest) { // anything but the WebSocket upgrade: 404
                ctx.writeAndFlush(new DefaultFullHttpResponse(((FullHttpRequest) msg).protocolVersion(),
                        HttpResponseStatus.NOT_FOUND)).addListener(ChannelFutureListener.CLOSE);
                return;
            }
            if (!(msg instanceof TextWebSocketFrame text)) {
                return;
            }
            Json.Frame f = Json.frame(text.text());
            String event = f.event() == null ? "" : f.event();
            Channel ch = ctx.channel();
            switch (event) {
                case "authenticate" -> {
                    String token = f.str("token");
                    String user = UUID.randomUUID().toString();
                    ch.attr(USER).set(user);
                    if (token != null && token.startsWith("channel:")) {
                        channels.computeIfAbsent(token.substring(8),
                                k -> new DefaultChannelGroup(GlobalEventExecutor.INSTANCE)).add(ch);
                    }
                    send(ch, "{\"event\":\"authenticated\",\"data\":{\"user\":{\"id\":\"" + user + "\"},\"servers\":[]}}");
                }
                case "heartbeat" -> send(ch, "{\"event\":\"heartbeat:ack\",\"data\":{}}");
                case "message:send" -> {
                    String user = ch.attr(USER).get();
                    if (user == null) {
                        error(ch, "not-authenticated", event);
                        return;
                    }
                    String channelId = f.str("channelId");
                    String content = f.str("content");
                    String nonce = f.str("nonce");
                    ChannelGroup group = channelId == null ? null : channels.get(channelId);
                    if (group == null || content == null) {
                        error(ch, group == null ? "not-found" : "invalid-input", event);
                        return;
                    }
                    String message = "{\"id\":\"" + UUID.randomUUID() + "\",\"channelId\":\"" + channelId
                            + "\",\"author\":{\"id\":\"" + user + "\"},\"content\":" + Json.quote(content)
                            + ",\"type\":\"text\",\"nonce\":" + (nonce == null ? "null" : Json.quote(nonce))
                            + ",\"createdAt\":\"" + Instant.now() + "\"}";
                    send(ch, "{\"event\":\"message:ack\",\"data\":{\"message\":" + message + ",\"nonce\":"
                            + (nonce == null ? "null" : Json.quote(nonce)) + "}}");
                    // the frame's bytes once; the group writes a retained duplicate of them to every member
                    ByteBuf bytes = ByteBufUtil.writeUtf8(ch.alloc(),
                            "{\"event\":\"message:new\",\"data\":{\"message\":" + message + ",\"channelId\":\"" + channelId + "\"}}");
                    group.writeAndFlush(new TextWebSocketFrame(bytes));
                }
                default -> error(ch, "unknown-event", event);
            }
        }

        private void send(Channel ch, String text) {
            ch.writeAndFlush(new TextWebSocketFrame(text), ch.voidPromise());
        }

        private void error(Channel ch, String code, String event) {
            send(ch, "{\"event\":\"error\",\"data\":{\"code\":\"" + code + "\",\"for\":" + Json.quote(event) + "}}");
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            ctx.close();
        }
    }

    /** {@code reference-server --port P [--host 127.0.0.1] [--threads N]}: runs until killed. */
    static void main(Main.Args args) throws Exception {
        ReferenceServer s = new ReferenceServer(args.str("host", "127.0.0.1"), args.integer("port", 18200),
                args.integer("threads", Runtime.getRuntime().availableProcessors()));
        Runtime.getRuntime().addShutdownHook(new Thread(s::close));
        Main.log("reference server listening on 127.0.0.1:" + s.port() + " (pid " + ProcessHandle.current().pid() + ")");
        Thread.currentThread().join();
    }
}
