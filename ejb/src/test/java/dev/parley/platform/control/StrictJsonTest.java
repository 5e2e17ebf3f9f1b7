package dev.parley.platform.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StrictJsonTest {

    record Invite(Integer maxUses, Long maxAgeSeconds) {
    }

    record Post(String content, String nonce, UUID parentId, Boolean pinned) {
    }

    record Outer(Post post, List<Integer> numbers) {
    }

    private static <T> T read(String json, Class<T> type) {
        return StrictJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), type);
    }

    private static java.util.Map<String, String> fieldsRefused(String json, Class<?> type) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> read(json, type));
        assertThat(e).as(json).isNotNull();
        return e.fields();
    }

    private static String malformed(String json, Class<?> type) {
        MalformedJsonException e = catchThrowableOfType(MalformedJsonException.class, () -> read(json, type));
        assertThat(e).as(json).isNotNull();
        assertThat(e.type()).isEqualTo("malformed-json");
        return e.fields().get("body");
    }

    @Test
    void wellFormedBodiesBindAsTyped() {
        UUID id = UUID.randomUUID();
        assertThat(read("{\"content\":\"hi \\u00e9\",\"nonce\":null,\"parentId\":\"" + id + "\",\"pinned\":true,"
                + "\"unknown\":[1,{\"x\":2}]}", Post.class)).isEqualTo(new Post("hi é", null, id, true));
        assertThat(read("{\"maxUses\":5,\"maxAgeSeconds\":1e3}", Invite.class)).isEqualTo(new Invite(5, 1000L));
        assertThat(read(" {} ", Invite.class)).isEqualTo(new Invite(null, null));
        assertThat(read("{\"post\":{\"content\":\"a\"},\"numbers\":[1,2]}", Outer.class))
                .isEqualTo(new Outer(new Post("a", null, null, null), List.of(1, 2)));
    }

    @Test
    void anEmptyBodyOrNullIsNoBody() {
        assertThat(read("", Post.class)).isNull();
        assertThat(read(" \r\n", Post.class)).isNull();
        assertThat(read("null", Post.class)).isNull();
    }

    @Test
    void valuesOfTheWrongTypeAreRefusedNamingEachField() {
        assertThat(fieldsRefused("{\"maxUses\":\"5\"}", Invite.class)).containsOnlyKeys("maxUses");
        assertThat(fieldsRefused("{\"maxUses\":1.5}", Invite.class)).containsOnlyKeys("maxUses");
        assertThat(fieldsRefused("{\"maxUses\":1e309}", Invite.class)).containsOnlyKeys("maxUses");
        assertThat(fieldsRefused("{\"maxUses\":2147483648}", Invite.class)).containsOnlyKeys("maxUses");
        assertThat(fieldsRefused("{\"maxUses\":1e-1000000000}", Invite.class)).containsOnlyKeys("maxUses");
        assertThat(fieldsRefused("{\"maxUses\":true,\"maxAgeSeconds\":[]}", Invite.class))
                .containsOnlyKeys("maxUses", "maxAgeSeconds");
        assertThat(fieldsRefused("{\"content\":12345,\"nonce\":{},\"parentId\":\"zz\",\"pinned\":\"yes\"}", Post.class))
                .containsEntry("content", "must be a string").containsEntry("nonce", "must be a string")
                .containsEntry("parentId", "must be a UUID").containsEntry("pinned", "must be true or false");
        assertThat(fieldsRefused("{\"parentId\":\"1-2-3-4-5\"}", Post.class)).containsOnlyKeys("parentId");
        assertThat(fieldsRefused("{\"post\":{\"content\":5},\"numbers\":[1,\"2\"]}", Outer.class))
                .containsOnlyKeys("post.content", "numbers[1]");
    }

    @Test
    void textThatIsNotExactlyOneJsonObjectIsMalformed() {
        assertThat(malformed("{\"content\":\"a\"} garbage", Post.class)).isEqualTo("has more text after the JSON value");
        assertThat(malformed("{\"content\":\"a\"}{}", Post.class)).isEqualTo("has more text after the JSON value");
        assertThat(malformed("{\"content\":\"a\",\"content\":\"b\"}", Post.class)).isEqualTo("repeats the key \"content\"");
        assertThat(malformed("{\"post\":{\"nonce\":\"a\",\"nonce\":\"a\"}}", Outer.class)).contains("repeats");
        assertThat(malformed("{not json", Post.class)).isEqualTo("is not valid JSON");
        assertThat(malformed("{\"content\":", Post.class)).isEqualTo("is not valid JSON");
        assertThat(malformed("[]", Post.class)).isEqualTo("must be a JSON object");
        assertThat(malformed("\"hello\"", Post.class)).isEqualTo("must be a JSON object");
        assertThat(malformed("[".repeat(100_000), Post.class)).isEqualTo("is nested too deeply");
    }

    @Test
    void bytesThatAreNotUtf8AreMalformed() {
        byte[] latin1 = "{\"content\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> StrictJson.read(new ByteArrayInputStream(latin1), Post.class))
                .isInstanceOf(MalformedJsonException.class).hasMessageContaining("UTF-8");
    }
}
