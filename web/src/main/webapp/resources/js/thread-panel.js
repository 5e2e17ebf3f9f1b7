/*
 * A thread opens beside its channel: a click on a thread in the channel list (or the thread that
 * "Create thread" just started, message-actions.js) opens a panel on the right of the chat column,
 * where the member list is (it hides meanwhile; below 800 px the panel covers the chat column). The
 * panel shows the thread's name, a close button (Escape too), its newest messages and a composer that
 * posts into the thread (Enter sends, Shift+Enter starts a new line). The channel's own list and
 * composer stay as they are. The thread link stays a plain link: without this script, with a modifier
 * key, or as a direct address (?channel=<thread>) the thread opens in the chat column as before.
 *
 * The messages come from the server rendered (MessageHtml, through ThreadPanelBacking, which asks
 * MessageService and so its permission checks); this script only accepts them as inert
 * <li class="message" data-message-id> items parsed in a <template>, each id once. New, edited and
 * deleted messages of the open thread arrive by push (message:new, message:update, message:delete,
 * the same notices the channel's list takes). The thread seen in the panel is marked read (on opening
 * and as messages arrive), so it is not bold meanwhile. Nothing a user typed goes in as markup: the name goes
 * in as text.
 */
var parleyThreadPanel = (function () {
    "use strict";

    var channelId = null;
    var me = null;
    /** The open thread's id, null while the panel is closed. */
    var threadId = null;
    var threadName = "";
    var panel = null;
    /** What to do with each remote command's answer, in the order they were sent (the ajax queue keeps it). */
    var pending = [];
    var unsent = [];

    function start() {
        var app = document.getElementById("app");
        if (!app || !document.getElementById("thread-panel-form") || !window.parley) {
            return;
        }
        channelId = app.getAttribute("data-channel-id") || null;
        me = app.getAttribute("data-user-id") || null;
        document.addEventListener("click", onThreadLink);
        document.addEventListener("keydown", onEscapeAnywhere);
        parley.on("message:new", onNew);
        parley.on("message:update", onUpdate);
        parley.on("message:delete", onDelete);
    }

    // ---------- talking to the server ----------

    function call(command, params, then) {
        if (typeof window[command] !== "function") {
            return false;
        }
        pending.push(then);
        window[command](params);
        return true;
    }

    /** oncomplete of the panel's remote commands. */
    function done(args) {
        var then = pending.shift();
        if (then) {
            then(args || {});
        }
    }

    // ---------- opening and closing ----------

    /** A plain click on a thread of the channel list opens it here; a click with a modifier opens the link. */
    function onThreadLink(event) {
        if (event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey
                || event.altKey) {
            return;
        }
        var target = event.target;
        var link = target && target.closest ? target.closest("#channel-list a.channel.thread[data-channel-id]") : null;
        if (!link) {
            return;
        }
        var id = link.getAttribute("data-channel-id");
        if (!id || id === channelId) {
            // the thread is the channel on screen already
            return;
        }
        event.preventDefault();
        var name = link.querySelector(".channel-name");
        open(id, name ? name.textContent : link.textContent);
    }

    /** Opens the thread in the panel (in place of the one open) and puts the focus into its composer. */
    function open(id, name) {
        var app = document.getElementById("app");
        if (!app || !id) {
            return;
        }
        if (!panel) {
            panel = build();
            var main = document.querySelector("#app > .chat-column");
            app.insertBefore(panel, main ? main.nextSibling : null);
        }
        threadId = id;
        threadName = String(name || "").trim();
        panel.setAttribute("data-thread-id", id);
        panel.setAttribute("aria-label", parleyTexts.t("threadPanel.label", threadName));
        panel.querySelector(".thread-panel-title").textContent = threadName;
        panel.querySelector(".thread-panel-messages").setAttribute("aria-label", parleyTexts.t("threadPanel.messages", threadName));
        var box = composer();
        box.setAttribute("aria-label", parleyTexts.t("threadPanel.composer", threadName));
        box.setAttribute("placeholder", parleyTexts.t("threadPanel.composer", threadName));
        box.value = "";
        box.style.height = "";
        list().textContent = "";
        error("");
        panel.querySelector(".thread-panel-start").hidden = true;
        panel.setAttribute("aria-busy", "true");
        app.classList.add("thread-open");
        markLinks();
        box.focus();
        call("parleyThreadOpen", [{name: "threadId", value: id}], function (args) {
            if (threadId !== id) {
                return;
            }
            panel.removeAttribute("aria-busy");
            if (args.ok) {
                insertAll(args.html || "");
                panel.querySelector(".thread-panel-start").hidden = !args.start;
                scrollToNewest();
            } else {
                error(args.error || parleyTexts.t("threadPanel.openFailed"));
            }
        });
    }

    /** Closes the panel; the focus goes back to the thread's link (else to the channel's composer). */
    function close() {
        if (!threadId) {
            return;
        }
        var closed = threadId;
        threadId = null;
        unsent = [];
        var app = document.getElementById("app");
        if (app) {
            app.classList.remove("thread-open");
        }
        if (panel && panel.parentNode) {
            panel.parentNode.removeChild(panel);
        }
        panel = null;
        markLinks();
        var back = threadLink(closed) || document.getElementById("composer");
        if (back) {
            back.focus();
        }
    }

    function threadLink(id) {
        var links = document.querySelectorAll("#channel-list a.channel.thread[data-channel-id]");
        for (var i = 0; i < links.length; i++) {
            if (links[i].getAttribute("data-channel-id") === id) {
                return links[i];
            }
        }
        return null;
    }

    /** The open thread's link says so (for eyes and screen readers). */
    function markLinks() {
        var links = document.querySelectorAll("#channel-list a.channel.thread[data-channel-id]");
        for (var i = 0; i < links.length; i++) {
            var isOpen = threadId !== null && links[i].getAttribute("data-channel-id") === threadId;
            links[i].classList.toggle("thread-panel-open", isOpen);
            if (isOpen) {
                links[i].setAttribute("aria-current", "true");
            } else if (links[i].getAttribute("aria-current") === "true") {
                links[i].removeAttribute("aria-current");
            }
        }
    }

    function onPanelKey(event) {
        if (event.key === "Escape" && !event.isComposing) {
            event.preventDefault();
            event.stopPropagation();
            close();
        }
    }

    /** Escape with the focus nowhere in particular (the page itself) closes the panel too. */
    function onEscapeAnywhere(event) {
        if (event.key === "Escape" && threadId && (event.target === document.body || event.target === document.documentElement)
                && !document.querySelector("dialog[open]")) {
            close();
        }
    }

    function build() {
        var aside = document.createElement("aside");
        aside.className = "thread-panel";
        aside.id = "thread-panel";

        var header = document.createElement("header");
        header.className = "column-header thread-panel-header";
        var mark = document.createElement("span");
        mark.className = "hash";
        mark.setAttribute("aria-hidden", "true");
        mark.textContent = "\u2514";
        var title = document.createElement("h2");
        title.className = "thread-panel-title";
        var closeButton = document.createElement("button");
        closeButton.type = "button";
        closeButton.className = "icon-button thread-panel-close";
        closeButton.setAttribute("aria-label", parleyTexts.t("threadPanel.close"));
        closeButton.title = parleyTexts.t("threadPanel.close");
        closeButton.textContent = "\u00D7";
        closeButton.addEventListener("click", close);
        header.appendChild(mark);
        header.appendChild(title);
        header.appendChild(closeButton);

        var messages = document.createElement("div");
        messages.className = "messages thread-panel-messages";
        messages.tabIndex = 0;
        messages.setAttribute("role", "log");
        var start = document.createElement("p");
        start.className = "muted thread-panel-start";
        start.textContent = parleyTexts.t("threadPanel.start");
        start.hidden = true;
        var ol = document.createElement("ol");
        ol.className = "message-list";
        messages.appendChild(start);
        messages.appendChild(ol);

        var problem = document.createElement("p");
        problem.className = "thread-panel-error";
        problem.setAttribute("role", "alert");

        var form = document.createElement("div");
        form.className = "composer thread-panel-composer";
        var box = document.createElement("textarea");
        box.id = "thread-composer";
        box.className = "composer-input";
        box.rows = 1;
        box.maxLength = 4000;
        box.addEventListener("keydown", onComposerKey);
        box.addEventListener("input", function () { parley.fit(box); });
        form.appendChild(box);

        [header, messages, problem, form].forEach(function (part) { aside.appendChild(part); });
        aside.addEventListener("keydown", onPanelKey);
        return aside;
    }

    function composer() {
        return panel ? panel.querySelector("#thread-composer") : null;
    }

    function list() {
        return panel ? panel.querySelector(".thread-panel-messages .message-list") : null;
    }

    function error(text) {
        var problem = panel ? panel.querySelector(".thread-panel-error") : null;
        if (problem) {
            problem.textContent = text;
            problem.hidden = !text;
        }
    }

    // ---------- sending ----------

    function onComposerKey(event) {
        if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
            event.preventDefault();
            send(event.target);
        }
    }

    function send(box) {
        var text = box.value;
        var id = threadId;
        if (!text.trim() || !id) {
            return;
        }
        var attempt = {text: text};
        unsent.push(attempt);
        box.value = "";
        parley.fit(box);
        error("");
        var params = [{name: "threadId", value: id}, {name: "content", value: text}, {name: "nonce", value: parley.newNonce()}];
        call("parleyThreadSend", params, function (args) {
            unsent = unsent.filter(function (other) { return other !== attempt; });
            if (threadId !== id) {
                return;
            }
            if (args.sent) {
                if (args.html) {
                    insertAll(args.html);
                    scrollToNewest();
                }
                return;
            }
            error(args.error || parleyTexts.t("threadPanel.sendFailed"));
            var current = composer();
            if (current && !current.value) {
                current.value = attempt.text;
                parley.fit(current);
            }
        });
    }

    // ---------- the messages ----------

    /** Puts the rendered items into the list in id (= time) order, each id once; anything but such items is dropped. */
    function insertAll(html) {
        var ol = list();
        if (!ol || !html) {
            return;
        }
        var template = document.createElement("template");
        template.innerHTML = html;
        var items = Array.prototype.slice.call(template.content.children);
        for (var i = 0; i < items.length; i++) {
            if (items[i].matches("li.message[data-message-id]")) {
                insert(ol, document.adoptNode(items[i]));
            }
        }
    }

    function insert(ol, item) {
        var id = item.getAttribute("data-message-id");
        var before = null;
        for (var other = ol.lastElementChild; other; other = other.previousElementSibling) {
            var otherId = other.getAttribute("data-message-id");
            if (otherId === id) {
                return;
            }
            if (otherId < id) {
                break;
            }
            before = other;
        }
        ol.insertBefore(item, before);
        parley.rendered(item);
    }

    function shown(messageId) {
        var ol = list();
        if (!ol) {
            return null;
        }
        var items = ol.querySelectorAll("li.message[data-message-id]");
        for (var i = 0; i < items.length; i++) {
            if (items[i].getAttribute("data-message-id") === messageId) {
                return items[i];
            }
        }
        return null;
    }

    /** {messageId, html} of the open thread: one item, as the channel's list takes it (parley.js show()). */
    function onNew(notice) {
        if (!threadId || notice.channelId !== threadId || !notice.html) {
            return;
        }
        var template = document.createElement("template");
        template.innerHTML = notice.html;
        var item = template.content.firstElementChild;
        if (!item || template.content.childElementCount !== 1 || !item.matches("li.message[data-message-id]")) {
            return;
        }
        var box = panel.querySelector(".thread-panel-messages");
        var atBottom = box.scrollHeight - box.scrollTop - box.clientHeight < 48;
        insert(list(), document.adoptNode(item));
        if (atBottom) {
            scrollToNewest();
        }
        // seen in the open panel: read (one's own messages are read anyway)
        if (notice.authorId !== me && document.visibilityState === "visible" && notice.messageId
                && typeof window.parleyThreadRead === "function") {
            window.parleyThreadRead([{name: "threadId", value: threadId}, {name: "messageId", value: notice.messageId}]);
        }
    }

    /** {messageId, html}: the edited message replaces the one shown. */
    function onUpdate(notice) {
        if (!threadId || notice.channelId !== threadId || !notice.html) {
            return;
        }
        var old = shown(notice.messageId);
        if (!old) {
            return;
        }
        var template = document.createElement("template");
        template.innerHTML = notice.html;
        var edited = template.content.firstElementChild;
        if (edited && template.content.childElementCount === 1 && edited.matches("li.message[data-message-id]")
                && edited.getAttribute("data-message-id") === notice.messageId) {
            old.parentNode.replaceChild(document.adoptNode(edited), old);
            parley.rendered(edited);
        }
    }

    /** {messageId}: the message goes. */
    function onDelete(notice) {
        if (!threadId || notice.channelId !== threadId) {
            return;
        }
        var old = shown(notice.messageId);
        if (old) {
            old.parentNode.removeChild(old);
        }
    }

    function scrollToNewest() {
        var box = panel ? panel.querySelector(".thread-panel-messages") : null;
        if (box) {
            box.scrollTop = box.scrollHeight;
        }
    }

    document.addEventListener("DOMContentLoaded", start);

    /** Whether the panel can open threads here (the page has its remote commands). */
    function available() {
        return !!document.getElementById("thread-panel-form");
    }

    return {open: open, close: close, done: done, available: available};
})();
