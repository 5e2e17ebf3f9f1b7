package dev.parley.guild.boundary;

import dev.parley.guild.control.MemberFanout;
import dev.parley.guild.control.MemberView;
import dev.parley.platform.boundary.PushNoticeRenderer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** Names whose membership changed (roles, nickname, time-out): a page whose reader it is loads what they may see again. */
@ApplicationScoped
public class MemberUpdatePushRenderer implements PushNoticeRenderer<MemberView> {

    @Override
    public String event() {
        return MemberFanout.MEMBER_UPDATE;
    }

    @Override
    public Class<MemberView> dataType() {
        return MemberView.class;
    }

    @Override
    public Map<String, String> render(MemberView data) {
        return Map.of("userId", String.valueOf(data.user().id()));
    }
}
