package dev.parley.guild.boundary;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * The short invite link, {@code /invite/{code}}, that the UI hands out: it opens the invite's page
 * ({@code /join.xhtml?code=…}), which shows the server before one joins, signed in or not. A path
 * that cannot be an invite code is not found (the page itself says when a well-formed code is
 * unknown or used up).
 */
@WebServlet("/invite/*")
public class InviteLinkServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern CODE = Pattern.compile("/[A-Za-z0-9]{1,16}/?");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null || !CODE.matcher(path).matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String code = path.substring(1).replace("/", "");
        response.sendRedirect(request.getContextPath() + "/join.xhtml?code=" + code);
    }
}
