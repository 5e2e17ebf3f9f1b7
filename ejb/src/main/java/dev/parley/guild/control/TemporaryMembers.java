package dev.parley.guild.control;

import dev.parley.presence.control.WentOffline;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Ends temporary memberships (joined through a temporary invite, no role given since) when the
 * member's last connection closes, as Discord does. One indexed query per user going offline.
 */
@ApplicationScoped
public class TemporaryMembers {

    private static final Logger LOG = Logger.getLogger(TemporaryMembers.class.getName());

    @Inject
    GuildService guilds;

    void onOffline(@Observes WentOffline event) {
        try {
            guilds.endTemporaryMemberships(event.userId());
        } catch (RuntimeException e) {
            // presence goes on; the membership ends at the user's next disconnect
            LOG.log(Level.WARNING, "could not end the temporary memberships of a user who went offline", e);
        }
    }
}
