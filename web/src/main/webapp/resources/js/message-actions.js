/*
 * What one does to a message on the chat page: the action bar a message shows while hovered or
 * focused (Reply, Add reaction, Edit, Pin/Unpin, Copy link, Delete), the inline editor (Enter
 * saves, Shift+Enter starts a new line, Escape cancels; Up arrow in the empty composer edits one's
 * last message), replying ("Replying to …" above the composer, × or Escape cancels), the delete
 * confirmation (Shift+click skips it), the reaction chips and the emoji picker, and the pins panel
 * (each pin's Jump goes to it in the list when it is loaded there, else to its message link). The
 * keys on a focused message (message-keys.js) take the same actions through act().
 *
 * Which actions a reader sees is decided here, from what the page was given: the reader's id
 * (#app[data-user-id]), their flags in this channel (#message-actions-form[data-can-manage-messages],
 * [data-can-pin], rendered once per page load) and each message's author (li[data-author-id]).
 * Nothing is rendered per reader on the way to many pages; the server decides every action again
 * and a refusal shows as its sentence. The actions are p:remoteCommands of that form, answered in
 * order through done(args). What changed reaches every page of the channel as a push notice
 * (message:update, message:delete, message:pin, reaction:add, reaction:remove). Nothing a user
 * typed is put into the page as markup: text goes in as text, rendered messages only as the
 * server's items parsed in a <template>. The words are the page's language's (parleyTexts,
 * i18n/chat-script*.properties).
 */
