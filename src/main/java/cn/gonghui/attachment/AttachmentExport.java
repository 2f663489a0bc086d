package cn.gonghui.attachment;

import cn.gonghui.privacy.PersonalDataExport;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** The member's uploads, their metadata (the files download by id), in their data export. */
@ApplicationScoped
public class AttachmentExport implements PersonalDataExport {

    private final Attachments attachments;

    public AttachmentExport(Attachments attachments) {
        this.attachments = attachments;
    }

    @Override
    public String section() {
        return "attachments";
    }

    @Override
    public Object of(UUID memberId) {
        return attachments.ownedBy(memberId);
    }
}
