/*
 * The message list by keyboard, as in Discord: the list is one Tab stop, not one per message.
 *
 * - Roving focus: exactly one message is in the Tab order (tabindex=0), the one last focused, or
 *   the newest until one is; every other message has tabindex=-1 and the links, chips and action
 *   buttons inside it are taken out of the Tab order too (and given back when it becomes the
 *   focused one). Tab enters the list on that message, goes through its own controls and leaves
 *   for the composer; Shift+Tab into the list from below lands on the message itself.
 * - On the focused message: Up/Down move to the message above/below, PageUp/PageDown by a screen,
 *   Home/End to the oldest/newest loaded; E edits (one's own), R replies, A adds a reaction,
 *   P pins or unpins, C copies its link, Delete or Backspace deletes (asking first; Shift skips);
 *   Escape goes back to the composer. The actions are message-actions.js's, offered only where
 *   its action bar offers them; the server decides each again.
 * - The list's container (#messages, role=log) is a Tab stop only while it holds no message; else
 *   focus put on it by a script or a key goes on to the roving message (a click on its background
 *   leaves it there, where the arrow keys scroll).
 *
 * Messages come and go (pushed, sent, edited, deleted, older pages, a reconnect's reload): a
 * MutationObserver on the chat column keeps the one-Tab-stop rule after each change.
 */