var parleyActions = (function () {
    "use strict";

    /** The picker's emoji, each with the key of the name it is found and announced by (emoji.* of the page's texts). */
    var EMOJI = [
        ["\u{1F44D}", "thumbsUp"], ["\u{1F44E}", "thumbsDown"], ["\u2764\uFE0F", "redHeart"],
        ["\u{1F602}", "tearsOfJoy"], ["\u{1F604}", "grinningSmilingEyes"],
        ["\u{1F642}", "slightlySmiling"], ["\u{1F60A}", "smilingEyes"],
        ["\u{1F60D}", "heartEyes"], ["\u{1F605}", "sweat"],
        ["\u{1F923}", "rofl"], ["\u{1F609}", "wink"],
        ["\u{1F60E}", "sunglasses"], ["\u{1F914}", "thinking"],
        ["\u{1F62E}", "openMouth"], ["\u{1F62C}", "grimacing"], ["\u{1F622}", "crying"],
        ["\u{1F62D}", "sobbing"], ["\u{1F621}", "angry"], ["\u{1F92F}", "explodingHead"],
        ["\u{1F973}", "partying"], ["\u{1F634}", "sleeping"], ["\u{1F440}", "eyes"],
        ["\u{1F64F}", "foldedHands"], ["\u{1F44F}", "clapping"], ["\u{1F64C}", "raisingHands"],
        ["\u{1F44B}", "waving"], ["\u{1F4AA}", "biceps"], ["\u{1F91D}", "handshake"],
        ["\u{1F937}", "shrugging"], ["\u{1F389}", "partyPopper"], ["\u{1F525}", "fire"],
        ["\u2728", "sparkles"], ["\u2B50", "star"], ["\u{1F4AF}", "hundred"], ["\u2705", "checkMark"],
        ["\u274C", "crossMark"], ["\u26A0\uFE0F", "warning"], ["\u{1F680}", "rocket"], ["\u{1F4A1}", "lightBulb"],
        ["\u{1F41B}", "bug"], ["\u2615", "hotBeverage"], ["\u{1F355}", "pizza"], ["\u{1F4CC}", "pushpin"]
    ];
    /** Columns of the picker's grid: Up and Down move by a row. */
    var COLUMNS = 8;

    var me = null;
    var serverId = null;
    var channelId = null;
    var canManage = false;
    var canPin = false;
    var canThread = false;
    var contextPath = "";
    /** What to do with each remote command's answer, in the order they were sent (the ajax queue keeps it). */
    var pending = [];
    var replyingTo = null;
    var editing = null;
    var picker = null;
    var pins = null;
    var statusTimer = null;

    function start() {
        var app = document.getElementById("app");
        var form = document.getElementById("message-actions-form");
        if (!app || !form || !window.parley) {
            return;
        }
        me = app.getAttribute("data-user-id");
        serverId = app.getAttribute("data-server-id");
        channelId = app.getAttribute("data-channel-id");
        canManage = form.getAttribute("data-can-manage-messages") === "true";
        canPin = form.getAttribute("data-can-pin") === "true";
        canThread = form.getAttribute("data-can-thread") === "true";
        contextPath = form.getAttribute("data-context-path") || "";
        document.addEventListener("mouseover", onEnter);
        document.addEventListener("focusin", onEnter);
        document.addEventListener("click", onClick);
        document.addEventListener("keydown", onKey);
        document.addEventListener("mousedown", onPress);
        var composer = document.getElementById("composer");
        if (composer) {
            composer.addEventListener("keydown", onComposerKey);
            composer.addEventListener("parley:send", onSend);
        }
        watch();
        addPinsButton();
        parley.on("reaction:add", onReaction);
        parley.on("reaction:remove", onReaction);
        parley.on("message:pin", onPin);
        parley.on("message:delete", onDelete);
        parley.on("message:update", onUpdate);
    }

    // ---------- talking to the server ----------

    function call(command, params, then) {
        if (typeof window[command] !== "function") {
            return;
        }
        pending.push(then || null);
        window[command](params);
    }

    /** oncomplete of every remote command of the form. */
    function done(args) {
        var then = pending.shift();
        if (then) {
            then(args || {});
        }
    }

    function idParam(id) {
        return {name: "messageId", value: id};
    }

    // ---------- the action bar ----------

    function itemOf(node) {
        return node && node.closest ? node.closest("#messages li.message[data-message-id]") : null;
    }

    function onEnter(event) {
        var item = itemOf(event.target);
        if (item && !item.querySelector(":scope > .message-actions")) {
            item.appendChild(actionBar(item));
        }
    }

    /** The actions this reader may take on the message. */
    function actionBar(item) {
        var mine = me && item.getAttribute("data-author-id") === me;
        var bar = document.createElement("div");
        bar.className = "message-actions";
        bar.setAttribute("role", "toolbar");
        bar.setAttribute("aria-label", parleyTexts.t("actions.label"));
        bar.appendChild(actionButton("reply", "pi-reply"));
        bar.appendChild(actionButton("react", "pi-face-smile"));
        if (mine) {
            bar.appendChild(actionButton("edit", "pi-pencil"));
        }
        if (canPin) {
            bar.appendChild(item.getAttribute("data-pinned") === "true" ? actionButton("unpin", "pi-bookmark-fill")
                : actionButton("pin", "pi-bookmark"));
        }
        if (canThread) {
            bar.appendChild(actionButton("thread", "pi-comments"));
        }
        bar.appendChild(actionButton("link", "pi-link"));
        if (mine || canManage) {
            bar.appendChild(actionButton("delete", "pi-trash"));
        }
        return bar;
    }

    /** A button of the bar, named by the page's text action.<action>. */
    function actionButton(action, icon) {
        var label = parleyTexts.t("action." + action);
        var button = document.createElement("button");
        button.type = "button";
        button.className = "message-action action-" + action;
        button.setAttribute("data-action", action);
        button.setAttribute("aria-label", label);
        button.title = label;
        var glyph = document.createElement("span");
        glyph.className = "pi " + icon;
        glyph.setAttribute("aria-hidden", "true");
        button.appendChild(glyph);
        return button;
    }

    /** The pin state changed: the bar is built again the next time (or now, if it is there). */
    function renewBar(item) {
        var bar = item.querySelector(":scope > .message-actions");
        if (bar) {
            var focused = bar.contains(document.activeElement);
            var fresh = actionBar(item);
            item.replaceChild(fresh, bar);
            if (focused) {
                var again = fresh.querySelector(".action-pin, .action-unpin");
                (again || item).focus();
            }
        }
    }

    function onClick(event) {
        var target = event.target;
        if (!target || !target.closest) {
            return;
        }
        var action = target.closest("#messages .message-actions button[data-action]");
        if (action) {
            event.preventDefault();
            act(action.getAttribute("data-action"), itemOf(action), action, event.shiftKey);
            return;
        }
        var chip = target.closest("#messages .reactions button.reaction[data-emoji]");
        if (chip) {
            event.preventDefault();
            var item = itemOf(chip);
            react(item.getAttribute("data-message-id"), chip.getAttribute("data-emoji"), !chip.classList.contains("mine"));
        }
    }

    function act(action, item, button, shift) {
        if (!item) {
            return;
        }
        switch (action) {
            case "reply":
                reply(item);
                break;
            case "react":
                openPicker(item, button);
                break;
            case "edit":
                edit(item);
                break;
            case "delete":
                if (shift) {
                    remove(item.getAttribute("data-message-id"));
                } else {
                    confirmDelete(item, button);
                }
                break;
            case "pin":
            case "unpin":
                pin(item, action === "pin");
                break;
            case "link":
                copyLink(item);
                break;
            case "thread":
                askThreadName(item, button);
                break;
            default:
                break;
        }
    }

    // ---------- keyboard ----------

    function onComposerKey(event) {
        var box = event.target;
        if (event.key === "Escape" && replyingTo) {
            event.preventDefault();
            cancelReply();
        } else if (event.key === "ArrowUp" && !box.value && !event.shiftKey && !event.altKey && !event.ctrlKey
                && !event.metaKey) {
            var last = lastOwnMessage();
            if (last) {
                event.preventDefault();
                edit(last);
            }
        }
    }

    function onKey(event) {
        if (event.key !== "Escape") {
            return;
        }
        if (picker) {
            event.preventDefault();
            closePicker(true);
        } else if (pins && pins.panel.contains(document.activeElement)) {
            event.preventDefault();
            closePins(true);
        }
    }

    /** A press outside the picker closes it. */
    function onPress(event) {
        if (picker && !picker.panel.contains(event.target) && event.target !== picker.anchor
                && !(picker.anchor.contains && picker.anchor.contains(event.target))) {
            closePicker(false);
        }
    }

    function lastOwnMessage() {
        var items = document.querySelectorAll("#messages li.message[data-message-id]");
        for (var i = items.length - 1; i >= 0; i--) {
            if (me && items[i].getAttribute("data-author-id") === me) {
                return items[i];
            }
        }
        return null;
    }

    // ---------- reply ----------

    function reply(item) {
        var author = item.querySelector(".message-author");
        replyingTo = {id: item.getAttribute("data-message-id"), name: author ? author.textContent : ""};
        var form = document.getElementById("composer-form");
        if (!form) {
            return;
        }
        var bar = document.getElementById("reply-bar");
        if (!bar) {
            bar = document.createElement("div");
            bar.id = "reply-bar";
            bar.className = "reply-bar";
            form.parentNode.insertBefore(bar, form);
        }
        while (bar.firstChild) {
            bar.removeChild(bar.firstChild);
        }
        var text = document.createElement("span");
        if (replyingTo.name) {
            var name = document.createElement("strong");
            name.className = "reply-to-name";
            name.textContent = replyingTo.name;
            text.appendChild(parley.words("reply.to", [name]));
        } else {
            text.textContent = parleyTexts.t("reply.toMessage");
        }
        var cancel = document.createElement("button");
        cancel.type = "button";
        cancel.className = "reply-cancel";
        cancel.setAttribute("aria-label", parleyTexts.t("reply.cancel"));
        cancel.title = parleyTexts.t("reply.cancel.title");
        cancel.textContent = "\u00D7";
        cancel.addEventListener("click", function () {
            cancelReply();
        });
        bar.appendChild(text);
        bar.appendChild(cancel);
        var composer = document.getElementById("composer");
        if (composer) {
            composer.focus();
        }
    }

    function cancelReply() {
        replyingTo = null;
        var bar = document.getElementById("reply-bar");
        if (bar) {
            bar.parentNode.removeChild(bar);
        }
        var composer = document.getElementById("composer");
        if (composer) {
            composer.focus();
        }
    }

    /** The composer sends: a reply names the message it answers. */
    function onSend(event) {
        if (replyingTo && event.detail && event.detail.params) {
            event.detail.params.push({name: "replyTo", value: replyingTo.id});
            cancelReply();
        }
    }

    // ---------- edit ----------

    function edit(item) {
        closeEditor();
        var id = item.getAttribute("data-message-id");
        call("parleyMessageSource", [idParam(id)], function (args) {
            var shown = parley.item(id);
            if (args.ok && shown) {
                openEditor(shown, id, args.content || "");
            }
        });
    }

    function openEditor(item, id, text) {
        closeEditor();
        var content = item.querySelector(".message-content");
        if (!content) {
            return;
        }
        var box = document.createElement("div");
        box.className = "message-editor";
        var area = document.createElement("textarea");
        area.className = "message-editor-input";
        area.maxLength = 4000;
        area.value = text;
        area.setAttribute("aria-label", parleyTexts.t("editor.label"));
        var hint = document.createElement("div");
        hint.className = "editor-hint";
        hint.appendChild(parley.words("editor.hint", [
            linkButton(parleyTexts.t("editor.cancel"), "editor-cancel", function () { closeEditor(true); }),
            linkButton(parleyTexts.t("editor.save"), "editor-save", function () { save(); })]));
        box.appendChild(area);
        box.appendChild(hint);
        content.hidden = true;
        content.parentNode.insertBefore(box, content.nextSibling);
        item.classList.add("editing");
        editing = {item: item, id: id, content: content, box: box, area: area, original: text};
        area.addEventListener("keydown", function (event) {
            if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
                event.preventDefault();
                save();
            } else if (event.key === "Escape") {
                event.preventDefault();
                event.stopPropagation();
                closeEditor(true);
            }
        });
        area.addEventListener("input", function () { parley.fit(area); });
        parley.fit(area);
        area.focus();
        area.setSelectionRange(text.length, text.length);
    }

    function linkButton(text, className, then) {
        var button = document.createElement("button");
        button.type = "button";
        button.className = "link-button " + className;
        button.textContent = text;
        button.addEventListener("click", then);
        return button;
    }

    function save() {
        if (!editing) {
            return;
        }
        var current = editing;
        var text = current.area.value;
        if (!text.trim()) {
            // as in Discord: saving nothing asks to delete the message
            closeEditor(false);
            confirmDelete(current.item, null);
            return;
        }
        if (text === current.original) {
            closeEditor(true);
            return;
        }
        current.area.setAttribute("aria-busy", "true");
        call("parleyEditMessage", [idParam(current.id), {name: "content", value: text}], function (args) {
            if (editing !== current) {
                return;
            }
            current.area.removeAttribute("aria-busy");
            if (args.ok) {
                closeEditor(true);
                if (args.html) {
                    parley.replace(current.id, args.html);
                }
            } else {
                current.area.focus();
            }
        });
    }

    function closeEditor(backToComposer) {
        if (!editing) {
            return;
        }
        var was = editing;
        editing = null;
        if (was.box.parentNode) {
            was.box.parentNode.removeChild(was.box);
        }
        was.content.hidden = false;
        was.item.classList.remove("editing");
        var composer = document.getElementById("composer");
        if (backToComposer && composer) {
            composer.focus();
        }
    }

    // ---------- dialogs: a thread's name, the delete question ----------

    /**
     * A modal dialog titled {@code titleText} holding {@code parts}, then a Cancel button and {@code confirm}; it
     * is gone once closed (Escape, Cancel), and the focus goes back to {@code from} (or the composer) unless
     * whoever closed it marked it {@code data-keep-focus} (something else took the focus).
     */
    function openDialog(id, titleText, parts, confirm, from) {
        var dialog = document.createElement("dialog");
        dialog.className = "confirm-dialog";
        dialog.id = id;
        dialog.setAttribute("aria-labelledby", id + "-title");
        var title = document.createElement("h2");
        title.id = id + "-title";
        title.textContent = titleText;
        var buttons = document.createElement("div");
        buttons.className = "dialog-buttons";
        var cancel = dialogButton(parleyTexts.t("dialog.cancel"), "dialog-cancel");
        cancel.addEventListener("click", function () { dialog.close(); });
        buttons.appendChild(cancel);
        buttons.appendChild(confirm);
        [title].concat(parts, [buttons]).forEach(function (part) { dialog.appendChild(part); });
        dialog.addEventListener("close", function () {
            if (dialog.parentNode) {
                dialog.parentNode.removeChild(dialog);
            }
            var back = from && from.isConnected ? from : document.getElementById("composer");
            if (back && dialog.getAttribute("data-keep-focus") !== "true") {
                back.focus();
            }
        });
        document.body.appendChild(dialog);
        dialog.showModal();
        return dialog;
    }

    function dialogButton(text, className) {
        var button = document.createElement("button");
        button.type = "button";
        button.className = className;
        button.textContent = text;
        return button;
    }

    /** Asks for the new thread's name (the message's first words to start with), then starts it and opens it. */
    function askThreadName(item, from) {
        var id = item.getAttribute("data-message-id");
        var content = item.querySelector(".message-content");
        var label = document.createElement("label");
        label.setAttribute("for", "thread-name");
        label.textContent = parleyTexts.t("thread.name");
        var input = document.createElement("input");
        input.id = "thread-name";
        input.type = "text";
        input.maxLength = 100;
        input.value = (content ? content.textContent : "").replace(/\s+/g, " ").trim().slice(0, 40);
        var error = document.createElement("p");
        error.className = "dialog-error";
        error.setAttribute("role", "alert");
        var create = dialogButton(parleyTexts.t("thread.create"), "dialog-primary");
        create.id = "thread-create";
        var start = function () {
            if (!input.value.trim()) {
                error.textContent = parleyTexts.t("thread.nameMissing");
                input.focus();
                return;
            }
            create.disabled = true;
            call("parleyStartThread", [idParam(id), {name: "name", value: input.value}], function (args) {
                create.disabled = false;
                if (args.ok && args.threadId && window.parleyThreadPanel && parleyThreadPanel.available()) {
                    // beside the channel (thread-panel.js), which takes the focus from here on
                    dialog.setAttribute("data-keep-focus", "true");
                    dialog.close();
                    parleyThreadPanel.open(args.threadId, args.name);
                } else if (args.ok && args.url) {
                    window.location.assign(args.url);
                } else {
                    error.textContent = args.error || parleyTexts.t("thread.failed");
                }
            });
        };
        create.addEventListener("click", start);
        input.addEventListener("keydown", function (event) {
            if (event.key === "Enter" && !event.isComposing) {
                event.preventDefault();
                start();
            }
        });
        var dialog = openDialog("thread-dialog", parleyTexts.t("thread.create"), [label, input, error], create, from);
        input.select();
    }

    function confirmDelete(item, from) {
        var id = item.getAttribute("data-message-id");
        var question = document.createElement("p");
        question.textContent = parleyTexts.t("delete.question");
        var preview = document.createElement("blockquote");
        preview.className = "delete-preview";
        var author = item.querySelector(".message-author");
        var content = item.querySelector(".message-content");
        var who = document.createElement("strong");
        who.textContent = author ? author.textContent : "";
        var what = document.createElement("div");
        what.textContent = content ? content.textContent : "";
        preview.appendChild(who);
        preview.appendChild(what);
        var tip = document.createElement("p");
        tip.className = "muted tip";
        tip.textContent = parleyTexts.t("delete.tip");
        var confirm = dialogButton(parleyTexts.t("delete.confirm"), "dialog-danger");
        var dialog = openDialog("delete-dialog", parleyTexts.t("delete.title"), [question, preview, tip], confirm, from);
        confirm.addEventListener("click", function () {
            dialog.close();
            remove(id);
        });
        confirm.focus();
    }

    function remove(id) {
        call("parleyDeleteMessage", [idParam(id)], function (args) {
            var shown = args.ok ? parley.item(id) : null;
            if (shown) {
                shown.parentNode.removeChild(shown);
            }
        });
    }

    /** A message went (pushed): a reply to it or an edit of it can't go on, and it is no longer pinned. */
    function onDelete(notice) {
        if (notice.channelId !== channelId) {
            return;
        }
        if (pinsShow(notice.messageId)) {
            loadPins();
        }
        if (replyingTo && replyingTo.id === notice.messageId) {
            cancelReply();
            say(parleyTexts.t("reply.gone"));
        }
        if (editing && editing.id === notice.messageId) {
            closeEditor(true);
        }
    }

    // ---------- reactions ----------

    function react(messageId, emoji, add) {
        call(add ? "parleyReact" : "parleyUnreact", [idParam(messageId), {name: "emoji", value: emoji}]);
    }

    /** reaction:add, reaction:remove {messageId, emoji, userId, count}: the chip shows the new count. */
    function onReaction(notice) {
        if (notice.channelId !== channelId) {
            return;
        }
        var item = parley.item(notice.messageId);
        var count = parseInt(notice.count, 10);
        if (!item || isNaN(count) || typeof notice.emoji !== "string") {
            return;
        }
        var mine = me && notice.userId === me ? notice.event === "reaction:add" : null;
        setChip(item, notice.emoji, count, mine);
    }

    function chipOf(item, emoji) {
        var chips = item.querySelectorAll(".reactions button.reaction[data-emoji]");
        for (var i = 0; i < chips.length; i++) {
            if (chips[i].getAttribute("data-emoji") === emoji) {
                return chips[i];
            }
        }
        return null;
    }

    function setChip(item, emoji, count, mine) {
        var body = item.querySelector(".message-body");
        if (!body) {
            return;
        }
        var row = body.querySelector(":scope > .reactions");
        var chip = chipOf(item, emoji);
        if (count <= 0) {
            if (chip) {
                chip.parentNode.removeChild(chip);
            }
            if (row && !row.children.length) {
                row.parentNode.removeChild(row);
            }
            return;
        }
        if (!chip) {
            if (!row) {
                row = document.createElement("div");
                row.className = "reactions";
                body.appendChild(row);
            }
            chip = document.createElement("button");
            chip.type = "button";
            chip.className = "reaction";
            chip.setAttribute("data-emoji", emoji);
            chip.setAttribute("aria-pressed", "false");
            var glyph = document.createElement("span");
            glyph.className = "reaction-emoji";
            glyph.textContent = emoji;
            var number = document.createElement("span");
            number.className = "reaction-count";
            chip.appendChild(glyph);
            chip.appendChild(number);
            row.appendChild(chip);
        }
        chip.querySelector(".reaction-count").textContent = String(count);
        if (mine !== null) {
            chip.classList.toggle("mine", mine);
            chip.setAttribute("aria-pressed", String(mine));
        }
    }

    // ---------- the emoji picker ----------

    function openPicker(item, anchor) {
        closePicker(false);
        var id = item.getAttribute("data-message-id");
        var panel = document.createElement("div");
        panel.id = "emoji-picker";
        panel.className = "emoji-picker";
        panel.setAttribute("role", "dialog");
        panel.setAttribute("aria-label", parleyTexts.t("picker.label"));
        var search = document.createElement("input");
        search.type = "search";
        search.className = "emoji-search";
        search.placeholder = parleyTexts.t("picker.search");
        search.setAttribute("aria-label", parleyTexts.t("picker.search"));
        var grid = document.createElement("div");
        grid.className = "emoji-grid";
        var none = document.createElement("p");
        none.className = "emoji-none muted";
        none.textContent = parleyTexts.t("picker.none");
        none.hidden = true;
        EMOJI.forEach(function (entry) {
            var name = parleyTexts.t("emoji." + entry[1]);
            var option = document.createElement("button");
            option.type = "button";
            option.className = "emoji-option";
            option.setAttribute("data-emoji", entry[0]);
            option.setAttribute("data-name", searchable(name));
            option.setAttribute("aria-label", name);
            option.title = name;
            option.textContent = entry[0];
            grid.appendChild(option);
        });
        panel.appendChild(search);
        panel.appendChild(grid);
        panel.appendChild(none);
        document.body.appendChild(panel);
        picker = {panel: panel, anchor: anchor, item: item, id: id};
        place(panel, anchor);

        search.addEventListener("input", function () {
            var words = searchable(search.value.trim());
            var shown = 0;
            var options = grid.children;
            for (var i = 0; i < options.length; i++) {
                var match = !words || options[i].getAttribute("data-name").indexOf(words) >= 0;
                options[i].hidden = !match;
                shown += match ? 1 : 0;
            }
            none.hidden = shown > 0;
        });
        search.addEventListener("keydown", function (event) {
            var first = visibleOptions(grid)[0];
            if (event.key === "Enter" && first) {
                event.preventDefault();
                choose(first);
            } else if (event.key === "ArrowDown" && first) {
                event.preventDefault();
                first.focus();
            }
        });
        grid.addEventListener("click", function (event) {
            var option = event.target.closest ? event.target.closest("button.emoji-option") : null;
            if (option) {
                choose(option);
            }
        });
        grid.addEventListener("keydown", function (event) {
            var options = visibleOptions(grid);
            var at = options.indexOf(document.activeElement);
            if (at < 0) {
                return;
            }
            var to = {ArrowRight: at + 1, ArrowLeft: at - 1, ArrowDown: at + COLUMNS, ArrowUp: at - COLUMNS,
                Home: 0, End: options.length - 1}[event.key];
            if (to === undefined) {
                return;
            }
            event.preventDefault();
            if (to < 0 && event.key === "ArrowUp") {
                search.focus();
            } else {
                options[Math.max(0, Math.min(options.length - 1, to))].focus();
            }
        });
        search.focus();
    }

    /** A name or what is typed to find it, compared without case (and with ё as е, as Russian is often typed). */
    function searchable(text) {
        return String(text).toLocaleLowerCase(parleyTexts.lang()).replace(/ё/g, "е");
    }

    function visibleOptions(grid) {
        return Array.prototype.filter.call(grid.children, function (option) { return !option.hidden; });
    }

    /** Picking the emoji one reacted with already takes it back, as clicking its chip does. */
    function choose(option) {
        if (!picker) {
            return;
        }
        var emoji = option.getAttribute("data-emoji");
        var item = parley.item(picker.id);
        var chip = item ? chipOf(item, emoji) : null;
        react(picker.id, emoji, !(chip && chip.classList.contains("mine")));
        closePicker(true);
    }

    function closePicker(refocus) {
        if (!picker) {
            return;
        }
        var was = picker;
        picker = null;
        if (was.panel.parentNode) {
            was.panel.parentNode.removeChild(was.panel);
        }
        if (refocus) {
            var back = was.anchor && was.anchor.isConnected ? was.anchor : parley.item(was.id);
            if (back) {
                back.focus();
            }
            // the bar's button is hidden again once neither pointer nor focus is on its message: the message takes the focus
            var item = parley.item(was.id);
            if (document.activeElement !== back && item) {
                item.focus();
            }
        }
    }

    /** Beside the button that opened it, inside the window. */
    function place(panel, anchor) {
        var at = anchor.getBoundingClientRect();
        var width = panel.offsetWidth;
        var height = panel.offsetHeight;
        var left = Math.max(8, Math.min(at.right - width, window.innerWidth - width - 8));
        var top = at.top - height - 8;
        if (top < 8) {
            top = Math.min(at.bottom + 8, window.innerHeight - height - 8);
        }
        panel.style.left = left + "px";
        panel.style.top = Math.max(8, top) + "px";
    }

    // ---------- pins ----------

    function pin(item, on) {
        var id = item.getAttribute("data-message-id");
        call(on ? "parleyPinMessage" : "parleyUnpinMessage", [idParam(id)], function (args) {
            if (args.ok) {
                markPinned(id, on);
                say(parleyTexts.t(on ? "pin.done" : "pin.undone"));
            }
        });
    }

    function markPinned(id, on) {
        var item = parley.item(id);
        if (!item) {
            return;
        }
        if (on) {
            item.setAttribute("data-pinned", "true");
        } else {
            item.removeAttribute("data-pinned");
        }
        renewBar(item);
    }

    /** message:pin {messageId, pinned}. */
    function onPin(notice) {
        if (notice.channelId !== channelId) {
            return;
        }
        markPinned(notice.messageId, notice.pinned === "true");
        if (pins) {
            loadPins();
        }
    }

    /** Whether the open pins panel lists the message. */
    function pinsShow(messageId) {
        if (!pins) {
            return false;
        }
        var items = pins.body.querySelectorAll("li.message[data-message-id]");
        for (var i = 0; i < items.length; i++) {
            if (items[i].getAttribute("data-message-id") === messageId) {
                return true;
            }
        }
        return false;
    }

    /** message:update: a pinned message edited shows as edited in the open pins panel too. */
    function onUpdate(notice) {
        if (notice.channelId === channelId && pinsShow(notice.messageId)) {
            loadPins();
        }
    }

    function addPinsButton() {
        var header = document.querySelector(".chat-header");
        if (!header || !document.getElementById("composer")) {
            return;
        }
        var button = document.createElement("button");
        button.type = "button";
        button.id = "pins-button";
        button.className = "icon-button pins-button";
        button.setAttribute("aria-label", parleyTexts.t("pins.title"));
        button.setAttribute("aria-expanded", "false");
        button.setAttribute("aria-controls", "pins-panel");
        button.title = parleyTexts.t("pins.title");
        var glyph = document.createElement("span");
        glyph.className = "pi pi-bookmark";
        glyph.setAttribute("aria-hidden", "true");
        button.appendChild(glyph);
        button.addEventListener("click", function () {
            if (pins) {
                closePins(false);
            } else {
                openPins();
            }
        });
        var actions = header.querySelector(".header-actions");
        header.insertBefore(button, actions);
    }

    function openPins() {
        var column = document.querySelector(".chat-column");
        if (!column) {
            return;
        }
        var panel = document.createElement("section");
        panel.id = "pins-panel";
        panel.className = "pins-panel";
        panel.setAttribute("role", "dialog");
        panel.setAttribute("aria-labelledby", "pins-title");
        panel.tabIndex = -1;
        var head = document.createElement("header");
        var title = document.createElement("h2");
        title.id = "pins-title";
        title.textContent = parleyTexts.t("pins.title");
        var close = document.createElement("button");
        close.type = "button";
        close.className = "icon-button pins-close";
        close.setAttribute("aria-label", parleyTexts.t("pins.close"));
        close.textContent = "\u00D7";
        close.addEventListener("click", function () { closePins(true); });
        head.appendChild(title);
        head.appendChild(close);
        var body = document.createElement("div");
        body.className = "pins-body";
        body.setAttribute("aria-live", "polite");
        var loading = document.createElement("p");
        loading.className = "muted";
        loading.textContent = parleyTexts.t("pins.loading");
        body.appendChild(loading);
        panel.appendChild(head);
        panel.appendChild(body);
        column.appendChild(panel);
        pins = {panel: panel, body: body};
        document.getElementById("pins-button").setAttribute("aria-expanded", "true");
        panel.focus();
        loadPins();
    }

    function loadPins() {
        call("parleyPins", [], function (args) {
            if (!pins || !args.ok) {
                return;
            }
            var template = document.createElement("template");
            template.innerHTML = args.html || "";
            var list = document.createElement("ol");
            list.className = "pins-list";
            Array.prototype.slice.call(template.content.children).forEach(function (item) {
                if (item.matches("li.message[data-message-id]")) {
                    // a pin is read here, not reacted to: its chips stay in the channel
                    var chips = item.querySelector(".reactions");
                    if (chips) {
                        chips.parentNode.removeChild(chips);
                    }
                    item.appendChild(jumpButton(item.getAttribute("data-message-id")));
                    list.appendChild(document.adoptNode(item));
                }
            });
            while (pins.body.firstChild) {
                pins.body.removeChild(pins.body.firstChild);
            }
            if (list.children.length) {
                pins.body.appendChild(list);
                parley.rendered(list);
            } else {
                var empty = document.createElement("p");
                empty.className = "muted pins-empty";
                empty.textContent = parleyTexts.t("pins.empty");
                pins.body.appendChild(empty);
            }
        });
    }

    /** "Jump": to the pinned message in the list if it is loaded there, else to its message link. */
    function jumpButton(id) {
        var button = document.createElement("button");
        button.type = "button";
        button.className = "pin-jump";
        button.textContent = parleyTexts.t("pins.jump");
        button.setAttribute("aria-label", parleyTexts.t("pins.jump.label"));
        button.addEventListener("click", function () { jumpTo(id); });
        return button;
    }

    function jumpTo(id) {
        var item = parley.item(id);
        if (!item) {
            window.location.href = contextPath + "/channels/" + serverId + "/" + channelId + "/" + id;
            return;
        }
        closePins(false);
        var box = document.getElementById("messages");
        var offset = item.getBoundingClientRect().top - box.getBoundingClientRect().top;
        box.scrollTop += offset - Math.max(0, (box.clientHeight - item.offsetHeight) / 2);
        item.classList.add("highlighted");
        window.setTimeout(function () { item.classList.remove("highlighted"); }, 2000);
        item.focus({preventScroll: true});
    }

    function closePins(refocus) {
        if (!pins) {
            return;
        }
        pins.panel.parentNode.removeChild(pins.panel);
        pins = null;
        var button = document.getElementById("pins-button");
        button.setAttribute("aria-expanded", "false");
        if (refocus) {
            button.focus();
        }
    }

    // ---------- copy link ----------

    function copyLink(item) {
        var link = window.location.origin + contextPath + "/channels/" + serverId + "/" + channelId + "/"
            + item.getAttribute("data-message-id");
        var copied = function () { say(parleyTexts.t("link.copied")); };
        if (navigator.clipboard && navigator.clipboard.writeText) {
            navigator.clipboard.writeText(link).then(copied, function () { copyByHand(link, copied); });
        } else {
            copyByHand(link, copied);
        }
    }

    function copyByHand(text, copied) {
        var area = document.createElement("textarea");
        area.value = text;
        area.setAttribute("readonly", "");
        area.className = "offscreen";
        var had = document.activeElement;
        document.body.appendChild(area);
        area.focus();
        area.select();
        var ok = false;
        try {
            ok = document.execCommand("copy");
        } catch (e) {
            ok = false;
        }
        document.body.removeChild(area);
        if (had && had.focus) {
            had.focus();
        }
        if (ok) {
            copied();
        } else {
            say(parleyTexts.t("link.refused", text));
        }
    }

    // ---------- the page around ----------

    /** A short line at the bottom of the window that screen readers announce. */
    function say(text) {
        var status = document.getElementById("action-status");
        if (!status) {
            status = document.createElement("div");
            status.id = "action-status";
            status.className = "action-status";
            status.setAttribute("role", "status");
            document.body.appendChild(status);
        }
        status.textContent = text;
        status.classList.add("shown");
        clearTimeout(statusTimer);
        statusTimer = setTimeout(function () {
            status.classList.remove("shown");
            status.textContent = "";
        }, 3000);
    }

    /**
     * Replaced messages: an edited one (whose pushed rendering cannot know the reader's reactions)
     * keeps the chips of the one it replaces. (Which message is a Tab stop is message-keys.js's.)
     */
    function watch() {
        var column = document.querySelector(".chat-column");
        if (!column || typeof MutationObserver !== "function") {
            return;
        }
        new MutationObserver(function (records) {
            records.forEach(function (record) {
                var removed = {};
                Array.prototype.forEach.call(record.removedNodes, function (node) {
                    if (node.nodeType === 1 && node.matches("li.message[data-message-id]")) {
                        removed[node.getAttribute("data-message-id")] = node;
                    }
                });
                Array.prototype.forEach.call(record.addedNodes, function (node) {
                    if (node.nodeType !== 1) {
                        return;
                    }
                    var old = node.matches("li.message[data-message-id]") ? removed[node.getAttribute("data-message-id")] : null;
                    var chips = old ? old.querySelector(".message-body > .reactions") : null;
                    var body = node.querySelector(".message-body");
                    if (chips && body && !body.querySelector(":scope > .reactions")) {
                        body.appendChild(chips);
                    }
                });
            });
        }).observe(column, {childList: true, subtree: true});
    }

    document.addEventListener("DOMContentLoaded", start);

    return {done: done, act: act};
})();
