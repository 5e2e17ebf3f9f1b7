package dev.parley.platform.boundary;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.render.RenderKit;
import jakarta.faces.render.RenderKitFactory;
import jakarta.faces.render.RenderKitWrapper;
import jakarta.faces.render.Renderer;
import jakarta.faces.render.RendererWrapper;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes the session's form token ({@link FormTokens}) into every Faces form, as a hidden field just
 * before the form ends, so that no page has to remember it: whichever renderer Faces uses for
 * {@code h:form} is wrapped. A form that an ajax request renders again gets the field again.
 * Registered in faces-config.xml.
 */
public class FormTokenRenderKitFactory extends RenderKitFactory {

    private static final String FORM_FAMILY = "jakarta.faces.Form";
    private final Map<RenderKit, RenderKit> kits = new ConcurrentHashMap<>();

    public FormTokenRenderKitFactory(RenderKitFactory wrapped) {
        super(wrapped);
    }

    @Override
    public void addRenderKit(String renderKitId, RenderKit renderKit) {
        getWrapped().addRenderKit(renderKitId, renderKit);
    }

    @Override
    public RenderKit getRenderKit(FacesContext context, String renderKitId) {
        RenderKit kit = getWrapped().getRenderKit(context, renderKitId);
        return kit == null ? null : kits.computeIfAbsent(kit, Kit::new);
    }

    @Override
    public Iterator<String> getRenderKitIds() {
        return getWrapped().getRenderKitIds();
    }

    private static final class Kit extends RenderKitWrapper {

        private final Map<String, Renderer> forms = new ConcurrentHashMap<>();

        Kit(RenderKit wrapped) {
            super(wrapped);
        }

        @Override
        public Renderer getRenderer(String family, String rendererType) {
            Renderer renderer = getWrapped().getRenderer(family, rendererType);
            if (renderer == null || !FORM_FAMILY.equals(family)) {
                return renderer;
            }
            return forms.computeIfAbsent(rendererType, type -> new FormWithToken(renderer));
        }
    }

    private static final class FormWithToken extends RendererWrapper {

        FormWithToken(Renderer wrapped) {
            super(wrapped);
        }

        @Override
        public void encodeEnd(FacesContext context, UIComponent component) throws IOException {
            HttpSession session = (HttpSession) context.getExternalContext().getSession(true);
            ResponseWriter writer = context.getResponseWriter();
            writer.startElement("input", null);
            writer.writeAttribute("type", "hidden", null);
            writer.writeAttribute("name", FormTokens.FIELD, null);
            writer.writeAttribute("value", FormTokens.of(session), null);
            writer.writeAttribute("autocomplete", "off", null);
            writer.endElement("input");
            super.encodeEnd(context, component);
        }
    }
}
