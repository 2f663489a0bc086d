package cn.gonghui.identity;

import java.util.UUID;

/**
 * A worker who signed in with WeChat verified the ID number of a member record a street's roster
 * import created: that record's memberships become the worker's. Fired synchronously in the
 * verification's transaction, before the imported record is removed, so an observer (membership)
 * moves what it keeps of the imported member onto the worker in the same transaction.
 */
public record ImportedMemberClaimed(UUID importedMemberId, UUID memberId) {
}
