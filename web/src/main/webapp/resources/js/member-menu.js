/*
 * The "⋯" button on a member (chat page member list, settings member table) opens the member actions
 * dialog (MemberActionsBacking); so does a right click on a member of the list, and a right click on a
 * message for its author (when the reader may act on them: their row in the list has a "⋯"). Buttons are real
 * buttons, so Enter and Space open it from the keyboard; the dialog returns the focus to the button
 * it was opened from when it closes.
 */
(function () {
    'use strict';
    var opener = null;

    function open(userId, from) {
        var app = document.getElementById('app');
        if (!app || typeof window.parleyMemberMenu !== 'function') {
            return;
        }
        opener = from;
        window.parleyMemberMenu([
            {name: 'server', value: app.getAttribute('data-server-id') || ''},
            {name: 'channel', value: app.getAttribute('data-channel-id') || ''},
            {name: 'user', value: userId}
        ]);
    }

    document.addEventListener('click', function (event) {
        var button = event.target.closest && event.target.closest('.member-more');
        if (button && button.getAttribute('data-user-id')) {
            event.preventDefault();
            open(button.getAttribute('data-user-id'), button);
        }
    });

    document.addEventListener('contextmenu', function (event) {
        var member = event.target.closest && event.target.closest('#member-list li.member');
        var more = member && member.querySelector('.member-more');
        if (more) {
            event.preventDefault();
            open(member.getAttribute('data-user-id'), more);
            return;
        }
        var message = event.target.closest && event.target.closest('li.message[data-author-id]');
        var author = message && message.getAttribute('data-author-id');
        if (!author || window.getSelection && String(window.getSelection()).length > 0) {
            return; // the browser's own menu (to copy a selection, say)
        }
        var buttons = document.querySelectorAll('#member-list .member-more[data-user-id]');
        for (var i = 0; i < buttons.length; i++) {
            if (buttons[i].getAttribute('data-user-id') === author) {
                event.preventDefault();
                open(author, buttons[i]);
                return;
            }
        }
    });

    // the dialog hides: back to where one was
    document.addEventListener('DOMContentLoaded', function () {
        var dialog = document.getElementById('member-dialog');
        if (!dialog) {
            return;
        }
        new MutationObserver(function () {
            if (opener && dialog.getAttribute('aria-hidden') === 'true' && document.body.contains(opener)) {
                opener.focus();
                opener = null;
            }
        }).observe(dialog, {attributes: true, attributeFilter: ['aria-hidden']});
    });
}());
