package dev.parley.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * A TCP pipe from a fixed port to the deployment's random HTTP port: the public URL Parley is configured
 * with (web/pom.xml), to which identity providers send the browser back. Bytes only: HTTP, keep-alive and
 * WebSocket pass as they are.
 */
final class PortForwarder implements AutoCloseable {

    private final ServerSocket server;
    private volatile String targetHost;
    private volatile int targetPort;

    PortForwarder(int port) throws IOException {
        server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress("127.0.0.1", port));
        Thread accepting = new Thread(this::accept, "forward-" + port);
        accepting.setDaemon(true);
        accepting.start();
    }

    void to(String host, int port) {
        targetHost = host;
        targetPort = port;
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket upstream = new Socket(targetHost, targetPort);
                pipe(client, upstream);
                pipe(upstream, client);
            } catch (IOException e) {
                // closed, or the deployment is not up: the client sees its connection fail
            }
        }
    }

    private static void pipe(Socket from, Socket to) {
        Thread t = new Thread(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException e) {
                // one side closed
            } finally {
                try {
                    from.close();
                    to.close();
                } catch (IOException e) {
                    // closed
                }
            }
        }, "pipe");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
