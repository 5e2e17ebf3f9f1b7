/*
 * The chat page's behaviour: Enter sends (Shift+Enter starts a new line); notices from the "live"
 * push channel append a new message to the channel on screen or mark other channels unread; the
 * message list stays scrolled to the newest.
 *
 * Messages reach the page as HTML rendered by the server (MessageHtml), which escapes everything a
 * user typed: a push notice carries it, and so does the answer to one's own send. This script only
 * accepts such an item as one inert <li class="message" data-message-id> (parsed in a <template>,
 * where nothing loads or runs) and shows each id once. After the push connection was lost and
 * is back, the list is loaded from the server once, since messages may have been missed meanwhile.
 */
var parley = (function () {
    "use strict";

    var serverId = null;
    var channelId = null;
    var refreshing = false;
    var refreshAgain = false;
    var missedSome = false;
    var unsent = [];

    function start() {
        var app = document.getElementById("app");
        if (!app) {
            return;
        }
        serverId = app.getAttribute("data-server-id") || null;
        channelId = app.getAttribute("data-channel-id") || null;
        var box = document.getElementById("composer");
        if (box) {
            box.addEventListener("keydown", onKey);
            box.addEventListener("input", function () { fit(box); });
            box.focus();
        }
        afterRender();
    }

    function onKey(event) {
        if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
            event.preventDefault();
            send(event.target);
        }
    }

    function send(box) {
        var text = box.value;
        if (!text.trim() || typeof window.parleySend !== "function") {
            return;
        }
        var nonce = newNonce();
        unsent.push({nonce: nonce, text: text});
        box.value = "";
        fit(box);
        window.parleySend([{name: "content", value: text}, {name: "nonce", value: nonce}]);
    }

    /** oncomplete of the send: show the stored message, or give the text back unless something new was typed. */
    function sent(xhr, status, args) {
        var attempt = unsent.shift();
        if (args && args.sent) {
            if (args.html) {
                show(args.html);
            }
            return;
        }
        var box = document.getElementById("composer");
        if (attempt && box && !box.value) {
            box.value = attempt.text;
            fit(box);
        }
    }

    function newNonce() {
        if (window.crypto && typeof window.crypto.randomUUID === "function") {
            return window.crypto.randomUUID();
        }
        return Date.now().toString(36) + Math.random().toString(36).slice(2);
    }

    /** A notice from the push channel: {event, serverId, channelId} and, for a new message, its html. */
    function onLive(notice) {
        if (!notice) {
            return;
        }
        // typing and presence are presence.js's; it also sees each new message (its author stops typing)
        if (window.parleyPresence && window.parleyPresence.onLive(notice)) {
            return;
        }
        if (notice.event === "push:open") {
            connected();
            if (missedSome) {
                missedSome = false;
                refresh();
            }
            return;
        }
        if (!notice.channelId) {
            return;
        }
        if (notice.channelId === channelId) {
            if (notice.html) {
                show(notice.html);
            } else {
                refresh();
            }
        } else {
            markUnread("data-channel-id", notice.channelId);
            if (notice.serverId !== serverId) {
                markUnread("data-server-id", notice.serverId);
            }
        }
    }

    /** Puts one rendered message into the list, in id (= time) order, unless it is there already. */
    function show(html) {
        var list = document.querySelector("#messages .message-list");
        if (!list) {
            return;
        }
        var template = document.createElement("template");
        template.innerHTML = html;
        var item = template.content.firstElementChild;
        if (!item || template.content.childElementCount !== 1 || !item.matches("li.message[data-message-id]")) {
            return;
        }
        var id = item.getAttribute("data-message-id");
        var before = null;
        for (var other = list.lastElementChild; other; other = other.previousElementSibling) {
            var otherId = other.getAttribute("data-message-id");
            if (otherId === id) {
                return;
            }
            if (otherId < id) {
                break;
            }
            before = other;
        }
        var welcome = document.querySelector("#messages .channel-start");
        if (welcome) {
            welcome.parentNode.removeChild(welcome);
        }
        list.insertBefore(document.adoptNode(item), before);
        localizeTimes(item);
        scrollToNewest();
    }

    function markUnread(attribute, id) {
        var links = document.querySelectorAll("[" + attribute + "]");
        for (var i = 0; i < links.length; i++) {
            if (links[i].getAttribute(attribute) === id && !links[i].classList.contains("selected")) {
                links[i].classList.add("unread");
            }
        }
    }

    /** Loads the list from the server: only after the push connection came back. */
    function refresh() {
        if (typeof window.parleyRefresh !== "function") {
            return;
        }
        if (refreshing) {
            refreshAgain = true;
            return;
        }
        refreshing = true;
        window.parleyRefresh();
    }

    function refreshed() {
        refreshing = false;
        afterRender();
        if (refreshAgain) {
            refreshAgain = false;
            refresh();
        }
    }

    function afterRender() {
        localizeTimes(document);
        scrollToNewest();
    }

    function localizeTimes(root) {
        var times = root.querySelectorAll("time.message-time[datetime]");
        for (var i = 0; i < times.length; i++) {
            var at = new Date(times[i].getAttribute("datetime"));
            if (!isNaN(at.getTime())) {
                times[i].textContent = at.toLocaleString([], {hour: "2-digit", minute: "2-digit",
                    day: "numeric", month: "short"});
                times[i].title = at.toLocaleString();
            }
        }
    }

    function scrollToNewest() {
        var list = document.getElementById("messages");
        if (list) {
            list.scrollTop = list.scrollHeight;
        }
    }

    function fit(box) {
        box.style.height = "auto";
        box.style.height = Math.min(box.scrollHeight, 240) + "px";
    }

    function connected() {
        document.documentElement.setAttribute("data-live", "open");
    }

    /** The connection dropped and Faces tries again; the server says push:open when it is back. */
    function reconnecting() {
        missedSome = true;
        document.documentElement.setAttribute("data-live", "reconnecting");
    }

    function disconnected() {
        document.documentElement.setAttribute("data-live", "closed");
    }

    function copy(inputId, button) {
        var input = document.getElementById(inputId);
        if (!input) {
            return;
        }
        input.select();
        var done = function () { button.querySelector(".ui-button-text").textContent = "Copied"; };
        if (navigator.clipboard) {
            navigator.clipboard.writeText(input.value).then(done, function () { document.execCommand("copy"); done(); });
        } else {
            document.execCommand("copy");
            done();
        }
    }

    document.addEventListener("DOMContentLoaded", start);

    return {onLive: onLive, sent: sent, refreshed: refreshed, connected: connected, reconnecting: reconnecting,
        disconnected: disconnected, copy: copy};
})();
