package dev.parley.message.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class MessageMarkdownTest {

    private static String html(String markdown) {
        return MessageMarkdown.html(markdown);
    }

    /** The opening tag of a link to {@code href} (as the sanitizer writes it, {@code @} and {@code =} as entities). */
    private static String a(String href) {
        return "<a href=\"" + href + "\" title=\"" + href + "\" target=\"_blank\" rel=\"noopener noreferrer nofollow\">";
    }

    private static final String SPOILER = "<span class=\"spoiler\" role=\"button\" tabindex=\"0\">"
            + "<span class=\"spoiler-text\">";

    @Test
    void inlineFormattingAsInDiscord() {
        assertThat(html("**bold** *italics* _italics_ __underline__ ~~strike~~ `code` ||spoiler||")).isEqualTo(
                "<p><strong>bold</strong> <em>italics</em> <em>italics</em> <u>underline</u> <s>strike</s> "
                + "<code>code</code> " + SPOILER + "spoiler</span></span></p>");
    }

    @Test
    void twoUnderscoresUnderlineAndCombineWithTheRest() {
        assertThat(html("___both___ __**bold too**__ ~~__and struck__~~")).isEqualTo(
                "<p><em><u>both</u></em> <u><strong>bold too</strong></u> <s><u>and struck</u></s></p>");
        assertThat(html("snake_case_name and __init__.py")).isEqualTo("<p>snake_case_name and <u>init</u>.py</p>");
        assertThat(html("~one tilde~ and a || b || c")).isEqualTo("<p>~one tilde~ and a || b || c</p>");
    }

    @Test
    void aNewlineIsALineBreakAndBlankLinesStayAsTyped() {
        assertThat(html("one\ntwo\n\nthree\n\n\nfour")).isEqualTo(
                "<p>one<br />two</p><br /><p>three</p><br /><br /><p>four</p>");
        assertThat(html("windows\r\nline ends\rtoo")).isEqualTo("<p>windows<br />line ends<br />too</p>");
        assertThat(html("hard  \nbreaks\\\nalike")).isEqualTo("<p>hard<br />breaks<br />alike</p>");
    }

    @Test
    void codeIsShownAsWrittenAndAFencedBlockNamesItsLanguageForHighlighting() {
        assertThat(html("use `<b>` or ``a ` b``")).isEqualTo("<p>use <code>&lt;b&gt;</code> or <code>a &#96; b</code></p>");
        assertThat(html("look:\n```java\nclass A {\n\n  int x = 1 < 2 ? 1 : 0; // **not bold**\n}\n```\ndone"))
                .isEqualTo("<p>look:</p><pre><code class=\"language-java\">class A {\n\n  int x &#61; 1 &lt; 2 ? 1 : 0;"
                        + " // **not bold**\n}</code></pre><p>done</p>");
        assertThat(html("```\nplain\n```")).isEqualTo("<pre><code>plain</code></pre>");
        assertThat(html("~~~C++\nint main();\n~~~")).isEqualTo("<pre><code class=\"language-c&#43;&#43;\">int main();</code></pre>");
        assertThat(html("```\" onmouseover=\"alert(1)\nx\n```")).as("an info string that is no language name")
                .isEqualTo("<pre><code>x</code></pre>");
        assertThat(html("```html\n<script>alert(1)</script>\n```"))
                .isEqualTo("<pre><code class=\"language-html\">&lt;script&gt;alert(1)&lt;/script&gt;</code></pre>");
    }

    @Test
    void aQuoteIsItsLinesThatStartWithTheMarker() {
        assertThat(html("> quoted\nmy answer")).isEqualTo("<blockquote><p>quoted</p></blockquote><p>my answer</p>");
        assertThat(html("> one\n> two\n>\n> three\nreply\nstill reply\n> again")).isEqualTo(
                "<blockquote><p>one<br />two</p><br /><p>three</p></blockquote><p>reply<br />still reply</p>"
                + "<blockquote><p>again</p></blockquote>");
        assertThat(html("> **bold** in a quote")).isEqualTo("<blockquote><p><strong>bold</strong> in a quote</p></blockquote>");
    }

    @Test
    void listsBulletedAndNumbered() {
        assertThat(html("- one\n* two\n\n1. first\n2. second")).isEqualTo(
                "<ul><li><p>one</p></li></ul><ul><li><p>two</p></li></ul><br />"
                + "<ol><li><p>first</p></li><li><p>second</p></li></ol>");
        assertThat(html("3. third\n4. fourth")).isEqualTo("<ol start=\"3\"><li><p>third</p></li><li><p>fourth</p></li></ol>");
        assertThat(html("- a\n  - nested")).isEqualTo("<ul><li><p>a</p><ul><li><p>nested</p></li></ul></li></ul>");
    }

    @Test
    void whatIsNotChatStaysText() {
        assertThat(html("# not a heading\nsub\n---\n    not code\n***")).isEqualTo(
                "<p># not a heading<br />sub<br />---<br />not code<br />***</p>");
    }

    @Test
    void aLinkShowsWhereItGoes() {
        assertThat(html("[the docs](https://example.com/docs)")).isEqualTo(
                "<p>" + a("https://example.com/docs") + "the docs<span class=\"link-host\"> (example.com)</span></a></p>");
        assertThat(html("[example.com](https://example.com/) and [https://example.com/a](https://example.com/a)"))
                .as("a text that already says where adds nothing").isEqualTo("<p>" + a("https://example.com/")
                        + "example.com</a> and " + a("https://example.com/a") + "https://example.com/a</a></p>");
        assertThat(html("[PayPal](https://paypal.com@evil.example/login)")).as("the host, not the user info")
                .isEqualTo("<p>" + a("https://paypal.com&#64;evil.example/login")
                        + "PayPal<span class=\"link-host\"> (evil.example)</span></a></p>");
        assertThat(html("[**bold** link](<https://example.com/a b> \"its title\")")).isEqualTo("<p>"
                + a("https://example.com/a%20b") + "<strong>bold</strong> link<span class=\"link-host\"> (example.com)"
                + "</span></a></p>");
        assertThat(html("[](https://example.com/empty)")).as("an empty text shows the URL")
                .isEqualTo("<p>" + a("https://example.com/empty") + "https://example.com/empty</a></p>");
        assertThat(html("[mail](mailto:ada@example.com)")).isEqualTo(
                "<p>" + a("mailto:ada&#64;example.com") + "mail<span class=\"link-host\"> (ada&#64;example.com)</span></a></p>");
    }

    @Test
    void bareUrlsAndAddressesBecomeLinks() {
        assertThat(html("see https://example.com/x?a=1&b=2, or <https://example.com/y> or write ada@example.com"))
                .isEqualTo("<p>see " + a("https://example.com/x?a&#61;1&amp;b&#61;2") + "https://example.com/x?a&#61;1&amp;b&#61;2"
                        + "</a>, or " + a("https://example.com/y") + "https://example.com/y</a> or write "
                        + a("mailto:ada&#64;example.com") + "ada&#64;example.com</a></p>");
        assertThat(html("ftp://example.com/f www.example.com javascript://%0aalert(1) <javascript:alert(1)>"))
                .as("only http, https and mailto").isEqualTo(
                        "<p>ftp://example.com/f www.example.com javascript://%0aalert(1) javascript:alert(1)</p>");
        assertThat(html("https://bücher.example/x")).as("a host in letters of any script is shown in ASCII too")
                .isEqualTo("<p>" + a("https://xn--bcher-kva.example/x") + "https://bücher.example/x"
                        + "<span class=\"link-host\"> (xn--bcher-kva.example)</span></a></p>");
    }

    @Test
    void anImageIsALinkToItNeverLoaded() {
        assertThat(html("![a cat](https://images.example/cat.png) ![](https://images.example/dog.png)")).isEqualTo(
                "<p>" + a("https://images.example/cat.png") + "a cat<span class=\"link-host\"> (images.example)</span></a> "
                + a("https://images.example/dog.png") + "https://images.example/dog.png</a></p>");
        assertThat(html("[![inner](https://images.example/i.png)](https://example.com)")).as("no link in a link")
                .isEqualTo("<p>" + a("https://example.com") + "inner<span class=\"link-host\"> (example.com)</span></a></p>");
        assertThat(html("![x](javascript:alert(1)) ![y](data:image/png;base64,AAAA)")).isEqualTo("<p>x y</p>");
    }

    @Test
    void linksToScriptsAndDataAreInert() {
        for (String link : new String[] {"[x](javascript:alert(1))", "[x](JaVaScRiPt:alert(1))",
                "[x](  javascript:alert(1))", "[x](<javascript:alert(1)>)", "[x](data:text/html,<script>alert(1)</script>)",
                "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)", "[x](vbscript:msgbox(1))",
                "[x](&#106;avascript:alert(1))", "[x](&#x6A;&#x61;vascript:alert(1))", "[x](java&#x09;script:alert(1))",
                "[x](java\\tscript:alert(1))", "[x](/relative/path)", "[x](//evil.example/)", "[x](#top)",
                "[x][r]\n\n[r]: javascript:alert(1)"}) {
            String html = html(link);
            assertThat(html).as(link).doesNotContain("<a").doesNotContainIgnoringCase("href").startsWith("<p>x");
        }
        assertThat(html("[x](https://ex.com/\"onmouseover=alert(1))")).as("a quote cannot leave the attribute")
                .isEqualTo("<p><a href=\"https://ex.com/%22onmouseover&#61;alert%281%29\" title=\"https://ex.com/%22"
                        + "onmouseover&#61;alert(1)\" target=\"_blank\" rel=\"noopener noreferrer nofollow\">x"
                        + "<span class=\"link-host\"> (ex.com)</span></a></p>");
    }

    @Test
    void rawHtmlIsShownAsText() {
        assertThat(html("<script>alert(1)</script>")).isEqualTo("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>");
        assertThat(html("<img src=x onerror=alert(1)>")).isEqualTo("<p>&lt;img src&#61;x onerror&#61;alert(1)&gt;</p>");
        assertThat(html("<a href=\"javascript:alert(1)\">click</a>")).isEqualTo(
                "<p>&lt;a href&#61;&#34;javascript:alert(1)&#34;&gt;click&lt;/a&gt;</p>");
        assertThat(html("<div><b onclick='x()'>**in** <i>html</i></b>\n</div>")).isEqualTo(
                "<p>&lt;div&gt;&lt;b onclick&#61;&#39;x()&#39;&gt;<strong>in</strong> &lt;i&gt;html&lt;/i&gt;&lt;/b&gt;<br />"
                + "&lt;/div&gt;</p>");
        assertThat(html("<!-- hidden? --> <![CDATA[x]]> <?php echo 1 ?>")).isEqualTo(
                "<p>&lt;!-- hidden? --&gt; &lt;![CDATA[x]]&gt; &lt;?php echo 1 ?&gt;</p>");
        assertThat(html("**<script>**")).isEqualTo("<p><strong>&lt;script&gt;</strong></p>");
    }

    @Test
    void entitiesShowAsTyped() {
        assertThat(html("&amp; &lt;3 &#60;script&#62; Tom & Jerry")).isEqualTo(
                "<p>&amp;amp; &amp;lt;3 &amp;#60;script&amp;#62; Tom &amp; Jerry</p>");
    }

    @Test
    void anyScriptAndEmojiPassThrough() {
        assertThat(html("مرحبا **שלום** 👋🏽 ‮evil‬ 日本語")).isEqualTo(
                "<p>مرحبا <strong>שלום</strong> &#x1f44b;&#x1f3fd; \u202eevil\u202c 日本語</p>");
    }

    @Test
    void aReferenceDefinitionIsNotSwallowed() {
        assertThat(html("[r]: https://example.com\nsee [r]")).isEqualTo(
                "<p>[r]: https://example.com</p><p>see " + a("https://example.com")
                + "r<span class=\"link-host\"> (example.com)</span></a></p>");
    }

    @Test
    void noContentIsNoHtml() {
        assertThat(html(null)).isEmpty();
        assertThat(html("")).isEmpty();
        assertThat(html("  \n \n")).isEmpty();
    }

    @Test
    void pathologicalInputsOfTheLongestMessageRender() {
        String[] inputs = {"*".repeat(4000), "_".repeat(4000), "|".repeat(4000), "~".repeat(4000), "`".repeat(4000),
            ">".repeat(4000), "> ".repeat(2000), "- ".repeat(2000), "[".repeat(4000), "![".repeat(2000), "<".repeat(4000),
            "*a ".repeat(1333), "a**b" + "c* ".repeat(1332), "||a".repeat(1333), "__a".repeat(1333), "~~a".repeat(1333),
            "*".repeat(2000) + "x" + "*".repeat(1999), "[a](".repeat(1000), "<a href=".repeat(500), "&#".repeat(2000),
            "**_~~||".repeat(571), "> - ".repeat(1000), "1. ".repeat(1333), "```\n".repeat(1000),
            "https://a.example/".repeat(222), "a@b.example ".repeat(333)};
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            for (String input : inputs) {
                assertThat(input.length()).isLessThanOrEqualTo(4000);
                assertThat(html(input)).as(input.substring(0, 8)).isNotEmpty().doesNotContain("<script");
            }
        });
    }

    @Test
    void theAllowListLetsThroughOnlyWhatTheRendererWrites() {
        String own = html("**b** *i* __u__ ~~s~~ `c` ||sp|| [l](https://example.com)\n> q\n- li\n\n3. ol\n```js\nx\n```");
        assertThat(MessageMarkdown.sanitized(own)).as("the renderer's own output passes unchanged").isEqualTo(own);

        assertThat(MessageMarkdown.sanitized("<a href=\"javascript:alert(1)\" onclick=\"x()\">j</a>"
                + "<a href=\"JaVaScRiPt:alert(1)\">J</a><a href=\"data:text/html,x\">d</a><a href=\"vbscript:x\">v</a>"
                + "<a href=\"&#106;avascript:alert(1)\">e</a><a href=\"https://ok.example\" target=\"_top\">ok</a>"))
                .isEqualTo("jJdve<a href=\"https://ok.example\" rel=\"noopener noreferrer nofollow\">ok</a>");
        assertThat(MessageMarkdown.sanitized("<img src=x onerror=\"alert(1)\"><script>alert(1)</script>"
                + "<iframe src=\"https://evil.example\"></iframe><svg onload=alert(1)><style>*{}</style>"
                + "<div><span class=\"spoiler\" onmouseover=\"x()\" style=\"color:red\" data-x=\"1\">s</span></div>"
                + "<code class=\"hljs\">c</code><p title=\"t\" id=\"i\">p</p><form><input></form>"))
                .isEqualTo("<span class=\"spoiler\">s</span><code>c</code><p>p</p>");
    }
}