var parleyKeys = (function () {
    "use strict";

    var ITEM = "li.message[data-message-id]";
    /** What can take focus inside a message; a taken-out one keeps its own tabindex in data-keys-tabindex. */
    var INNER = "a[href], button, input, textarea, select, summary, [tabindex], [contenteditable='true']";
    var SHORTCUTS = {e: "edit", r: "reply", a: "react", c: "link", t: "thread", Delete: "delete", Backspace: "delete"};

    /** The id of the message that is the list's Tab stop; null: the newest. */
    var roving = null;
    /** The message holding the focus, if one does: removed (deleted), it hands the focus to its neighbour. */
    var focusedItem = null;
    /** The last key was Tab: focus arriving in the list now came by keyboard. */
    var tabbing = false;
    /** The mouse was pressed since the last key: a click on the list's background leaves the focus there. */
    var pointing = false;

    function box() {
        return document.getElementById("messages");
    }

    function items() {
        var b = box();
        return b ? Array.prototype.slice.call(b.querySelectorAll(ITEM)) : [];
    }

    function itemOf(node) {
        return node && node.closest ? node.closest("#messages " + ITEM) : null;
    }

    /** The roving message: the remembered one, else the first newer than it (it went), else the newest. */
    function current(all) {
        if (!all.length) {
            return null;
        }
        if (roving !== null) {
            for (var i = 0; i < all.length; i++) {
                if (all[i].getAttribute("data-message-id") === roving) {
                    return all[i];
                }
            }
            for (var j = 0; j < all.length; j++) {
                if (all[j].getAttribute("data-message-id") > roving) {
                    return all[j];
                }
            }
        }
        return all[all.length - 1];
    }

    /** Takes the controls inside a message out of the Tab order (out = true) or gives them back. */
    function tame(item, out) {
        var inner = item.querySelectorAll(INNER);
        for (var i = 0; i < inner.length; i++) {
            var el = inner[i];
            var marked = el.hasAttribute("data-keys-tabindex");
            if (out && !marked) {
                el.setAttribute("data-keys-tabindex", el.getAttribute("tabindex") || "");
                el.setAttribute("tabindex", "-1");
            } else if (!out && marked) {
                var was = el.getAttribute("data-keys-tabindex");
                el.removeAttribute("data-keys-tabindex");
                // a revealed spoiler dropped its tabindex meanwhile: it stays without
                if (was === "" || !el.hasAttribute("tabindex")) {
                    el.removeAttribute("tabindex");
                } else {
                    el.setAttribute("tabindex", was);
                }
            }
        }
    }

    /** One Tab stop in the list, after any change to it. */
    function sync() {
        var b = box();
        if (!b) {
            return;
        }
        var all = items();
        var stop = current(all);
        var container = all.length ? "-1" : "0";
        if (b.getAttribute("tabindex") !== container) {
            b.setAttribute("tabindex", container);
        }
        for (var i = 0; i < all.length; i++) {
            var want = all[i] === stop ? "0" : "-1";
            if (all[i].getAttribute("tabindex") !== want) {
                all[i].setAttribute("tabindex", want);
            }
            tame(all[i], all[i] !== stop);
        }
        // the focused message went (deleted here or elsewhere): the focus stays in the list, on its neighbour
        var active = document.activeElement;
        if (stop && focusedItem && !focusedItem.isConnected && (!active || active === document.body)) {
            stop.focus({preventScroll: true});
        }
    }

    /** Makes the message the list's Tab stop. */
    function rove(item) {
        var id = item.getAttribute("data-message-id");
        if (roving === id && item.getAttribute("tabindex") === "0") {
            return;
        }
        roving = id;
        sync();
    }

    /** Focuses a message, scrolled into view just enough. */
    function go(item) {
        if (!item) {
            return;
        }
        rove(item);
        item.focus({preventScroll: true});
        item.scrollIntoView({block: "nearest"});
    }

    function onFocusIn(event) {
        var target = event.target;
        var b = box();
        focusedItem = itemOf(target);
        if (!b || !b.contains(target)) {
            return;
        }
        if (target === b) {
            var stop = pointing ? null : current(items());
            if (stop) {
                stop.focus({preventScroll: true});
            }
            return;
        }
        var item = focusedItem;
        if (!item) {
            return;
        }
        rove(item);
        // Shift+Tab from below lands on the message, not on the last of its buttons
        var from = event.relatedTarget;
        if (tabbing && target !== item && from && !b.contains(from)
                && (from.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_PRECEDING)) {
            item.focus({preventScroll: true});
        }
    }

    /** Focus left for nothing (a click beside the list): no message holds it any more, unless its message was removed. */
    function onFocusOut(event) {
        var was = focusedItem;
        if (was && !event.relatedTarget) {
            window.setTimeout(function () {
                if (focusedItem === was && was.isConnected && document.activeElement === document.body) {
                    focusedItem = null;
                }
            }, 0);
        }
    }

    /** The message a page away from this one, up (-1) or down (+1). */
    function pageFrom(all, at, direction) {
        var b = box();
        var height = b ? b.clientHeight : 600;
        var start = all[at].getBoundingClientRect();
        var i = at;
        while (i + direction >= 0 && i + direction < all.length) {
            var next = all[i + direction].getBoundingClientRect();
            var distance = direction < 0 ? start.top - next.top : next.bottom - start.bottom;
            if (distance > height) {
                break;
            }
            i += direction;
        }
        return all[i === at ? Math.max(0, Math.min(all.length - 1, at + direction)) : i];
    }

    /** The action bar's button for an action, if this reader is offered it on the message (the bar is built on focus). */
    function offered(item, action) {
        var buttons = item.querySelectorAll(":scope > .message-actions button[data-action]");
        for (var i = 0; i < buttons.length; i++) {
            var name = buttons[i].getAttribute("data-action");
            if (name === action || (action === "pin" && name === "unpin")) {
                return buttons[i];
            }
        }
        return null;
    }

    function onKey(event) {
        pointing = false;
        if (event.key === "Tab") {
            tabbing = true;
            return;
        }
        tabbing = false;
        var item = itemOf(event.target);
        if (!item || event.defaultPrevented) {
            return;
        }
        if (event.key === "Escape") {
            // inside a message only its own controls are left; open pickers, dialogs and editors close first
            var composer = document.getElementById("composer");
            if (composer && !item.classList.contains("editing")) {
                event.preventDefault();
                composer.focus();
            }
            return;
        }
        if (event.target !== item || event.altKey || event.ctrlKey || event.metaKey) {
            return;
        }
        var all = items();
        var at = all.indexOf(item);
        var to = null;
        switch (event.key) {
            case "ArrowUp":
                to = all[Math.max(0, at - 1)];
                break;
            case "ArrowDown":
                to = all[Math.min(all.length - 1, at + 1)];
                break;
            case "PageUp":
                to = pageFrom(all, at, -1);
                break;
            case "PageDown":
                to = pageFrom(all, at, 1);
                break;
            case "Home":
                to = all[0];
                break;
            case "End":
                to = all[all.length - 1];
                break;
            default:
                break;
        }
        if (to) {
            event.preventDefault();
            go(to);
            return;
        }
        var key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
        var action = key === "p" ? "pin" : SHORTCUTS[key];
        if (!action || (event.shiftKey && action !== "delete")) {
            return;
        }
        var button = offered(item, action);
        if (button && window.parleyActions) {
            event.preventDefault();
            parleyActions.act(button.getAttribute("data-action"), item, action === "react" ? button : item,
                event.shiftKey);
        }
    }

    function watch() {
        var column = document.querySelector(".chat-column");
        if (!column || typeof MutationObserver !== "function") {
            return;
        }
        new MutationObserver(function (records) {
            for (var i = 0; i < records.length; i++) {
                var where = records[i].target;
                if (where.id === "messages" || (where.closest && where.closest("#messages"))
                        || Array.prototype.some.call(records[i].addedNodes, function (n) { return n.id === "messages"; })) {
                    sync();
                    return;
                }
            }
        }).observe(column, {childList: true, subtree: true});
    }

    function start() {
        if (!box()) {
            return;
        }
        document.addEventListener("focusin", onFocusIn);
        document.addEventListener("focusout", onFocusOut);
        document.addEventListener("keydown", onKey);
        document.addEventListener("mousedown", function () {
            tabbing = false;
            pointing = true;
        }, true);
        watch();
        sync();
    }

    document.addEventListener("DOMContentLoaded", start);

    return {sync: sync};
})();
