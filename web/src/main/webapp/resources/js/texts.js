/*
 * The words the page's script writes itself, in the page's language: the template writes the bundles
 * a page names (ui:param scriptTexts) into <script type="application/json" id="ui-texts"> (a data
 * block, not script), and dates, times and numbers follow <html lang>. Used as
 *   parleyTexts.t("typing.single", name)        "{0} is typing…" with {0} filled
 *   parleyTexts.plural("members", 3)         the key's form for 3 (members.one / .few / .many / .other)
 *   parleyTexts.time(date), .dateTime(date), .number(n)
 * A missing key shows as the key itself, so a forgotten text is visible, not blank.
 */
(function () {
    "use strict";

    var texts = null;

    function all() {
        if (texts === null) {
            var block = document.getElementById("ui-texts");
            try {
                texts = block ? JSON.parse(block.textContent) : {};
            } catch (e) {
                texts = {};
            }
        }
        return texts;
    }

    function lang() {
        return document.documentElement.lang || "en";
    }

    function fill(pattern, args) {
        return pattern.replace(/\{(\d+)\}/g, function (whole, index) {
            var value = args[Number(index)];
            return value === undefined ? whole : String(value);
        });
    }

    function t(key) {
        var pattern = all()[key];
        return fill(pattern === undefined ? key : pattern, Array.prototype.slice.call(arguments, 1));
    }

    function plural(key, count) {
        var category = new Intl.PluralRules(lang()).select(count);
        var own = all()[key + "." + category];
        var pattern = own !== undefined ? own : all()[key + ".other"];
        var args = [number(count)].concat(Array.prototype.slice.call(arguments, 2));
        return fill(pattern === undefined ? key : pattern, args);
    }

    function number(n) {
        return new Intl.NumberFormat(lang()).format(n);
    }

    function time(date) {
        return date.toLocaleTimeString(lang(), {hour: "2-digit", minute: "2-digit"});
    }

    function dateTime(date) {
        return date.toLocaleString(lang(), {dateStyle: "medium", timeStyle: "short"});
    }

    function date(value) {
        return value.toLocaleDateString(lang(), {dateStyle: "medium"});
    }

    window.parleyTexts = {t: t, plural: plural, number: number, time: time, dateTime: dateTime, date: date, lang: lang};
})();
