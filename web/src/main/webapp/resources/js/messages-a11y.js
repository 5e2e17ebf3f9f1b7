/*
 * PrimeFaces writes each message of p:messages as <li role="alert"> inside a <ul>: the role takes the
 * item out of its list, which screen readers then misread (axe: "list"). The messages' container
 * is already a live region (aria-live), so the items lose the role and stay list items; this runs
 * on every page, and again whenever an ajax update puts messages in.
 */
(function () {
    "use strict";

    function mend(root) {
        var items = root.querySelectorAll(".ui-messages ul > li[role]");
        for (var i = 0; i < items.length; i++) {
            items[i].removeAttribute("role");
            items[i].removeAttribute("aria-atomic");
            items[i].removeAttribute("aria-live");
        }
    }

    function start() {
        mend(document);
        new MutationObserver(function (changes) {
            for (var i = 0; i < changes.length; i++) {
                if (changes[i].addedNodes.length) {
                    mend(document);
                    return;
                }
            }
        }).observe(document.body, {childList: true, subtree: true});
    }

    document.addEventListener("DOMContentLoaded", start);
})();
