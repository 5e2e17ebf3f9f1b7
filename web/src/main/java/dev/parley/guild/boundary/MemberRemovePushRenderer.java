package dev.parley.guild.boundary;

import dev.parley.guild.control.MemberFanout;
import dev.parley.guild.control.MemberFanout.MemberRemoveData;
import dev.parley.platform.boundary.PushNoticeRenderer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * Names who left a server and how ({@code left}, {@code kicked}, {@code banned}): the chat page of
 * the person removed takes them out of the server, the others' pages take them off the member list.
 */
@ApplicationScoped
public class MemberRemovePushRenderer implements PushNoticeRenderer<MemberRemoveData> {

    @Override
    public String event() {
        return MemberFanout.MEMBER_REMOVE;
    }

    @Override
    public Class<MemberRemoveData> dataType() {
        return MemberRemoveData.class;
    }

    @Override
    public Map<String, String> render(MemberRemoveData data) {
        return Map.of("userId", String.valueOf(data.userId()), "reason", String.valueOf(data.reason()));
    }
}
