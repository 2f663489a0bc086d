package cn.gonghui.identity;

import cn.gonghui.security.DataScope;
import jakarta.ws.rs.core.StreamingOutput;

/**
 * The members' roster as a spreadsheet, which {@link AdminMemberResource} serves under its own path
 * and a capability above identity writes (the roster: it reads memberships too). Declared here so
 * that identity never names that capability.
 */
public interface MemberRosterExport {

    /** What the officer asked for: the streets and status to list, and a reason when plain text is wanted. */
    record Request(DataScope scope, String streetCode, String status, boolean plaintext, String reason) {
    }

    StreamingOutput export(Request request);
}
