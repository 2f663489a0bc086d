package cn.gonghui.application;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.UUID;

/**
 * What an action named besides its reason, kept in the event of the history (the station invited
 * to, the officer assigned, how the visit went) or why the service took it (the member's erasure):
 * the fields it did not name are left out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ActionDetails(UUID stationId, UUID officerId, String outcome, String cause) {

    /** The member's erasure withdrew the application. */
    static final ActionDetails ERASURE = new ActionDetails(null, null, null, "erasure");

    static ActionDetails ofOfficer(UUID stationId, UUID officerId, String outcome) {
        return new ActionDetails(stationId, officerId, outcome, null);
    }

    @JsonIgnore
    boolean isEmpty() {
        return stationId == null && officerId == null && outcome == null && cause == null;
    }
}
