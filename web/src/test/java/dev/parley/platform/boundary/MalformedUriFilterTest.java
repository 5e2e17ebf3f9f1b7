package dev.parley.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.glassfish.grizzly.filterchain.FilterChain;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The filter in a real Grizzly HTTP server (the one under Payara's listeners), spoken to over a plain socket. */
class MalformedUriFilterTest {

    private static HttpServer server;
    private static int port;
    private static FilterChain chain;

    @BeforeAll
    static void start() throws IOException {
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        server = new HttpServer();
        NetworkListener listener = new NetworkListener("test", "127.0.0.1", port);
        server.addListener(listener);
        server.getServerConfiguration().addHttpHandler(new HttpHandler() {
            @Override
            public void service(Request request, Response response) throws IOException {
                response.setContentType("text/plain");
                response.getWriter().write("served " + request.getRequestURI());
            }
        }, "/");
        server.start();
        chain = listener.getFilterChain();
        assertThat(GrizzlyListeners.install(chain, new MalformedUriFilter())).isTrue();
    }

    @AfterAll
    static void stop() {
        server.shutdownNow();
    }

    @Test
    void aMalformedPathIsAnsweredWithProblemJsonAndTheConnectionClosed() throws IOException {
        String answer = exchange("GET /api/servers/%00 HTTP/1.1\r\nHost: x\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 400");
        assertThat(answer).containsIgnoringCase("Content-Type: application/problem+json");
        assertThat(answer).containsIgnoringCase("Connection: close");
        assertThat(answer).endsWith("\r\n\r\n{\"type\":\"https://parley.dev/problems/malformed-uri\",\"title\":\"Malformed URI\","
                + "\"status\":400,\"detail\":\"The path contains an escaped NUL character (%00).\"}");
    }

    @Test
    void theAnswerIsInTheLanguageTheRequestPrefers() throws IOException {
        String answer = exchange("GET /api/servers/%00 HTTP/1.1\r\nHost: x\r\nAccept-Language: ru-RU,ru;q=0.9,en;q=0.8\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 400");
        assertThat(answer).containsIgnoringCase("Content-Language: ru");
        assertThat(answer).endsWith("\r\n\r\n{\"type\":\"https://parley.dev/problems/malformed-uri\",\"title\":\"Неверный URI\","
                + "\"status\":400,\"detail\":\"Путь содержит экранированный символ NUL (%00).\"}");
        assertThat(exchange("GET /api/%ff HTTP/1.1\r\nHost: x\r\nAccept-Language: en\r\n\r\n"))
                .containsIgnoringCase("Content-Language: en").contains("\"title\":\"Malformed URI\"");
    }

    @Test
    void invalidUtf8AndBrokenEscapesAreRefusedToo() throws IOException {
        assertThat(exchange("GET /api/%ff HTTP/1.1\r\nHost: x\r\n\r\n"))
                .startsWith("HTTP/1.1 400").contains("\"detail\":\"The path's escapes do not decode to UTF-8 text.\"");
        assertThat(exchange("POST /api/%zz HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello"))
                .startsWith("HTTP/1.1 400").contains("two-digit hex escape");
    }

    @Test
    void aGoodRequestPassesThroughAndTheConnectionStaysOpen() throws IOException {
        String two = exchange("GET /api/%e2%82%ac?q=%ff HTTP/1.1\r\nHost: x\r\n\r\n"
                + "GET /second HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertThat(two).startsWith("HTTP/1.1 200").contains("served /api/%e2%82%ac").contains("served /second");
    }

    @Test
    void itIsInstalledOnceAndOnlyBeforeTheHttpServerFilter() {
        assertThat(GrizzlyListeners.install(chain, new MalformedUriFilter())).as("already there").isFalse();
        long count = chain.stream().filter(f -> f instanceof MalformedUriFilter).count();
        assertThat(count).isEqualTo(1);
        int at = chain.indexOf(chain.stream().filter(f -> f instanceof MalformedUriFilter).findFirst().orElseThrow());
        assertThat(chain.get(at + 1)).isInstanceOf(org.glassfish.grizzly.http.server.HttpServerFilter.class);
    }

    /** Writes the bytes, reads until the server closes (or 5 s pass). */
    private static String exchange(String request) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
