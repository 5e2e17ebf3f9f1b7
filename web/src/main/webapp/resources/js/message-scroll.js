/*
 * The message list as a reader moves through it, and the page at any width.
 *
 * - Grouping: consecutive messages of one author within 7 minutes form a group, as in Discord:
 *   only the first shows avatar, name and time; the others show their time in the gutter on
 *   hover. A reply, a new day or anything put between two messages (a divider) starts a group. Worked out again whenever the list changes (page load,
 *   a pushed or sent message, an edit, a delete, an older page), from each item's
 *   data-author-id and <time datetime>.
 * - Scrolling: a reader at the bottom follows new messages; one who scrolled up stays where they
 *   are and is offered "Jump to present" (parley.js asks staysPut() before it scrolls).
 * - Older pages: scrolling near the top loads the 50 messages before the oldest one shown
 *   (parleyOlder), put above without moving what the reader sees; at the first message of the
 *   channel its welcome shows.
 * - A message link opens the page around that message (data-target): it is scrolled to and
 *   highlighted for a moment. Such a page may not reach the newest (data-detached): new messages
 *   are then counted, not appended, and "Jump to present" loads the newest page (parleyNewest).
 * - Below 800 px the server rail and the channel list are a drawer, opened by the button in the
 *   chat header and closed by Escape, a click outside it, or choosing a place.
 *
 * Items come from the server rendered by MessageHtml (markdown sanitized, the rest escaped) and
 * are parsed in a <template>, where nothing loads or runs; only <li class="message"> items are taken.
 */
