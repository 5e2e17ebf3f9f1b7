package dev.parley.scim.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ScimInputTest {

    private static ScimUserData read(String json) {
        return ScimInput.user(Json.createReader(new StringReader(json.replace('\'', '"'))).readObject());
    }

    @Test
    void readsAUserAsOktaSendsIt() {
        ScimUserData d = read("{'schemas':['urn:ietf:params:scim:schemas:core:2.0:User'],'userName':'ada@example.com',"
                + "'name':{'givenName':'Ada','familyName':'Lovelace'},'emails':[{'primary':true,'value':'ada@example.com',"
                + "'type':'work'}],'displayName':'Ada Lovelace','locale':'en-US','externalId':'00u1','groups':[],"
                + "'password':'correct horse battery','active':true}");
        assertThat(d).isEqualTo(new ScimUserData("ada@example.com", "00u1", "Ada", "Lovelace", null, "Ada Lovelace",
                "ada@example.com", true, "correct horse battery"));
    }

    @Test
    void readsAUserAsEntraSendsIt() {
        ScimUserData d = read("{'schemas':['urn:ietf:params:scim:schemas:core:2.0:User',"
                + "'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User'],'externalId':'b2f1','userName':'grace@corp.example',"
                + "'active':'False','emails':[{'primary':false,'type':'other','value':'g@home.example'},"
                + "{'primary':true,'type':'work','value':'grace@corp.example'}],'meta':{'resourceType':'User'},"
                + "'name':{'formatted':'Grace Hopper','familyName':'Hopper','givenName':'Grace'},"
                + "'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User':{'department':'Navy'}}");
        assertThat(d).isEqualTo(new ScimUserData("grace@corp.example", "b2f1", "Grace", "Hopper", "Grace Hopper", null,
                "grace@corp.example", false, null));
        assertThat(d.shownName()).isEqualTo("Grace Hopper");
        assertThat(read("{'USERNAME':'x1','emails':[{'value':'first@x.example'},{'value':'second@x.example'}]}").email())
                .isEqualTo("first@x.example");
    }

    @Test
    void refusesWhatCannotBeStored() {
        for (String bad : new String[] {"{}", "{'userName':''}", "{'userName':'  '}", "{'userName':42}",
                "{'userName':'a','emails':'a@b.c'}", "{'userName':'a','emails':[{'value':'no-at-sign'}]}",
                "{'userName':'a','active':'maybe'}", "{'userName':'a','name':'Ada'}", "{'userName':'a','password':'short'}",
                "{'userName':'" + "a".repeat(256) + "'}", "{'userName':'a','displayName':'" + "d".repeat(101) + "'}"}) {
            assertThatThrownBy(() -> read(bad)).as(bad).isInstanceOfSatisfying(ScimException.class,
                    e -> assertThat(e.scimType()).isEqualTo("invalidValue"));
        }
    }
}
