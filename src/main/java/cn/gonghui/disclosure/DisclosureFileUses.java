package cn.gonghui.disclosure;

import cn.gonghui.attachment.OfficerUploadUses;
import jakarta.enterprise.context.ApplicationScoped;

/** A file any version of a document names stays (index disclosure_attachments_by_attachment). */
@ApplicationScoped
public class DisclosureFileUses implements OfficerUploadUses {

    @Override
    public String usesCondition() {
        return "EXISTS (SELECT 1 FROM disclosure_attachments da WHERE da.attachment_id = at.id)";
    }
}
