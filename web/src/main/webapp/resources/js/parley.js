/*
 * The chat page's behaviour: Enter sends (Shift+Enter starts a new line), live notices from the
 * "live" push channel refresh the messages of the channel on screen or mark others unread, and
 * the message list stays scrolled to the newest. Nothing here inserts text as HTML: messages are
 * rendered (escaped) by the server and swapped in by PrimeFaces' ajax update.
 */
var parley = (function () {
    "use strict";

    var serverId = null;
    var channelId = null;
    var refreshing = false;
    var refreshAgain = false;
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

    /** oncomplete of the send: on failure, give the text back unless something new was typed. */
    function sent(xhr, status, args) {
        var attempt = unsent.shift();
        var box = document.getElementById("composer");
        if (attempt && !(args && args.sent) && box && !box.value) {
            box.value = attempt.text;
            fit(box);
        }
        afterRender();
    }

    function newNonce() {
        if (window.crypto && typeof window.crypto.randomUUID === "function") {
            return window.crypto.randomUUID();
        }
        return Date.now().toString(36) + Math.random().toString(36).slice(2);
    }

    /** A notice from the push channel: {event, serverId, channelId}. */
    function onLive(notice) {
        if (!notice || !notice.channelId) {
            return;
        }
        if (notice.channelId === channelId) {
            refresh();
        } else {
            markUnread("data-channel-id", notice.channelId);
            if (notice.serverId !== serverId) {
                markUnread("data-server-id", notice.serverId);
            }
        }
    }

    function markUnread(attribute, id) {
        var links = document.querySelectorAll("[" + attribute + "]");
        for (var i = 0; i < links.length; i++) {
            if (links[i].getAttribute(attribute) === id && !links[i].classList.contains("selected")) {
                links[i].classList.add("unread");
            }
        }
    }

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
        var times = document.querySelectorAll("time.message-time[datetime]");
        for (var i = 0; i < times.length; i++) {
            var at = new Date(times[i].getAttribute("datetime"));
            if (!isNaN(at.getTime())) {
                times[i].textContent = at.toLocaleString([], {hour: "2-digit", minute: "2-digit",
                    day: "numeric", month: "short"});
                times[i].title = at.toLocaleString();
            }
        }
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

    return {onLive: onLive, sent: sent, refreshed: refreshed, connected: connected, disconnected: disconnected,
        copy: copy};
})();
