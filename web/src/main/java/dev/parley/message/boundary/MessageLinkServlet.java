package dev.parley.message.boundary;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Opens a message link, {@code /channels/{serverId}/{channelId}/{messageId}} (or a channel's,
 * without the message): the chat page at that place, with the address kept as the link. A
 * signed-out visitor never gets here (SignInFilter sends them to sign in and back); a link that
 * is not of that form is not found; one naming what the reader may not see shows the chat page
 * with a notice saying so.
 */
@WebServlet(MessageLink.PREFIX + "/*")
public class MessageLinkServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        Optional<MessageLink> link = MessageLink.parse(request.getPathInfo());
        if (link.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.getRequestDispatcher(link.get().page()).forward(request, response);
    }
}
