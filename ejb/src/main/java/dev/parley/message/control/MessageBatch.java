package dev.parley.message.control;

import dev.parley.identity.control.IdentityStore;
import dev.parley.identity.control.UserView;
import dev.parley.message.entity.Message;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * One group commit: a batch of posts in one transaction of its own, three statements whatever its
 * size (insert, look up repeated nonces, load the authors), and one more when posts mention someone. Either all of the batch is stored or,
 * when anything fails, none of it.
 */
@Stateless
public class MessageBatch {

    /** A post as written: the stored message, and whether this post created it (a repeated nonce did not). */
    public record Written(MessageView view, boolean created) {
    }

    @Inject
    MessageStore store;

    @Inject
    IdentityStore users;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Written> write(List<PendingPost> posts) {
        Set<UUID> inserted = store.insert(posts);
        Set<PendingPost.NonceKey> repeated = new HashSet<>();
        for (PendingPost p : posts) {
            if (!inserted.contains(p.message().getId())) {
                repeated.add(Objects.requireNonNull(p.nonceKey(), "a post without a nonce was not inserted"));
            }
        }
        Map<PendingPost.NonceKey, Message> first = store.byNonces(repeated);
        store.insertMentions(posts, inserted);
        Set<UUID> authorIds = new HashSet<>();
        posts.forEach(p -> authorIds.add(p.message().getUserId()));
        Map<UUID, UserView> authors = users.views(authorIds);
        List<Written> written = new ArrayList<>(posts.size());
        for (PendingPost p : posts) {
            boolean created = inserted.contains(p.message().getId());
            Message stored = created ? p.message() : first.get(p.nonceKey());
            if (stored == null) {
                throw new IllegalStateException("a repeated nonce's first message is missing");
            }
            written.add(new Written(MessageViews.of(stored, authors.get(stored.getUserId()), p.quote(),
                    created ? p.mentions() : Mentions.NONE), created));
        }
        return written;
    }
}