var parleyScroll = (function () {
    "use strict";

    var GROUP_MS = 7 * 60 * 1000;
    /** within this many pixels of the bottom a reader is at the newest */
    var NEAR_BOTTOM = 48;
    /** within this many pixels of the top the page before is loaded */
    var NEAR_TOP = 300;
    var HIGHLIGHT_MS = 4000;

    var following = true;
    var unseen = 0;
    var pending = null;
    var loadingOlder = false;
    var loadingNewest = false;
    var observedList = null;
    var listObserver = null;
    var resizeObserver = null;

    function box() {
        return document.getElementById("messages");
    }

    function list() {
        return document.querySelector("#messages .message-list");
    }

    function items(root) {
        return root ? root.querySelectorAll("li.message[data-message-id]") : [];
    }

    function detached() {
        var l = list();
        return !!l && l.getAttribute("data-detached") === "true";
    }

    function myId() {
        var app = document.getElementById("app");
        return app ? app.getAttribute("data-user-id") : null;
    }

    function mine(item) {
        var me = myId();
        return !!me && item.getAttribute("data-author-id") === me;
    }

    function itemOf(messageId) {
        var all = items(list());
        for (var i = 0; i < all.length; i++) {
            if (all[i].getAttribute("data-message-id") === messageId) {
                return all[i];
            }
        }
        return null;
    }

    // ---------- grouping ----------

    function timeOf(item) {
        var time = item.querySelector(".message-meta time[datetime]");
        return time ? Date.parse(time.getAttribute("datetime")) : NaN;
    }

    /** Whether item continues the group of the item above it. */
    function continues(above, item) {
        if (!above) {
            return false;
        }
        var author = item.getAttribute("data-author-id");
        if (!author || author !== above.getAttribute("data-author-id") || item.querySelector(".message-reply")) {
            return false;
        }
        var from = timeOf(above);
        var to = timeOf(item);
        return !isNaN(from) && !isNaN(to) && to >= from && to - from < GROUP_MS
            && new Date(from).toDateString() === new Date(to).toDateString();
    }

    /** The time a grouped message shows in the gutter on hover. */
    function clock(item) {
        var shown = item.querySelector(":scope > .message-clock");
        if (!shown) {
            var at = new Date(timeOf(item));
            if (isNaN(at.getTime())) {
                return;
            }
            shown = document.createElement("span");
            shown.className = "message-clock";
            shown.setAttribute("aria-hidden", "true");
            shown.textContent = parleyTexts.time(at);
            shown.title = parleyTexts.dateTime(at);
            item.insertBefore(shown, item.firstChild);
        }
    }

    function regroup() {
        var l = list();
        var above = null;
        for (var child = l ? l.firstElementChild : null; child; child = child.nextElementSibling) {
            if (!child.matches("li.message[data-message-id]")) {
                above = null; // anything between two messages (a divider) parts them
                continue;
            }
            var grouped = continues(above, child);
            if (child.classList.contains("grouped") !== grouped) {
                child.classList.toggle("grouped", grouped);
            }
            if (grouped) {
                clock(child);
            }
            above = child;
        }
    }

    /** Groups again whenever items come or go; follows the list when the page replaces it (after a reconnect). */
    function watchList() {
        var l = list();
        if (l === observedList) {
            return;
        }
        if (observedList) {
            // loaded again after a reconnect: the place one had scrolled to is gone, the newest is shown
            following = true;
            unseen = 0;
        }
        observedList = l;
        if (listObserver) {
            listObserver.disconnect();
        }
        if (resizeObserver) {
            resizeObserver.disconnect();
        }
        if (!l) {
            return;
        }
        listObserver = new MutationObserver(function () {
            regroup();
        });
        listObserver.observe(l, {childList: true});
        if (window.ResizeObserver) {
            // an edit, a reaction or a taller composer moves nothing for a reader at the bottom
            resizeObserver = new ResizeObserver(function () {
                var b = box();
                if (b && following && !detached()) {
                    b.scrollTop = b.scrollHeight;
                }
            });
            resizeObserver.observe(l);
            resizeObserver.observe(box());
        }
        regroup();
        updateBar();
    }

    // ---------- scrolling and "Jump to present" ----------

    function fromBottom(b) {
        return b.scrollHeight - b.scrollTop - b.clientHeight;
    }

    function onScroll(event) {
        var b = box();
        if (!b || event.target !== b) {
            return;
        }
        following = fromBottom(b) <= NEAR_BOTTOM;
        if (following && !detached()) {
            unseen = 0;
        }
        updateBar();
        if (b.scrollTop <= NEAR_TOP) {
            loadOlder();
        }
    }

    function updateBar() {
        var bar = document.getElementById("jump-bar");
        if (!bar) {
            return;
        }
        var show = detached() || unseen > 0;
        if (show) {
            var text = bar.querySelector(".jump-text");
            text.textContent = unseen > 0 ? parleyTexts.plural("jump.newMessages", unseen) : parleyTexts.t("jump.older");
        }
        if (bar.hidden === show) {
            bar.hidden = !show;
        }
    }

    /** parley.js, before it puts a new message in the list: a page that does not reach the newest takes none. */
    function takes(item) {
        if (detached()) {
            if (mine(item)) {
                jumpToPresent();
            } else {
                unseen++;
                updateBar();
            }
            return false;
        }
        pending = item;
        return true;
    }

    /**
     * parley.js, when it would scroll to the newest (a message was put in, or the list loaded): true
     * when the reader scrolled up and stays where they are. One's own new message always brings one down.
     */
    function staysPut() {
        var added = pending;
        pending = null;
        regroup();
        if (following || (added && mine(added))) {
            following = true;
            unseen = 0;
            updateBar();
            return false;
        }
        if (added) {
            unseen++;
            updateBar();
        }
        return true;
    }

    function jumpToPresent() {
        if (detached()) {
            loadNewest();
            return;
        }
        var b = box();
        if (b) {
            b.scrollTop = b.scrollHeight;
        }
        following = true;
        unseen = 0;
        updateBar();
    }

    // ---------- pages of history ----------

    function parseItems(html) {
        var template = document.createElement("template");
        template.innerHTML = typeof html === "string" ? html : "";
        var taken = document.createDocumentFragment();
        var child = template.content.firstElementChild;
        while (child) {
            var next = child.nextElementSibling;
            if (child.matches("li.message[data-message-id]") && !itemOf(child.getAttribute("data-message-id"))) {
                taken.appendChild(document.adoptNode(child));
            }
            child = next;
        }
        if (window.parley && typeof window.parley.rendered === "function") {
            window.parley.rendered(taken);
        }
        return taken;
    }

    /** Tells other scripts of the page about items put in here, as each new message is announced (parley:message-shown). */
    function announce(fragment) {
        var added = [];
        for (var child = fragment.firstElementChild; child; child = child.nextElementSibling) {
            added.push(child);
        }
        return function () {
            for (var i = 0; i < added.length; i++) {
                added[i].dispatchEvent(new CustomEvent("parley:message-shown", {bubbles: true}));
            }
        };
    }

    function showWelcome(start) {
        var welcome = document.querySelector("#messages .channel-start");
        if (welcome) {
            welcome.classList.toggle("not-yet", !start);
        }
    }

    function atStart() {
        var welcome = document.querySelector("#messages .channel-start");
        return !welcome || !welcome.classList.contains("not-yet");
    }

    function loadOlder() {
        var first = items(list())[0];
        if (loadingOlder || loadingNewest || atStart() || !first || typeof window.parleyOlder !== "function") {
            return;
        }
        loadingOlder = true;
        window.parleyOlder([{name: "before", value: first.getAttribute("data-message-id")}]);
    }

    /** oncomplete of parleyOlder: the page goes above, and what the reader sees stays where it was. */
    function olderLoaded(xhr, status, args) {
        loadingOlder = false;
        var l = list();
        var b = box();
        if (!l || !b || !args || typeof args.html !== "string") {
            return;
        }
        var keep = b.scrollHeight - b.scrollTop;
        var page = parseItems(args.html);
        var announced = announce(page);
        l.insertBefore(page, l.firstChild);
        announced();
        regroup();
        if (args.start) {
            showWelcome(true);
        }
        b.scrollTop = b.scrollHeight - keep;
    }

    function loadNewest() {
        if (loadingNewest || typeof window.parleyNewest !== "function") {
            return;
        }
        loadingNewest = true;
        window.parleyNewest();
    }

    /** oncomplete of parleyNewest: the list becomes the newest page, followed from now on. */
    function newestLoaded(xhr, status, args) {
        loadingNewest = false;
        var l = list();
        var b = box();
        if (!l || !b || !args || typeof args.html !== "string") {
            return;
        }
        while (l.firstChild) {
            l.removeChild(l.firstChild);
        }
        var page = parseItems(args.html);
        var announced = announce(page);
        l.appendChild(page);
        announced();
        l.setAttribute("data-detached", "false");
        l.removeAttribute("data-target");
        showWelcome(!!args.start);
        regroup();
        forgetTarget();
        following = true;
        unseen = 0;
        b.scrollTop = b.scrollHeight;
        updateBar();
    }

    /** After "Jump to present" the address names the channel, not the message, so a reload stays at present. */
    function forgetTarget() {
        var path = location.pathname;
        var at = path.indexOf("/channels/");
        if (at >= 0) {
            var parts = path.substring(at).split("/");
            if (parts.length > 4) {
                history.replaceState(history.state, "", path.substring(0, at) + parts.slice(0, 4).join("/"));
            }
            return;
        }
        var params = new URLSearchParams(location.search);
        if (params.has("message")) {
            params.delete("message");
            history.replaceState(history.state, "", path + "?" + params.toString());
        }
    }

    /** A message link: its message in the middle of the list, highlighted for a moment. */
    function showTarget() {
        var l = list();
        var b = box();
        var id = l ? l.getAttribute("data-target") : null;
        var target = id ? itemOf(id) : null;
        if (!target || !b) {
            return;
        }
        following = false;
        var offset = target.getBoundingClientRect().top - b.getBoundingClientRect().top;
        b.scrollTop += offset - Math.max(0, (b.clientHeight - target.offsetHeight) / 2);
        target.classList.add("highlighted");
        window.setTimeout(function () {
            target.classList.remove("highlighted");
        }, HIGHLIGHT_MS);
        updateBar();
    }

    // ---------- the drawer below 800 px ----------

    var NARROW = "(max-width: 799px)";

    function drawerOpen() {
        var app = document.getElementById("app");
        return !!app && app.classList.contains("drawer-open");
    }

    function setDrawer(open, focusButton) {
        var app = document.getElementById("app");
        var button = document.getElementById("drawer-button");
        if (!app || !button) {
            return;
        }
        app.classList.toggle("drawer-open", open);
        button.setAttribute("aria-expanded", open ? "true" : "false");
        if (open) {
            var first = document.querySelector("#channel-column .channel.selected")
                || document.querySelector("#server-list .server-icon.selected")
                || document.querySelector("#server-list .server-icon");
            if (first) {
                first.focus();
            }
        } else if (focusButton) {
            button.focus();
        }
    }

    function inDrawer(node) {
        return !!node && !!node.closest && !!node.closest("#server-list, #channel-column");
    }

    function onClick(event) {
        var target = event.target;
        if (target && target.closest && target.closest("#jump-present")) {
            jumpToPresent();
            return;
        }
        if (target && target.closest && target.closest("#drawer-button")) {
            setDrawer(!drawerOpen(), false);
            return;
        }
        if (!drawerOpen()) {
            return;
        }
        // outside it, or a place chosen in it (a server, a channel, an action): it closes
        if (!inDrawer(target) || target.closest("a, button")) {
            setDrawer(false, false);
        }
    }

    function onKey(event) {
        // End in the list goes to its bottom by itself; on an older page it brings the newest
        if (event.key === "End" && detached() && event.target && event.target.closest
                && event.target.closest("#messages")) {
            event.preventDefault();
            jumpToPresent();
            return;
        }
        if (event.key === "Escape" && drawerOpen()) {
            event.preventDefault();
            setDrawer(false, true);
        }
    }

    function start() {
        var app = document.getElementById("app");
        if (!app) {
            return;
        }
        var scrim = document.createElement("div");
        scrim.className = "drawer-scrim";
        scrim.setAttribute("aria-hidden", "true");
        app.appendChild(scrim);
        document.addEventListener("click", onClick);
        document.addEventListener("keydown", onKey);
        document.addEventListener("scroll", onScroll, true);
        if (window.matchMedia) {
            var narrow = window.matchMedia(NARROW);
            var wide = function () {
                if (!narrow.matches && drawerOpen()) {
                    setDrawer(false, false);
                }
            };
            if (narrow.addEventListener) {
                narrow.addEventListener("change", wide);
            }
        }
        // the list is replaced after a reconnect: watch the column that holds it
        var column = document.querySelector(".chat-column");
        if (column) {
            new MutationObserver(watchList).observe(column, {childList: true});
        }
        watchList();
        showTarget();
        updateBar();
        var b = box();
        if (b && b.scrollHeight <= b.clientHeight) {
            loadOlder();
        }
    }

    document.addEventListener("DOMContentLoaded", start);

    return {takes: takes, staysPut: staysPut, olderLoaded: olderLoaded, newestLoaded: newestLoaded,
        jumpToPresent: jumpToPresent};
})();
