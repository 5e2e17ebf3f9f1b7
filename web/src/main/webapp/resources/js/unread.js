/*
 * Read state, badges, mentions and direct messages on the chat page.
 *
 * - The page loads with one's unread and mention counts per channel (#app[data-unread], from
 *   ReadStateService): unread channels and servers are bold, channels and servers with mentions of
 *   the reader carry a red badge with the count, Home the number of unread direct messages. A
 *   message:new push in another channel bumps them (a mention badge only if it mentions the
 *   reader: the notice is the same for every page, so that is decided here from ids); a
 *   read-state:update push (one's own other pages, after they marked a channel read) clears them.
 * - The channel on screen is marked read when the page loads and when a message arrives while
 *   the page is visible and focused and the list is at its newest (else once it is again)
 *   through parleyMarkRead.
 * - A "New messages" line sits above the first unread message at page load.
 * - A message that mentions the reader (by name, by one of their roles, or @everyone/@here) is
 *   highlighted.
 * - Home: the list of conversations gains new ones (dm:create) and moves one with a new message
 *   to the top, bold; a one-to-one conversation's dot follows the other person's presence; "Message" on a member opens the conversation with them (parleyOpenDm).
 * - Threads: one started in the server on screen (thread:create) is listed under its channel.
 * - Mention autocomplete in the composer: "@" and letters list the matching members of the
 *   channel (read once from the member list on the page), Up/Down choose, Enter/Tab insert
 *   "@username ", Escape closes.
 *
 * Nothing a user typed is written as HTML here: names go in as text. The words are the page's
 * language's (parleyTexts).
 */
