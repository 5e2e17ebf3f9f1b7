package dev.parley.bench;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import io.netty.handler.codec.http.websocketx.WebSocketVersion;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The generator's side of the gateway: one Netty event loop group for all connections, and the
 * counters every scenario reports (errors by code, unexpected closes by code).
 */
public final class Gateway implements AutoCloseable {

    /** How often each connection sends a heartbeat unless the server's {@code hello} asks for more often. */
    static final long HEARTBEAT_MS = 20_000;

    private final EventLoopGroup group;
    private final URI uri;
    private final InetSocketAddress remote;
    private final List<String> sources;
    private final AtomicInteger nextSource = new AtomicInteger();
    final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
    final Map<Integer, AtomicLong> closes = new ConcurrentHashMap<>();
    final AtomicLong retryAfterMs = new AtomicLong();

    /**
     * @param base    the subject's base URL, {@code http://127.0.0.1:port}
     * @param threads event loop threads (0: Netty's default, two per core)
     * @param sources local addresses to connect from, in turn (empty: let the kernel choose)
     */
    public Gateway(String base, int threads, List<String> sources) {
        URI http = URI.create(base.endsWith("/") ? base : base + "/");
        this.uri = URI.create(http.toString().replaceFirst("^http", "ws")).resolve("gateway");
        this.remote = new InetSocketAddress(uri.getHost(), uri.getPort());
        this.sources = List.copyOf(sources);
        this.group = new NioEventLoopGroup(threads);
    }

    /** Opens one connection; the future completes when the WebSocket handshake is done. */
    public Conn open(Conn.Listener listener) {
        Conn conn = new Conn(this, listener);
        WebSocketClientProtocolConfig config = WebSocketClientProtocolConfig.newBuilder()
                .webSocketUri(uri)
                .version(WebSocketVersion.V13)
                .customHeaders(new DefaultHttpHeaders())
                .maxFramePayloadLength(1 << 20)
                .handshakeTimeoutMillis(30_000)
                .dropPongFrames(true)
                .build();
        Bootstrap b = new Bootstrap().group(group).channel(NioSocketChannel.class)
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 30_000)
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast(new HttpClientCodec(), new HttpObjectAggregator(1 << 16),
                                new WebSocketClientProtocolHandler(config),
                                new WebSocketFrameAggregator(1 << 20), conn);
                    }
                });
        ChannelFuture f;
        if (sources.isEmpty()) {
            f = b.connect(remote);
        } else {
            String src = sources.get(Math.floorMod(nextSource.getAndIncrement(), sources.size()));
            f = b.connect(remote, new InetSocketAddress(src, 0));
        }
        conn.attach(f);
        return conn;
    }

    /**
     * Opens and authenticates one connection per token with at most {@code inFlight} under way, and
     * waits for all (or for {@code timeoutSeconds}). Returns those that were authenticated; the
     * others are closed and reported through {@code failed}.
     */
    public List<Conn> openAll(List<String> tokens, int inFlight, long timeoutSeconds,
            java.util.function.IntFunction<Conn.Listener> listeners, Consumer<Throwable> failed) throws InterruptedException {
        Semaphore slots = new Semaphore(inFlight);
        List<Conn> conns = new ArrayList<>(tokens.size());
        List<CompletableFuture<Void>> done = new ArrayList<>(tokens.size());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        int logEvery = Math.max(1000, tokens.size() / 10);
        for (int i = 0; i < tokens.size(); i++) {
            long left = deadline - System.nanoTime();
            if (left <= 0 || !slots.tryAcquire(left, TimeUnit.NANOSECONDS)) {
                break;
            }
            Conn c = open(listeners.apply(i));
            c.tag = i;
            c.authenticate(tokens.get(i));
            conns.add(c);
            done.add(c.authenticated.whenComplete((v, e) -> slots.release()));
            if ((i + 1) % logEvery == 0) {
                Main.log("  " + (i + 1) + " connections opened");
            }
        }
        List<Conn> ok = new ArrayList<>();
        for (int i = 0; i < done.size(); i++) {
            long left = Math.max(1, deadline - System.nanoTime());
            try {
                done.get(i).get(left, TimeUnit.NANOSECONDS);
                ok.add(conns.get(i));
            } catch (Exception e) {
                failed.accept(e instanceof java.util.concurrent.ExecutionException ? e.getCause() : e);
                conns.get(i).abort();
            }
        }
        return ok;
    }

    void countError(String code, double retryAfter) {
        errors.computeIfAbsent(code == null ? "?" : code, k -> new AtomicLong()).incrementAndGet();
        if (retryAfter > 0) {
            retryAfterMs.accumulateAndGet((long) (retryAfter * 1000), Math::max);
        }
    }

    void countClose(int code) {
        closes.computeIfAbsent(code, k -> new AtomicLong()).incrementAndGet();
    }

    /** "code×count, …" of the errors received so far, or "none". */
    public String errorSummary() {
        return summary(errors);
    }

    /** "code×count, …" of the closes by the server (or the network) so far, or "none". */
    public String closeSummary() {
        return summary(closes);
    }

    public long errorCount() {
        return errors.values().stream().mapToLong(AtomicLong::get).sum();
    }

    public long closeCount() {
        return closes.values().stream().mapToLong(AtomicLong::get).sum();
    }

    public void resetCounters() {
        errors.clear();
        closes.clear();
        retryAfterMs.set(0);
    }

    private static String summary(Map<?, AtomicLong> m) {
        if (m.isEmpty()) {
            return "none";
        }
        StringBuilder b = new StringBuilder();
        new java.util.TreeMap<>(m).forEach((k, v) -> b.append(b.length() == 0 ? "" : ", ").append(k).append(" x").append(v.get()));
        return b.toString();
    }

    @Override
    public void close() {
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }
}
