package dev.parley.scim.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ScimPatchTest {

    private static final ScimUserData ADA = new ScimUserData("ada@example.com", "ext-1", "Ada", "Lovelace", null,
            "Ada Lovelace", "ada@example.com", true, null);

    private static ScimUserData patch(String operations) {
        JsonObject body = Json.createReader(new StringReader("{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],"
                + "\"Operations\":" + operations.replace('\'', '"') + "}")).readObject();
        return ScimPatch.apply(ADA, ScimPatch.operations(body));
    }

    @Test
    void deactivatesInEveryShapeOktaAndEntraSend() {
        assertThat(patch("[{'op':'replace','value':{'active':false}}]").active()).isFalse();
        assertThat(patch("[{'op':'replace','path':'active','value':false}]").active()).isFalse();
        assertThat(patch("[{'op':'Replace','path':'active','value':'False'}]").active()).isFalse();
        assertThat(patch("[{'op':'Replace','path':'active','value':'false'}]").active()).isFalse();
        assertThat(patch("[{'op':'add','value':{'active':'False'}}]").active()).isFalse();
        assertThat(patch("[{'op':'replace','value':{'id':'x','active':false}}]").active()).isFalse();
        assertThat(patch("[{'op':'Replace','path':'active','value':'True'}]").active()).isTrue();
    }

    @Test
    void changesAttributesAsEntraSendsThem() {
        ScimUserData d = patch("[{'op':'Replace','path':'displayName','value':'Ada King'},"
                + "{'op':'Replace','path':'name.givenName','value':'Augusta'},"
                + "{'op':'Add','path':'emails[type eq \\'work\\'].value','value':'ada.king@example.com'},"
                + "{'op':'Replace','path':'externalId','value':'ext-2'},"
                + "{'op':'Add','path':'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department','value':'R&D'},"
                + "{'op':'Replace','path':'title','value':'Countess'}]");
        assertThat(d).isEqualTo(new ScimUserData("ada@example.com", "ext-2", "Augusta", "Lovelace", null, "Ada King",
                "ada.king@example.com", true, null));
        assertThat(patch("[{'op':'replace','value':{'userName':'ada.king','name':{'familyName':'King'},"
                + "'emails':[{'value':'k@example.com','primary':true}]}}]"))
                .isEqualTo(new ScimUserData("ada.king", "ext-1", "Ada", "King", null, "Ada Lovelace", "k@example.com",
                        true, null));
        assertThat(patch("[{'op':'remove','path':'displayName'},{'op':'remove','path':'externalId'}]"))
                .isEqualTo(new ScimUserData("ada@example.com", null, "Ada", "Lovelace", null, null, "ada@example.com",
                        true, null));
    }

    @Test
    void refusesWhatItCannotDo() {
        assertRefused("{}", "invalidSyntax");
        assertRefused("[]", "invalidSyntax");
        assertRefused("[{'op':'move','path':'active','value':false}]", "invalidSyntax");
        assertRefused("[{'op':'replace','path':'active','value':'no'}]", "invalidValue");
        assertRefused("[{'op':'replace','path':'active','value':0}]", "invalidValue");
        assertRefused("[{'op':'replace','path':'active'}]", "invalidValue");
        assertRefused("[{'op':'remove'}]", "noTarget");
        assertRefused("[{'op':'remove','path':'userName'}]", "invalidValue");
        assertRefused("[{'op':'remove','path':'emails'}]", "invalidValue");
        assertRefused("[{'op':'replace','path':'emails[type eq \\'work\\'].value','value':'not an email'}]", "invalidValue");
        assertRefused("[{'op':'replace','path':'displayName','value':'" + "x".repeat(101) + "'}]", "invalidValue");
        assertRefused("[{'op':'replace','path':'userName','value':''}]", "invalidValue");
        assertRefused("[{'op':'replace','path':'displayName','value':{'a':1}}]", "invalidValue");
        assertRefused("[{'op':'replace','path':'emails[[x]].value','value':'a@b.c'}]", "invalidPath");
        assertRefused("[{'op':'replace','path':'a b','value':'x'}]", "invalidPath");
        assertRefused("[{'op':'replace','value':false}]", "invalidValue");
    }

    private static void assertRefused(String operations, String scimType) {
        assertThatThrownBy(() -> patch(operations)).as(operations).isInstanceOfSatisfying(ScimException.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.scimType()).isEqualTo(scimType);
        });
    }
}
