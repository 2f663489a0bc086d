package cn.gonghui.activity;

import cn.gonghui.attachment.OfficerUploadUses;
import jakarta.enterprise.context.ApplicationScoped;

/** An activity's cover stays while the activity shows it (index activities_by_cover, V93). */
@ApplicationScoped
public class ActivityCoverUses implements OfficerUploadUses {

    @Override
    public String usesCondition() {
        return "EXISTS (SELECT 1 FROM activities a WHERE a.cover_attachment_id = at.id)";
    }
}
