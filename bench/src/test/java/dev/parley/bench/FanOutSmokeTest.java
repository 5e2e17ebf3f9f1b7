package dev.parley.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The generator's fan-out round against the reference server, in-process on a random port: the
 * tools work end to end. Counts only, never latencies (this is not a timed test).
 */
class FanOutSmokeTest {

    @Test
    void twentyMembersReceiveTenMessagesFromTheReferenceServer() throws Exception {
        try (ReferenceServer server = new ReferenceServer("127.0.0.1", 0, 1)) {
            String url = "http://127.0.0.1:" + server.port();
            Subject subject = Subject.of("reference", url, 1);
            try (Main.Ctx ctx = new Main.Ctx(subject, new Gateway(url, 1, List.of()), new Results(null, subject.name()),
                    ServerStats.of(ProcessHandle.current().pid(), 0), Main.Args.of("--drain-seconds", "10"))) {
                Subject.Setup setup = subject.setup("smoke", 1, 20);
                FanOut.Members members = FanOut.connect(ctx, setup, "fanout", "smoke");
                assertThat(members.conns).hasSize(20);

                FanOut.Result r = FanOut.round(ctx, members, 100, 10, "smoke-");

                assertThat(r.lost()).isZero();
                assertThat(r.missedDeliveries()).isZero();
                assertThat(r.duplicates()).isZero();
                assertThat(r.lastMember().getTotalCount()).isEqualTo(10);
                assertThat(ctx.gateway.errorCount()).isZero();
                members.close();
            }
        }
    }
}
