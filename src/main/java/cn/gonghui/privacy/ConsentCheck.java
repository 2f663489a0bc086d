package cn.gonghui.privacy;

import java.util.UUID;

/**
 * What a capability asks before it takes a member's personal data for a purpose; the privacy
 * rights answer it from the member's consents, so a capability needs no more of them than this.
 */
public interface ConsentCheck {

    /**
     * Refuses (422 {@code CONSENT_REQUIRED}) unless the member consented to the current policy of
     * exactly this purpose (a catalogue service's {@code purpose}).
     */
    void require(UUID memberId, String purposeCode);

    /**
     * Whether the member's standing consent to the current policy of this purpose is in force: for a
     * service acting on the member's behalf without her asking (e.g. a settlement paid without applying).
     */
    boolean given(UUID memberId, String purposeCode);
}
