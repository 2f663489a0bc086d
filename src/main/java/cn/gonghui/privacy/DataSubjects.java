package cn.gonghui.privacy;

import java.util.UUID;

/**
 * Whether the person a right is exercised for still has an account: identity answers it, so the
 * privacy rights (consents, deletion requests) need not know how members are stored.
 */
public interface DataSubjects {

    /** Whether the member exists and has not been erased. */
    boolean isActive(UUID memberId);
}
