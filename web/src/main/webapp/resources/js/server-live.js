/*
 * The chat page follows changes of who may see what, live:
 *
 * - member:remove of the reader (left on another page, kicked, banned): the server leaves the rail;
 *   if it is the server on screen, the chat gives way to a sentence saying what happened and a way on.
 * - server:delete: the server leaves the rail; if it is the server on screen, the chat says it was deleted.
 * - member:remove of someone else in the server on screen: they leave its member list.
 * - A change that may change what the reader sees (a channel created, changed or deleted, a role
 *   changed, an overwrite, the reader's own roles or time-out, the server's name): the server rail,
 *   the channel list and the member list are loaded again (parleyPlaceRefresh), a moment later and
 *   once for a burst, each page at a slightly different moment so a thousand pages do not ask at once.
 *   If the channel (or the server) on screen is no longer the reader's to see, the page says so and
 *   goes to the server's first channel (or the first server).
 *
 * Names are put in as text, never as HTML; the sentences are the page's language's (parleyTexts).
 */
var parleyServerLive = (function () {
    "use strict";

    var CHANGES = ["channel:create", "channel:update", "channel:delete", "channel:permissions", "role:create",
        "role:update", "role:delete", "server:update", "member:join"];
    var me = null;
    var serverId = null;
    var timer = null;
    var removed = false;

    function start() {
        var app = document.getElementById("app");
        if (!app || typeof parley === "undefined") {
            return;
        }
        me = app.getAttribute("data-user-id") || null;
        serverId = app.getAttribute("data-server-id") || null;
        parley.on("member:remove", onRemove);
        parley.on("server:delete", onDelete);
        parley.on("member:update", function (notice) {
            if (notice.userId === me) {
                changed();
            }
        });
        CHANGES.forEach(function (event) {
            parley.on(event, function (notice) {
                // a newcomer changes the member list only; one's own join (another page) the rail too
                if (event !== "member:join" || notice.serverId === serverId) {
                    changed();
                }
            });
        });
    }

    function onRemove(notice) {
        if (notice.userId === me) {
            dropServerIcon(notice.serverId);
            if (notice.serverId === serverId) {
                leave(notice.reason);
            }
            return;
        }
        if (notice.serverId === serverId) {
            dropMember(notice.userId);
        }
    }

    /** The owner deleted a server: it leaves the rail; if it is on screen, the chat says so. */
    function onDelete(notice) {
        dropServerIcon(notice.serverId);
        if (notice.serverId === serverId) {
            leave("deleted");
        }
    }

    function dropServerIcon(id) {
        var icons = document.querySelectorAll(".server-rail [data-server-id]");
        for (var i = 0; i < icons.length; i++) {
            if (icons[i].getAttribute("data-server-id") === id) {
                icons[i].parentNode.removeChild(icons[i]);
            }
        }
    }

    function dropMember(userId) {
        var items = document.querySelectorAll("#member-list li.member[data-user-id]");
        for (var i = 0; i < items.length; i++) {
            if (items[i].getAttribute("data-user-id") === userId) {
                items[i].parentNode.removeChild(items[i]);
            }
        }
        count("members-online", "online-count");
        count("members-offline", "offline-count");
    }

    function count(listId, countId) {
        var list = document.getElementById(listId);
        var shown = document.getElementById(countId);
        if (list && shown) {
            shown.textContent = parleyTexts.number(list.querySelectorAll("li.member").length);
        }
    }

    /** The reader is no longer a member of the server on screen: the chat gives way to a sentence. */
    function leave(reason) {
        removed = true;
        var nameNode = document.getElementById("server-name");
        var name = nameNode ? nameNode.textContent : "";
        var why = reason === "banned" || reason === "kicked" || reason === "deleted" ? reason : "left";
        var chat = document.querySelector(".chat-column");
        if (chat) {
            while (chat.firstChild) {
                chat.removeChild(chat.firstChild);
            }
            var state = document.createElement("section");
            state.className = "empty-state removed-state";
            state.id = "removed";
            state.setAttribute("role", "alert");
            var heading = document.createElement("h2");
            heading.textContent = name ? parleyTexts.t("removed." + why, name) : parleyTexts.t("removed." + why + ".here");
            var more = document.createElement("p");
            more.className = "muted";
            more.textContent = why === "left" ? "" : parleyTexts.t("removed." + why + ".more");
            var on = document.createElement("a");
            on.id = "removed-continue";
            on.href = (document.getElementById("message-actions-form") || {getAttribute: function () {
                return "";
            }}).getAttribute("data-context-path") + "/";
            on.textContent = parleyTexts.t("removed.continue");
            state.appendChild(heading);
            if (more.textContent) {
                state.appendChild(more);
            }
            state.appendChild(on);
            chat.appendChild(state);
        }
        var members = document.getElementById("member-list");
        if (members) {
            members.parentNode.removeChild(members);
        }
        var channels = document.getElementById("channel-list");
        if (channels) {
            channels.parentNode.removeChild(channels);
        }
    }

    /** Something that may change what the reader sees: load the lists again soon, once for a burst. */
    function changed() {
        if (removed || timer || typeof window.parleyPlaceRefresh !== "function") {
            return;
        }
        timer = setTimeout(function () {
            timer = null;
            window.parleyPlaceRefresh();
        }, 150 + Math.floor(Math.random() * 350));
    }

    /** After the lists were loaded again: repaint the badges, and leave a place that is gone. */
    function refreshed(args) {
        if (window.parleyUnread && window.parleyUnread.repaint) {
            window.parleyUnread.repaint();
        }
        var timeout = document.getElementById("timeout-area");
        if (timeout) {
            parley.rendered(timeout); // the time-out line in the reader's zone and language
        }
        if (!args || removed) {
            return;
        }
        if (args.serverGone || args.channelGone) {
            var title = document.getElementById("channel-title");
            var notice = document.createElement("div");
            notice.id = "place-gone";
            notice.className = "place-gone";
            notice.setAttribute("role", "alert");
            notice.textContent = args.serverGone ? parleyTexts.t("gone.server")
                : title ? parleyTexts.t("gone.channel", title.textContent) : parleyTexts.t("gone.channel.here");
            var chat = document.querySelector(".chat-column");
            if (chat) {
                chat.insertBefore(notice, chat.firstChild);
            }
            var base = (document.getElementById("message-actions-form") || {getAttribute: function () {
                return "";
            }}).getAttribute("data-context-path") || "";
            setTimeout(function () {
                window.location.assign(base + "/" + (args.next || ""));
            }, 1500);
        }
    }

    document.addEventListener("DOMContentLoaded", start);

    return {refreshed: refreshed};
})();
