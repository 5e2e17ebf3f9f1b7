package dev.parley.message.control;

import dev.parley.permission.control.ServerFacts.ChannelFact;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;

/** Every {@link SendCheck} of the application, looked up once rather than on each send. */
@ApplicationScoped
public class SendChecks {

    @Inject
    Instance<SendCheck> found;

    private List<SendCheck> checks;

    @PostConstruct
    void collect() {
        checks = found.stream().toList();
    }

    public void check(UUID authorId, ChannelFact channel, String content) {
        for (SendCheck c : checks) {
            c.check(authorId, channel, content);
        }
    }
}
