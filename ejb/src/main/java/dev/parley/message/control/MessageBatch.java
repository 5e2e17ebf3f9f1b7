package dev.parley.message.control;

import dev.parley.identity.control.IdentityStore;
import dev.parley.identity.control.UserView;
import dev.parley.message.entity.Message;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * One group commit: a batch of posts in one transaction of its own, one statement whatever its size
 * (the insert, which also returns its rows' authors), and one more each when a post repeats a nonce
 * (the first message, and its author) and when posts mention someone. Either all of the batch is stored or,
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
        MessageStore.Inserted insert = store.insert(posts);
        Set<UUID> inserted = insert.ids();
        Set<PendingPost.NonceKey> repeated = new HashSet<>();
        for (PendingPost p : posts) {
            if (!inserted.contains(p.message().getId())) {
                repeated.add(Objects.requireNonNull(p.nonceKey(), "a post without a nonce was not inserted"));
            }
        }
        Map<PendingPost.NonceKey, Message> first = store.byNonces(repeated);
        store.insertMentions(posts, inserted);
        // the insert brought the authors of the rows it inserted; only one whose every post repeated a nonce is read
        Map<UUID, UserView> authors = new HashMap<>(insert.authors());
        Set<UUID> notReturned = new HashSet<>();
        posts.forEach(p -> notReturned.add(p.message().getUserId()));
        notReturned.removeAll(authors.keySet());
        authors.putAll(users.views(notReturned));
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
