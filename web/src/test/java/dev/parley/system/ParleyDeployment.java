package dev.parley.system;

import java.net.URL;

/**
 * System tests drive the real parley.war — the same artifact bin/run serves — from outside, over
 * HTTP and WebSocket, on Payara Micro against real PostgreSQL: one server for the whole suite
 * ({@link ParleyServer}), started by the first test that needs it.
 */
public abstract class ParleyDeployment {

    /** The server's address, ending in "/". */
    protected final URL base = ParleyServer.url();
}
