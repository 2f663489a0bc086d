package cn.gonghui.attachment;

/**
 * Where a capability uses files officers uploaded (a disclosure's files, an activity's cover): the
 * purge of unused uploads keeps every file some part names. The attachment capability sits below
 * its users and cannot name their tables, so each user says it here, as SQL.
 */
public interface OfficerUploadUses {

    /**
     * A condition true when the capability uses the attachment row {@code at}, e.g.
     * {@code EXISTS (SELECT 1 FROM covers c WHERE c.attachment_id = at.id)}; it should be served by an index.
     */
    String usesCondition();
}
