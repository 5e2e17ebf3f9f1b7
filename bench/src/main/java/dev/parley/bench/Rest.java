package dev.parley.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * Parley's REST API for the set-up of a scenario: many requests at once on the JDK's HttpClient,
 * HTTP/1.1 pinned (the JDK's h2c upgrade attempt trips a Payara bug), 429 and dropped connections
 * retried.
 */
final class Rest {

    record Reply(int status, String body) {
        Reply ok(String what) {
            if (status / 100 != 2) {
                throw new IllegalStateException(what + ": HTTP " + status + " " + body);
            }
            return this;
        }
    }

    private final URI base;
    private final HttpClient http;
    private final int concurrency;

    Rest(String base, int concurrency) {
        this.base = URI.create(base.endsWith("/") ? base : base + "/");
        this.concurrency = concurrency;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newFixedThreadPool(4, r -> {
                    Thread t = new Thread(r, "rest");
                    t.setDaemon(true);
                    return t;
                }))
                .build();
    }

    HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path.startsWith("/") ? path.substring(1) : path))
                .timeout(Duration.ofSeconds(60));
        return token == null ? b : b.header("Authorization", "Bearer " + token);
    }

    HttpRequest post(String path, String token, String json) {
        return request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    HttpRequest get(String path, String token) {
        return request(path, token).GET().build();
    }

    /** One request, retried on 429 (after Retry-After) and on I/O errors, up to 8 times. */
    Reply send(HttpRequest request) {
        for (int attempt = 1; ; attempt++) {
            try {
                HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                if ((r.statusCode() == 429 || r.statusCode() == 503) && attempt < 8) {
                    long wait = r.headers().firstValue("Retry-After").map(Rest::seconds).orElse(1L);
                    Thread.sleep(TimeUnit.SECONDS.toMillis(Math.max(1, wait)));
                    continue;
                }
                return new Reply(r.statusCode(), r.body());
            } catch (IOException e) {
                if (attempt >= 8) {
                    throw new IllegalStateException(request.method() + " " + request.uri() + ": " + e, e);
                }
                sleep(250L * attempt);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Runs {@code count} requests with {@link #concurrency} in flight; the replies in order. */
    List<Reply> all(int count, IntFunction<HttpRequest> requests, String what) throws InterruptedException {
        Semaphore slots = new Semaphore(concurrency);
        List<CompletableFuture<Reply>> futures = new ArrayList<>(count);
        var pool = Executors.newFixedThreadPool(concurrency, r -> {
            Thread t = new Thread(r, "rest-call");
            t.setDaemon(true);
            return t;
        });
        try {
            long t0 = System.nanoTime();
            for (int i = 0; i < count; i++) {
                slots.acquire();
                int n = i;
                futures.add(CompletableFuture.supplyAsync(() -> send(requests.apply(n)), pool)
                        .whenComplete((r, e) -> slots.release()));
            }
            List<Reply> replies = new ArrayList<>(count);
            for (CompletableFuture<Reply> f : futures) {
                replies.add(f.join().ok(what));
            }
            double s = (System.nanoTime() - t0) / 1e9;
            Main.log(String.format("  %s: %d in %.1f s (%.0f/s)", what, count, s, count / Math.max(s, 1e-9)));
            return replies;
        } finally {
            pool.shutdownNow();
        }
    }

    private static long seconds(String v) {
        try {
            return (long) Math.ceil(Double.parseDouble(v.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
