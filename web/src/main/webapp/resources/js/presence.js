/*
 * Typing and presence on the chat page.
 *
 * - While the user types in the composer the server is told (parleyTyping), at most every 5 s;
 *   it tells the channel's viewers with a typing:user push, which this page shows under the
 *   message list ("Anna is typing…", "Anna and Ben are typing…", "Several people are typing…")
 *   for expiresInMs (8 s) after the last one for that person, or until their message arrives.
 *   Names come escaped from the server (TypingPushRenderer); the sentence around them is the page's
 *   language's (parleyTexts: typing.single, typing.pair, typing.several), put in as text.
 * - presence:user pushes (and presence:users, several at once) move a member's dot, and the member between the online and offline
 *   groups of the member list.
 * - After 10 minutes without input the page tells the server the user is idle (parleyAway), and
 *   that they are back at the next input (parleyBack).
 */
var parleyPresence = (function () {
    "use strict";

    var TYPING_EVERY_MS = 5000;
    var IDLE_AFTER_MS = 10 * 60 * 1000;
    var me = null;
    var channelId = null;
    var lastTypingSent = 0;
    var typists = {}; // userId -> {nameHtml, until}
    var expiryTimer = null;
    var lastInput = Date.now();
    var away = false;

    function start() {
        var app = document.getElementById("app");
        if (!app) {
            return;
        }
        me = app.getAttribute("data-user-id") || null;
        channelId = app.getAttribute("data-channel-id") || null;
        var box = document.getElementById("composer");
        if (box) {
            box.addEventListener("input", function () {
                if (box.value.trim()) {
                    typing();
                }
            });
            box.addEventListener("keydown", function (event) {
                if (event.key === "Enter" && !event.shiftKey) {
                    lastTypingSent = 0; // sent: typing again is news at once
                }
            });
        }
        ["keydown", "mousedown", "mousemove", "wheel", "touchstart", "focus"].forEach(function (name) {
            window.addEventListener(name, input, {passive: true, capture: true});
        });
        window.setInterval(checkIdle, 30 * 1000);
    }

    function typing() {
        var now = Date.now();
        if (now - lastTypingSent < TYPING_EVERY_MS || typeof window.parleyTyping !== "function") {
            return;
        }
        lastTypingSent = now;
        window.parleyTyping();
    }

    function input() {
        lastInput = Date.now();
        if (away) {
            away = false;
            if (typeof window.parleyBack === "function") {
                window.parleyBack();
            }
        }
    }

    function checkIdle() {
        if (!away && Date.now() - lastInput >= IDLE_AFTER_MS && typeof window.parleyAway === "function") {
            away = true;
            window.parleyAway();
        }
    }

    /** A push notice; true when it was typing or presence (nothing else to do with it). */
    function onLive(notice) {
        if (notice.event === "typing:user") {
            if (notice.channelId === channelId && notice.userId && notice.userId !== me) {
                var ms = parseInt(notice.expiresInMs, 10) || 8000;
                typists[notice.userId] = {nameHtml: notice.nameHtml || "", until: Date.now() + ms};
                showTyping();
            }
            return true;
        }
        if (notice.event === "presence:user") {
            moveMember(notice.userId, notice.status);
            return true;
        }
        if (notice.event === "presence:users") {
            eachChange(notice, moveMember);
            return true;
        }
        if (notice.event === "message:new" && notice.channelId === channelId && notice.authorId
                && typists[notice.authorId]) {
            delete typists[notice.authorId];
            showTyping();
        }
        return false;
    }

    /** Calls back with each user and status of a presence:users notice ("id=status id=status"). */
    function eachChange(notice, callback) {
        String(notice.changes || "").split(" ").forEach(function (pair) {
            var at = pair.indexOf("=");
            if (at > 0) {
                callback(pair.slice(0, at), pair.slice(at + 1));
            }
        });
    }

    function showTyping() {
        var now = Date.now();
        var names = [];
        var next = Infinity;
        Object.keys(typists).forEach(function (id) {
            if (typists[id].until <= now) {
                delete typists[id];
            } else {
                names.push(typists[id].nameHtml);
                next = Math.min(next, typists[id].until);
            }
        });
        var line = document.getElementById("typing");
        if (line) {
            line.textContent = "";
            if (names.length === 1) {
                line.appendChild(parley.words("typing.single", [bold(names[0])]));
            } else if (names.length === 2) {
                line.appendChild(parley.words("typing.pair", [bold(names[0]), bold(names[1])]));
            } else if (names.length > 2) {
                line.textContent = parleyTexts.t("typing.several");
            }
        }
        if (expiryTimer) {
            window.clearTimeout(expiryTimer);
            expiryTimer = null;
        }
        if (next !== Infinity) {
            expiryTimer = window.setTimeout(showTyping, next - now + 10);
        }
    }

    /** A name in bold; the server escaped it (TypingPushRenderer), so it goes in as the markup of text. */
    function bold(nameHtml) {
        var strong = document.createElement("strong");
        strong.innerHTML = nameHtml;
        return strong;
    }

    var STATUSES = ["online", "idle", "dnd", "offline"];

    function moveMember(userId, status) {
        if (!userId || STATUSES.indexOf(status) < 0) {
            return;
        }
        var item = document.querySelector("#member-list li.member[data-user-id='" + userId.replace(/[^0-9a-f-]/gi, "") + "']");
        if (!item) {
            return; // not a member who may see this channel (or joined after the page loaded)
        }
        item.setAttribute("data-status", status);
        var dot = item.querySelector(".presence-dot");
        if (dot) {
            dot.className = "presence-dot status-" + status;
            dot.title = parleyTexts.t("status." + status);
        }
        var group = document.getElementById(status === "offline" ? "members-offline" : "members-online");
        if (group && item.parentNode !== group) {
            var key = item.getAttribute("data-sort") || "";
            var before = null;
            for (var other = group.firstElementChild; other; other = other.nextElementSibling) {
                if ((other.getAttribute("data-sort") || "") > key) {
                    before = other;
                    break;
                }
            }
            group.insertBefore(item, before);
        }
        count("members-online", "online-count");
        count("members-offline", "offline-count");
    }

    function count(groupId, counterId) {
        var group = document.getElementById(groupId);
        var counter = document.getElementById(counterId);
        if (group && counter) {
            counter.textContent = parleyTexts.number(group.children.length);
        }
    }

    document.addEventListener("DOMContentLoaded", start);

    return {onLive: onLive, eachChange: eachChange};
})();
