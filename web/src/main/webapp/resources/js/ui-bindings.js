/*
 * What markup asks for with data-* attributes, bound here because no page has inline script or
 * on* handlers (the Content-Security-Policy forbids them; docs/security.md):
 *   data-dialog="widgetVar"      a click opens that PrimeFaces dialog
 *   data-copy-from="client-id"   a click copies that field's text (parley.copy, on the chat page)
 *   data-select-on-focus         focusing the field selects its text
 */
(function () {
    "use strict";

    document.addEventListener("click", function (event) {
        var target = event.target instanceof Element ? event.target : null;
        if (!target) {
            return;
        }
        var opener = target.closest("[data-dialog]");
        if (opener && typeof window.PF === "function") {
            event.preventDefault();
            var dialog = window.PF(opener.getAttribute("data-dialog"));
            if (dialog) {
                dialog.show();
            }
            return;
        }
        var copier = target.closest("[data-copy-from]");
        if (copier && window.parley && typeof window.parley.copy === "function") {
            event.preventDefault();
            window.parley.copy(copier.getAttribute("data-copy-from"), copier);
        }
    });

    document.addEventListener("focusin", function (event) {
        var field = event.target;
        if (field instanceof HTMLInputElement && field.hasAttribute("data-select-on-focus")) {
            field.select();
        }
    });
})();
