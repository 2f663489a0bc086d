package cn.gonghui.platform.http;

import jakarta.ws.rs.core.EntityTag;

/** A view of a mutable resource together with the version its ETag is made from. */
public record Versioned<T>(T view, long version) {

    public EntityTag tag() {
        return EntityVersions.tagOf(version);
    }
}