var parleyUnread = (function () {
    "use strict";

    var me = null;
    var serverId = null;
    var channelId = null;
    var myRoles = [];
    /**
     * channelId -> {scope, unread, mentions, lastRead, live}; live lists the messages counted since
     * the page loaded ({id, mention}), so a read mark that stops short of some of them keeps those.
     */
    var counts = {};
    var readTimer = null;
    var readPending = null;

    function start() {
        var app = document.getElementById("app");
        if (!app) {
            return;
        }
        me = app.getAttribute("data-user-id") || null;
        serverId = app.getAttribute("data-server-id") || null;
        channelId = app.getAttribute("data-channel-id") || null;
        myRoles = (app.getAttribute("data-my-roles") || "").split(/\s+/).filter(Boolean);
        load(app.getAttribute("data-unread"));
        var here = channelId ? counts[channelId] : null;
        highlightAll(document);
        watchMessages();
        if (here && here.unread > 0) {
            newMessagesLine(here);
        }
        if (channelId) {
            delete counts[channelId];
            var newest = newestMessageId();
            if (here && newest) {
                // after PrimeFaces' own start (jQuery's ready runs it later than this), which gives the page's
                // forms their CSP nonce: a request without it is refused ("CSP nonce mismatch")
                $(function () {
                    markRead(newest, true);
                });
            }
        }
        paint();
        ["message:new", "read-state:update", "dm:create", "thread:create", "presence:user", "presence:users"].forEach(function (event) {
            parley.on(event, onLive);
        });
        document.addEventListener("visibilitychange", flushRead);
        window.addEventListener("focus", flushRead);
        document.addEventListener("scroll", function (event) {
            if (readPending && event.target && event.target.id === "messages") {
                flushRead();
            }
        }, true);
        document.addEventListener("click", onMessageMember);
        autocomplete.start();
    }

    function load(json) {
        var list = [];
        try {
            list = JSON.parse(json || "[]") || [];
        } catch (e) {
            list = [];
        }
        for (var i = 0; i < list.length; i++) {
            var c = list[i];
            if (c && typeof c.c === "string") {
                counts[c.c] = {scope: c.s, unread: c.u | 0, mentions: c.m | 0, lastRead: c.r || null, live: []};
            }
        }
    }

    // ---------- badges ----------

    function byAttribute(selector, attribute, id) {
        var found = [];
        var all = document.querySelectorAll(selector);
        for (var i = 0; i < all.length; i++) {
            if (all[i].getAttribute(attribute) === id) {
                found.push(all[i]);
            }
        }
        return found;
    }

    /** A server in the rail; anything else a message comes from is a direct conversation. */
    function isServer(scope) {
        return byAttribute(".server-rail [data-server-id]", "data-server-id", scope).length > 0;
    }

    /** Puts the state on the page: bold channels, servers, conversations and Home, and their badges. */
    function paint() {
        var byScope = {};
        var dmUnread = 0;
        Object.keys(counts).forEach(function (id) {
            var c = counts[id];
            var sum = byScope[c.scope] || (byScope[c.scope] = {unread: 0, mentions: 0});
            sum.unread += c.unread;
            sum.mentions += c.mentions;
        });
        Object.keys(byScope).forEach(function (scope) {
            if (!isServer(scope)) {
                dmUnread += byScope[scope].unread;
            }
        });
        var links = document.querySelectorAll("#channel-list a[data-channel-id]");
        for (var i = 0; i < links.length; i++) {
            var c = counts[links[i].getAttribute("data-channel-id")];
            mark(links[i], c ? c.unread : 0, c ? c.mentions : 0, "badge.mentions");
        }
        var dms = document.querySelectorAll("#dm-list li[data-dm-id]");
        for (var j = 0; j < dms.length; j++) {
            var sum = byScope[dms[j].getAttribute("data-dm-id")];
            var link = dms[j].querySelector("a");
            if (link) {
                mark(link, sum ? sum.unread : 0, sum ? sum.unread : 0, "badge.messages");
            }
        }
        var servers = document.querySelectorAll(".server-rail [data-server-id]");
        for (var k = 0; k < servers.length; k++) {
            var s = byScope[servers[k].getAttribute("data-server-id")];
            mark(servers[k], s ? s.unread : 0, s ? s.mentions : 0, "badge.mentions");
        }
        var home = document.querySelector(".server-rail .server-icon.home");
        if (home) {
            mark(home, dmUnread, dmUnread, "badge.messages");
        }
    }

    /**
     * Bold when unread; a badge with the count (mentions, or for conversations their unread messages), which
     * the link's name says with the plural text {@code what} ("badge.mentions", "badge.messages").
     */
    function mark(element, unread, badgeCount, what) {
        element.classList.toggle("unread", unread > 0 && !element.classList.contains("selected"));
        var badge = element.querySelector(":scope > .mention-badge");
        if (badgeCount > 0) {
            if (!badge) {
                badge = document.createElement("span");
                badge.className = "mention-badge";
                element.appendChild(badge);
            }
            var text = badgeCount >= 100 ? "99+" : String(badgeCount);
            badge.textContent = text;
            badge.setAttribute("aria-hidden", "true");
        } else if (badge) {
            badge.parentNode.removeChild(badge);
        }
        // the link's name says it too, for screen readers
        var label = element.getAttribute("data-label");
        if (label !== null) {
            element.setAttribute("aria-label", badgeCount > 0 ? parleyTexts.plural(what, badgeCount, label)
                : unread > 0 ? parleyTexts.t("badge.unread", label) : label);
        }
    }

    // ---------- live ----------

    function onLive(notice) {
        if (notice.event === "message:new") {
            onMessage(notice);
        } else if (notice.event === "read-state:update") {
            read(notice.channelId, notice.lastReadMessageId);
        } else if (notice.event === "dm:create") {
            addConversation(notice);
        } else if (notice.event === "thread:create") {
            addThread(notice);
        } else if (notice.event === "presence:user") {
            presenceOf(notice.userId, notice.status);
        } else if (notice.event === "presence:users" && window.parleyPresence) {
            parleyPresence.eachChange(notice, presenceOf);
        }
    }

    function onMessage(notice) {
        if (!notice.channelId || (me && notice.authorId === me)) {
            return;
        }
        if (notice.channelId === channelId) {
            markRead(notice.messageId, false);
            return;
        }
        var c = counts[notice.channelId] || (counts[notice.channelId] = {scope: notice.serverId, unread: 0,
            mentions: 0, lastRead: null, live: []});
        var mention = mentionsMe(ids(notice.mentions), ids(notice.mentionRoles), notice.mentionEveryone === "true");
        c.unread++;
        if (mention) {
            c.mentions++;
        }
        if (notice.messageId && c.live.length < 200) {
            c.live.push({id: notice.messageId, mention: mention});
        }
        toTop(notice.serverId);
        paint();
    }

    /**
     * One's other page marked the channel read up to lastRead: what was counted before the page
     * loaded is older than that, and of what came since only the messages after it stay unread.
     */
    function read(channel, lastRead) {
        var c = channel ? counts[channel] : null;
        if (!c) {
            return;
        }
        var kept = lastRead ? c.live.filter(function (m) { return m.id > lastRead; }) : [];
        if (kept.length) {
            counts[channel] = {scope: c.scope, unread: kept.length, lastRead: lastRead, live: kept,
                mentions: kept.filter(function (m) { return m.mention; }).length};
        } else {
            delete counts[channel];
        }
        paint();
    }

    function ids(text) {
        return (text || "").split(/\s+/).filter(Boolean);
    }

    /** Whether a message mentions the reader: by id, @everyone/@here, or a role they hold (in any of their servers). */
    function mentionsMe(users, roles, everyone) {
        if (everyone || (me && users.indexOf(me) >= 0)) {
            return true;
        }
        for (var i = 0; i < roles.length; i++) {
            if (myRoles.indexOf(roles[i]) >= 0) {
                return true;
            }
        }
        return false;
    }

    // ---------- marking read ----------

    /** The reader looks at the newest messages: page visible and focused, list scrolled to its end. */
    function viewing() {
        var box = document.getElementById("messages");
        var atEnd = !box || box.scrollHeight - box.scrollTop - box.clientHeight < 48;
        return document.visibilityState === "visible" && document.hasFocus() && atEnd;
    }

    /** Marks the channel on screen read up to the message, now (page load) or once the page is looked at. */
    function markRead(messageId, atLoad) {
        if (!messageId) {
            return;
        }
        if (!readPending || readPending < messageId) {
            readPending = messageId;
        }
        if (atLoad || viewing()) {
            sendRead();
        }
    }

    function flushRead() {
        if (readPending && viewing()) {
            sendRead();
        }
    }

    /** At most one request a second: the newest message seen meanwhile is the one marked. */
    function sendRead() {
        if (readTimer || typeof window.parleyMarkRead !== "function") {
            return;
        }
        var id = readPending;
        readPending = null;
        window.parleyMarkRead([{name: "messageId", value: id}]);
        readTimer = window.setTimeout(function () {
            readTimer = null;
            if (readPending) {
                flushRead();
            }
        }, 1000);
    }

    function newestMessageId() {
        var items = document.querySelectorAll("#messages li.message[data-message-id]");
        return items.length ? items[items.length - 1].getAttribute("data-message-id") : null;
    }

    // ---------- the "New messages" line ----------

    /**
     * Above the first message after the last read one; when nothing was read yet in the channel,
     * above the oldest of the last {unread} messages of others.
     */
    function newMessagesLine(here) {
        var items = document.querySelectorAll("#messages li.message[data-message-id]");
        var first = null;
        if (here.lastRead) {
            for (var i = 0; i < items.length; i++) {
                if (items[i].getAttribute("data-message-id") > here.lastRead) {
                    first = items[i];
                    break;
                }
            }
        } else {
            var left = here.unread;
            for (var j = items.length - 1; j >= 0 && left > 0; j--) {
                if (items[j].getAttribute("data-author-id") !== me) {
                    first = items[j];
                    left--;
                }
            }
        }
        if (!first) {
            return;
        }
        var line = document.createElement("li");
        line.className = "unread-line"; // an item of the list that says "New messages" (read as such)
        var label = document.createElement("span");
        label.textContent = parleyTexts.t("unread.line");
        line.appendChild(label);
        // (the page still opens at the newest message, as message-scroll.js wants; the line shows where reading left off)
        first.parentNode.insertBefore(line, first);
    }

    // ---------- mention highlight ----------

    function highlight(item) {
        if (item.matches && item.matches("li.message") && mentionsMe(ids(item.getAttribute("data-mentions")),
                ids(item.getAttribute("data-mention-roles")), item.getAttribute("data-mention-everyone") === "true")) {
            item.classList.add("mentions-me");
        }
    }

    function highlightAll(root) {
        var items = root.querySelectorAll("#messages li.message");
        for (var i = 0; i < items.length; i++) {
            highlight(items[i]);
        }
    }

    /** Messages arrive by push, by one's own send, after an edit and after a reload of the list: all are looked at. */
    function watchMessages() {
        var column = document.querySelector(".chat-column");
        if (!column || typeof MutationObserver !== "function") {
            return;
        }
        new MutationObserver(function (changes) {
            for (var i = 0; i < changes.length; i++) {
                var added = changes[i].addedNodes;
                for (var j = 0; j < added.length; j++) {
                    if (added[j].nodeType === 1) {
                        highlight(added[j]);
                        var inner = added[j].querySelectorAll("li.message");
                        for (var k = 0; k < inner.length; k++) {
                            highlight(inner[k]);
                        }
                    }
                }
            }
        }).observe(column, {childList: true, subtree: true});
    }

    // ---------- direct messages ----------

    /** A conversation with a new message goes to the top of the home list. */
    function toTop(scope) {
        var list = document.getElementById("dm-list");
        var item = list ? byAttribute("#dm-list li[data-dm-id]", "data-dm-id", scope)[0] : null;
        if (item && list.firstElementChild !== item) {
            list.insertBefore(item, list.firstElementChild);
        }
    }

    /** The dot of a one-to-one conversation moves with the other person's presence. */
    function presenceOf(userId, status) {
        if (["online", "idle", "dnd", "offline"].indexOf(status) < 0) {
            return;
        }
        var dots = byAttribute("#dm-list .presence-dot[data-user-id]", "data-user-id", userId);
        for (var i = 0; i < dots.length; i++) {
            dots[i].className = "presence-dot status-" + status;
            dots[i].title = parleyTexts.t("status." + status);
        }
    }

    /** dm:create: {dmId, dmChannelId, participants: JSON [{id, name}]} — listed at the top, named after the others. */
    function addConversation(notice) {
        var list = document.getElementById("dm-list");
        if (!list || !notice.dmId || byAttribute("#dm-list li[data-dm-id]", "data-dm-id", notice.dmId).length) {
            return;
        }
        var people = [];
        try {
            people = JSON.parse(notice.participants || "[]") || [];
        } catch (e) {
            people = [];
        }
        var others = people.filter(function (p) { return p && p.id !== me; });
        var names = others.map(function (p) { return String(p.name); });
        var item = document.createElement("li");
        item.className = "dm-item";
        item.setAttribute("data-dm-id", notice.dmId);
        item.setAttribute("data-channel-id", notice.dmChannelId || "");
        var link = document.createElement("a");
        link.className = "channel dm";
        link.href = window.location.pathname + "?dm=" + encodeURIComponent(notice.dmId);
        link.setAttribute("data-channel-id", notice.dmChannelId || "");
        var at = document.createElement("span");
        if (others.length === 1) {
            // grey (not known yet) until their next presence:user says
            at.className = "presence-dot";
            at.setAttribute("data-user-id", String(others[0].id));
        } else {
            at.className = "hash";
            at.setAttribute("aria-hidden", "true");
            at.textContent = "@";
        }
        var name = document.createElement("span");
        name.className = "channel-name";
        name.textContent = names.length ? names.join(", ") : parleyTexts.t("dm.justYou");
        link.appendChild(at);
        link.appendChild(name);
        item.appendChild(link);
        list.insertBefore(item, list.firstElementChild);
        var empty = document.getElementById("dm-empty");
        if (empty) {
            empty.parentNode.removeChild(empty);
        }
        paint();
    }

    // ---------- threads ----------

    /** thread:create {threadId, name} under channelId: listed under its channel, newest first. */
    function addThread(notice) {
        if (!notice.threadId || notice.serverId !== serverId
                || byAttribute("#channel-list a[data-channel-id]", "data-channel-id", notice.threadId).length) {
            return;
        }
        var parent = byAttribute("#channel-list > li > a[data-channel-id]", "data-channel-id", notice.channelId)[0];
        if (!parent) {
            return;
        }
        var threads = parent.parentNode.querySelector("ul.thread-list");
        if (!threads) {
            threads = document.createElement("ul");
            threads.className = "thread-list";
            threads.setAttribute("data-parent-id", notice.channelId);
            parent.parentNode.insertBefore(threads, parent.nextSibling);
        }
        var item = document.createElement("li");
        var link = document.createElement("a");
        link.className = "channel thread";
        link.href = window.location.pathname + "?server=" + encodeURIComponent(serverId) + "&channel="
            + encodeURIComponent(notice.threadId);
        link.setAttribute("data-channel-id", notice.threadId);
        var mark = document.createElement("span");
        mark.className = "hash";
        mark.setAttribute("aria-hidden", "true");
        mark.textContent = "\u2514";
        var name = document.createElement("span");
        name.className = "channel-name";
        name.textContent = String(notice.name || "");
        link.appendChild(mark);
        link.appendChild(name);
        item.appendChild(link);
        threads.insertBefore(item, threads.firstElementChild);
    }

    /** "Message" on a member of the member list. */
    function onMessageMember(event) {
        var button = event.target && event.target.closest ? event.target.closest("#member-list .member-message") : null;
        if (button && typeof window.parleyOpenDm === "function") {
            event.preventDefault();
            button.disabled = true;
            window.parleyOpenDm([{name: "userId", value: button.getAttribute("data-user-id") || ""}]);
        }
    }

    // ---------- mention autocomplete ----------

    var autocomplete = (function () {
        var MAX = 8;
        var box = null;
        var list = null;
        var shown = [];
        var active = -1;
        var query = null;

        function start() {
            box = document.getElementById("composer");
            if (!box) {
                return;
            }
            list = document.createElement("ul");
            list.id = "mention-suggestions";
            list.className = "mention-suggestions";
            list.setAttribute("role", "listbox");
            list.setAttribute("aria-label", parleyTexts.t("mention.label"));
            list.hidden = true;
            box.parentNode.insertBefore(list, box);
            // a textarea may not carry aria-expanded (axe: aria-allowed-attr); the list's options are announced through
            // aria-activedescendant while it is open
            box.setAttribute("aria-autocomplete", "list");
            box.setAttribute("aria-controls", list.id);
            box.addEventListener("input", update);
            box.addEventListener("click", update);
            box.addEventListener("blur", function () { window.setTimeout(close, 150); });
            // capture: the keys that choose must not also send the message (parley.js listens on the box)
            document.addEventListener("keydown", onKey, true);
            list.addEventListener("mousedown", function (event) {
                var option = event.target.closest ? event.target.closest("li[data-index]") : null;
                if (option) {
                    event.preventDefault();
                    choose(parseInt(option.getAttribute("data-index"), 10));
                }
            });
        }

        /**
         * The members of the channel, as the member list on the page has them now (read at each lookup: the
         * list changes live, as members join, leave or finish loading).
         */
        function members() {
            var candidates = [];
            var items = document.querySelectorAll("#member-list li.member[data-username]");
            for (var i = 0; i < items.length; i++) {
                var nameElement = items[i].querySelector(".member-name");
                candidates.push({
                    username: items[i].getAttribute("data-username"),
                    name: nameElement ? nameElement.textContent : items[i].getAttribute("data-username"),
                    id: items[i].getAttribute("data-user-id")
                });
            }
            return candidates;
        }

        /** The "@letters" just before the caret, or null. */
        function currentQuery() {
            if (box.selectionStart !== box.selectionEnd) {
                return null;
            }
            var before = box.value.slice(0, box.selectionStart);
            var m = /(^|[^\w.@-])@([A-Za-z0-9_.-]{0,32})$/.exec(before);
            return m ? {text: m[2], start: box.selectionStart - m[2].length - 1} : null;
        }

        function update() {
            query = currentQuery();
            if (!query) {
                close();
                return;
            }
            var q = query.text.toLowerCase();
            shown = members().filter(function (c) {
                return c.username.toLowerCase().indexOf(q) === 0 || c.name.toLowerCase().indexOf(q) === 0;
            }).slice(0, MAX);
            if (!shown.length) {
                close();
                return;
            }
            active = 0;
            render();
        }

        function render() {
            while (list.firstChild) {
                list.removeChild(list.firstChild);
            }
            shown.forEach(function (c, i) {
                var option = document.createElement("li");
                option.id = "mention-option-" + i;
                option.setAttribute("role", "option");
                option.setAttribute("data-index", String(i));
                option.setAttribute("aria-selected", i === active ? "true" : "false");
                if (i === active) {
                    option.className = "active";
                }
                var name = document.createElement("span");
                name.className = "suggestion-name";
                name.textContent = c.name;
                var username = document.createElement("span");
                username.className = "suggestion-username";
                username.textContent = "@" + c.username;
                option.appendChild(name);
                option.appendChild(username);
                list.appendChild(option);
            });
            list.hidden = false;
            box.setAttribute("aria-activedescendant", "mention-option-" + active);
        }

        function close() {
            if (!list || list.hidden) {
                return;
            }
            list.hidden = true;
            shown = [];
            box.removeAttribute("aria-activedescendant");
        }

        function onKey(event) {
            if (event.target !== box || !list || list.hidden || !shown.length || event.isComposing) {
                return;
            }
            var handled = true;
            if (event.key === "ArrowDown") {
                active = (active + 1) % shown.length;
                render();
            } else if (event.key === "ArrowUp") {
                active = (active - 1 + shown.length) % shown.length;
                render();
            } else if ((event.key === "Enter" && !event.shiftKey) || event.key === "Tab") {
                choose(active);
            } else if (event.key === "Escape") {
                close();
            } else {
                handled = false;
            }
            if (handled) {
                event.preventDefault();
                event.stopPropagation();
            }
        }

        /** Replaces "@letters" with "@username ". */
        function choose(index) {
            var c = shown[index];
            var q = currentQuery() || query;
            if (!c || !q) {
                close();
                return;
            }
            var insert = "@" + c.username + " ";
            var end = q.start + 1 + q.text.length;
            box.value = box.value.slice(0, q.start) + insert + box.value.slice(end);
            var caret = q.start + insert.length;
            box.setSelectionRange(caret, caret);
            close();
            box.focus();
            box.dispatchEvent(new Event("input", {bubbles: true}));
        }

        return {start: start};
    })();

    document.addEventListener("DOMContentLoaded", start);

    /** Paints the counts again, on lists the page has just re-rendered (server-live.js). */
    return {repaint: function () {
        paint();
    }};
})();
