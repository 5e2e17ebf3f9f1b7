package dev.parley.platform.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The answer's status on the "page has expired" page (a form posted after its page state is gone,
 * e.g. the session timed out): 400, not the 500 the container gives an exception's error page, since
 * nothing failed on our side. Inside an ajax answer (OmniFaces renders the page into it) the status
 * stays 200, or Faces' script would not show it.
 */
@Named
@RequestScoped
public class ExpiredPage {

    public void answer() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (!context.getPartialViewContext().isAjaxRequest()) {
            context.getExternalContext().setResponseStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
    }
}
