package dev.parley.gateway;

import java.util.UUID;

/**
 * Told when an authenticated session gains a socket (authenticated, resumed after a drop) and when
 * it loses it (dropped, too slow, closed): how many live connections a user has here, for whoever
 * counts them (presence, through {@link dev.parley.platform.control.LiveConnections}). A session
 * waiting for a resume does not count. Called under the session's lock: it must only hand on.
 */
interface ConnectionWatch {

    ConnectionWatch NONE = new ConnectionWatch() {
        @Override
        public void opened(UUID user) {
        }

        @Override
        public void closed(UUID user) {
        }
    };

    void opened(UUID user);

    void closed(UUID user);
}
