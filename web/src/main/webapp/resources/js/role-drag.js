/*
 * Roles are reordered by dragging their rows in the settings page's role list (the Up and Down
 * buttons do the same from the keyboard). A dropped role goes before the row it is dropped on
 * (after it, in the row's lower half); the new order, highest first, goes to the server
 * (parleyReorderRoles), which decides: a role one may not move stays where it was, with a sentence.
 * @everyone is not draggable and nothing goes below it.
 */
(function () {
    "use strict";

    var dragged = null;

    function row(target) {
        return target && target.closest ? target.closest("#role-table tr.role-row") : null;
    }

    document.addEventListener("dragstart", function (event) {
        var r = row(event.target);
        if (!r || !r.classList.contains("draggable-role")) {
            return;
        }
        dragged = r;
        r.classList.add("dragging");
        event.dataTransfer.effectAllowed = "move";
        event.dataTransfer.setData("text/plain", r.getAttribute("data-role-id"));
    });

    document.addEventListener("dragover", function (event) {
        var r = row(event.target);
        if (dragged && r && r.classList.contains("draggable-role")) {
            event.preventDefault();
            event.dataTransfer.dropEffect = "move";
        }
    });

    document.addEventListener("drop", function (event) {
        var target = row(event.target);
        if (!dragged || !target || target === dragged || !target.classList.contains("draggable-role")) {
            return;
        }
        event.preventDefault();
        var box = target.getBoundingClientRect();
        var after = event.clientY > box.top + box.height / 2;
        target.parentNode.insertBefore(dragged, after ? target.nextSibling : target);
        var ids = [];
        var rows = document.querySelectorAll("#role-table tr.draggable-role");
        for (var i = 0; i < rows.length; i++) {
            ids.push(rows[i].getAttribute("data-role-id"));
        }
        if (typeof window.parleyReorderRoles === "function") {
            window.parleyReorderRoles([{name: "order", value: ids.join(",")}]);
        }
    });

    document.addEventListener("dragend", function () {
        if (dragged) {
            dragged.classList.remove("dragging");
            dragged = null;
        }
    });
}());
