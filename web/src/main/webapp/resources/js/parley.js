/*
 * The chat page's behaviour: Enter sends (Shift+Enter starts a new line); notices from the "live"
 * push channel append a new message to the channel on screen or mark other channels unread; the
 * message list follows the newest unless the reader scrolled up (message-scroll.js).
 *
 * Messages reach the page as HTML rendered by the server (MessageHtml: markdown sanitized by an
 * allow-list, everything else escaped): a push notice carries it, and so does the answer to one's
 * own send. Here a spoiler is revealed by a click or by Enter/Space, and a code block that names
 * its language is coloured by highlight.js (served from this origin). This script only
 * accepts such an item as one inert <li class="message" data-message-id> (parsed in a <template>,
 * where nothing loads or runs) and shows each id once. After the push connection was lost and
 * is back, the list is loaded from the server once, since messages may have been missed meanwhile.
 *
 * An item is the same for every reader and holds no words: this script writes them in the page's
 * language (parleyTexts, i18n/chat-script*.properties) and the times in the reader's zone: a deleted
 * author's name, "(edited)", a deleted original's quote, a spoiler's name, "Today at 10:15".
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
        document.addEventListener("click", onSpoilerClick);
        document.addEventListener("keydown", onSpoilerKey);
        afterRender();
        // "Today at 10:15" is yesterday's after midnight: the times are written again when the day changes
        var day = new Date().toDateString();
        window.setInterval(function () {
            if (new Date().toDateString() !== day) {
                day = new Date().toDateString();
                localize(document);
            }
        }, 60 * 1000);
    }

    /** A hidden spoiler in a message (of the list, the pins panel or a thread's panel), if the event happened on one. */
    function spoilerOf(event) {
        var target = event.target;
        return target && target.closest ? target.closest(".message-content .spoiler:not(.revealed)") : null;
    }

    function onSpoilerClick(event) {
        var spoiler = spoilerOf(event);
        if (spoiler) {
            event.preventDefault();
            reveal(spoiler);
        }
    }

    function onSpoilerKey(event) {
        var spoiler = spoilerOf(event);
        if (spoiler && (event.key === "Enter" || event.key === " ")) {
            event.preventDefault();
            reveal(spoiler);
        }
    }

    /** Shows the text; from then on it is text like any other, no longer a button. */
    function reveal(spoiler) {
        spoiler.classList.add("revealed");
        spoiler.removeAttribute("role");
        spoiler.removeAttribute("tabindex");
        spoiler.removeAttribute("aria-label");
    }

    /** Colours the code blocks under root whose language highlight.js knows; the rest stay plain. */
    function highlight(root) {
        var hljs = window.hljs;
        if (!hljs) {
            return;
        }
        var blocks = root.querySelectorAll("pre > code[class^='language-']:not([data-highlighted])");
        for (var i = 0; i < blocks.length; i++) {
            var language = blocks[i].className.replace(/^language-(\S+).*$/, "$1");
            if (hljs.getLanguage(language)) {
                hljs.highlightElement(blocks[i]);
            }
        }
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
        var params = [{name: "content", value: text}, {name: "nonce", value: nonce}];
        // other scripts of the page may add to the post (message-actions.js: the message it replies to)
        box.dispatchEvent(new CustomEvent("parley:send", {detail: {params: params}}));
        window.parleySend(params);
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

    /**
     * What each kind of push notice does, by its event name; a notice of any other kind is ignored.
     * Every notice carries {event, serverId, channelId}; the rest is the event's own.
     */
    var live = {
        "push:open": function () {
            connected();
            if (missedSome) {
                missedSome = false;
                refresh();
            }
        },
        /** {messageId, html}: shown if its channel is on screen (unread.js marks other channels unread) */
        "message:new": function (notice) {
            if (notice.channelId === channelId) {
                if (notice.html) {
                    show(notice.html);
                } else {
                    refresh();
                }
            }
        },
        /** {messageId, html}: the edited message replaces the one shown */
        "message:update": function (notice) {
            if (notice.channelId === channelId) {
                replace(notice.messageId, notice.html);
            }
        },
        /** {messageId}: the message goes; replies to it say so */
        "message:delete": function (notice) {
            if (notice.channelId !== channelId) {
                return;
            }
            var shown = item(notice.messageId);
            if (shown) {
                shown.parentNode.removeChild(shown);
            }
            var quotes = document.querySelectorAll("#messages .message-reply[data-reply-to]");
            for (var i = 0; i < quotes.length; i++) {
                if (quotes[i].getAttribute("data-reply-to") === notice.messageId) {
                    quotes[i].classList.add("deleted");
                    quotes[i].textContent = parleyTexts.t("reply.deleted");
                }
            }
        },
        /**
         * {ids: "id,id,…"}: many messages of one channel went at once (a ban's clean-up); each is
         * handled as its own message:delete here and by every other script listening for that
         */
        "message:delete-bulk": function (notice) {
            var ids = typeof notice.ids === "string" && notice.ids ? notice.ids.split(",") : [];
            for (var i = 0; i < ids.length; i++) {
                onLive({event: "message:delete", serverId: notice.serverId, channelId: notice.channelId,
                    messageId: ids[i]});
            }
        }
    };

    /** The rendered message replaces the one of its id on screen, if it is shown. */
    function replace(messageId, html) {
        var shown = item(messageId);
        if (shown && html) {
            var template = document.createElement("template");
            template.innerHTML = html;
            var edited = template.content.firstElementChild;
            if (edited && edited.matches("li.message[data-message-id]")
                    && edited.getAttribute("data-message-id") === messageId) {
                shown.parentNode.replaceChild(document.adoptNode(edited), shown);
                localize(edited);
                highlight(edited);
            }
        }
    }

    /** Other scripts' handlers of notices, by event name, called after this script's own. */
    var listeners = {};

    function on(event, listener) {
        (listeners[event] = listeners[event] || []).push(listener);
    }

    /**
     * A notice from the push channel: this script's own handler, unless presence.js takes it (typing and
     * presence are its; it also sees each new message, whose author stops typing), then the handlers other
     * scripts registered for its event with parley.on.
     */
    function onLive(notice) {
        if (!notice) {
            return;
        }
        var presence = window.parleyPresence && window.parleyPresence.onLive(notice);
        var handle = !presence && Object.prototype.hasOwnProperty.call(live, notice.event) ? live[notice.event] : null;
        if (handle) {
            handle(notice);
        }
        var more = Object.prototype.hasOwnProperty.call(listeners, notice.event) ? listeners[notice.event] : [];
        for (var i = 0; i < more.length; i++) {
            more[i](notice);
        }
    }

    /** The list item of a message on screen, or null. */
    function item(messageId) {
        var items = document.querySelectorAll("#messages li.message[data-message-id]");
        for (var i = 0; i < items.length; i++) {
            if (items[i].getAttribute("data-message-id") === messageId) {
                return items[i];
            }
        }
        return null;
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
        // a page of older history (a message link's) takes no new ones: message-scroll.js offers them
        if (window.parleyScroll && !window.parleyScroll.takes(item)) {
            return;
        }
        list.insertBefore(document.adoptNode(item), before);
        localize(item);
        highlight(item);
        scrollToNewest();
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
        localize(document);
        highlight(document);
        scrollToNewest();
    }

    /** The words and times of the messages under root (and of the time-out line), in the page's language. */
    function localize(root) {
        each(root, "time.message-time[datetime]", function (time) {
            var at = new Date(time.getAttribute("datetime"));
            if (!isNaN(at.getTime())) {
                time.textContent = when(at);
                time.title = parleyTexts.dateTime(at);
            }
        });
        each(root, ".message-edited", function (mark) {
            mark.textContent = parleyTexts.t("message.edited");
            var at = new Date(mark.getAttribute("data-edited-at"));
            if (!isNaN(at.getTime())) {
                mark.title = parleyTexts.dateTime(at);
            }
        });
        each(root, ".message-author.deleted-user, .reply-author.deleted-user", function (name) {
            name.textContent = parleyTexts.t("message.deletedUser");
        });
        each(root, ".message-reply.deleted", function (quote) {
            quote.textContent = parleyTexts.t("reply.deleted");
        });
        each(root, ".message-content .spoiler:not(.revealed)", function (spoiler) {
            spoiler.setAttribute("aria-label", parleyTexts.t("spoiler"));
        });
        each(root, "#timed-out[data-until]", function (line) {
            var until = new Date(line.getAttribute("data-until"));
            if (!isNaN(until.getTime())) {
                line.textContent = parleyTexts.t("timeout.notice", parleyTexts.dateTime(until));
            }
        });
    }

    function each(root, selector, callback) {
        var found = root.querySelectorAll(selector);
        for (var i = 0; i < found.length; i++) {
            callback(found[i]);
        }
    }

    /** When a message was written, as a reader says it: "Today at 10:15", "Yesterday at 18:02", else date and time. */
    function when(at) {
        var now = new Date();
        var today = new Date(now.getFullYear(), now.getMonth(), now.getDate()).getTime();
        var day = new Date(at.getFullYear(), at.getMonth(), at.getDate()).getTime();
        var days = Math.round((today - day) / 86400000);
        if (days === 0) {
            return parleyTexts.t("time.today", parleyTexts.time(at));
        }
        if (days === 1) {
            return parleyTexts.t("time.yesterday", parleyTexts.time(at));
        }
        return parleyTexts.dateTime(at);
    }

    /**
     * A text of the page's language with elements in it: the key's {0}, {1}… are the given nodes (a name in bold,
     * a button), the rest is text. For a sentence whose word order differs between languages.
     */
    function words(key, nodes) {
        var fragment = document.createDocumentFragment();
        var marker = "\u0000";
        var args = nodes.map(function (n, i) { return marker + i + marker; });
        var parts = parleyTexts.t.apply(null, [key].concat(args)).split(marker);
        for (var i = 0; i < parts.length; i++) {
            if (i % 2 === 0) {
                if (parts[i]) {
                    fragment.appendChild(document.createTextNode(parts[i]));
                }
            } else {
                fragment.appendChild(nodes[Number(parts[i])]);
            }
        }
        return fragment;
    }

    function scrollToNewest() {
        var list = document.getElementById("messages");
        // message-scroll.js leaves a reader who scrolled up where they are
        if (list && !(window.parleyScroll && window.parleyScroll.staysPut())) {
            list.scrollTop = list.scrollHeight;
        }
    }

    /** A text box grows with what is typed, up to 240 px (the composer, the editor, a thread's composer). */
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
        var done = function () { button.querySelector(".ui-button-text").textContent = parleyTexts.t("copied"); };
        if (navigator.clipboard) {
            navigator.clipboard.writeText(input.value).then(done, function () { document.execCommand("copy"); done(); });
        } else {
            document.execCommand("copy");
            done();
        }
    }

    document.addEventListener("DOMContentLoaded", start);

    /** Localizes the words and times and colours the code of messages put in by another script (older pages, the pins panel). */
    function rendered(root) {
        localize(root);
        highlight(root);
    }

    return {onLive: onLive, sent: sent, refreshed: refreshed, connected: connected, reconnecting: reconnecting,
        disconnected: disconnected, copy: copy, rendered: rendered, on: on, item: item, replace: replace,
        fit: fit, newNonce: newNonce, words: words};
})();
