package cn.gonghui.privacy;

import java.util.UUID;

/**
 * Each capability's part of a member's copy of their data (PIPL art. 45): a bean implementing this
 * is found by the export, which calls it inside its transaction. A capability adding personal data
 * adds its part, and the export needs no change beyond naming the section in its document.
 */
public interface PersonalDataExport {

    /** The property of the export document this part fills, e.g. {@code applications}. */
    String section();

    /** What this capability holds of the member, decrypted, in the shape its section documents. */
    Object of(UUID memberId);
}
