package cn.gonghui.privacy;

import java.util.UUID;

/**
 * Each capability erases the personal data it holds of a member who asked to be erased: a bean
 * implementing this is called by the erasure job ({@code privacy.rights.ErasureJob}), in the job's
 * transaction, once per request. A capability adding personal data adds its eraser, and the job
 * needs no change.
 *
 * <p>Erase means: delete what serves only the member (files, messages), and empty what must stay
 * for statistics or by law of everything that names the person, so it stays only as
 * pseudonymised records tied to the member's id, whose row no longer says who it was. Records a
 * law requires to keep (aid disbursements, for the fund's audit) are kept that way, never deleted:
 * their capability's eraser clears the person's details and keeps the amounts and dates. Audit
 * events are kept as they are: they hold ids and codes only.
 *
 * <p>Erasing must be repeatable: running it for an erased member changes nothing.
 */
public interface PersonalDataEraser {

    /** Runs before the others: e.g. closing open applications, whose notices the inbox eraser then removes. */
    int FIRST = 0;
    int DEFAULT = 100;
    /** Runs after the others: the member's own account, which the others may still read. */
    int LAST = 1000;

    void erase(UUID memberId);

    /** Erasers run in ascending order; equal ones in no particular order. */
    default int order() {
        return DEFAULT;
    }
}
