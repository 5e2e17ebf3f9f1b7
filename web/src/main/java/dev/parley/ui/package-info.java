/**
 * The browser UI's boundary (Jakarta Faces with PrimeFaces): backing beans of the sign-in,
 * sign-up, join and chat pages, the signed-in user of an HTTP session, the filter that sends
 * signed-out visitors to the sign-in page, and the sink that pushes live events to open pages
 * through {@code f:websocket}. Beans only translate between pages and the same services the
 * REST API calls.
 */
package dev.parley.ui;
