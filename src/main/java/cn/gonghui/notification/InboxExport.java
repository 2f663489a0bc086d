package cn.gonghui.notification;

import cn.gonghui.notification.MessagesResource.MessageView;
import cn.gonghui.privacy.PersonalDataExport;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Every message in the member's inbox, in their data export. */
@ApplicationScoped
public class InboxExport implements PersonalDataExport {

    @Override
    public String section() {
        return "messages";
    }

    @Override
    public Object of(UUID memberId) {
        return MemberMessage.allOf(memberId).stream().map(MessageView::of).toList();
    }
}
