package cn.gonghui.application;

import cn.gonghui.security.DataScope;
import jakarta.ws.rs.core.StreamingOutput;

/**
 * The officers' queue as a spreadsheet, with the queue's filters and scope; served by
 * {@link AdminApplicationResource} under its own path, written by a capability above the engine
 * (the roster), which the engine never names.
 */
public interface ApplicationQueueExport {

    StreamingOutput export(DataScope scope, QueueFilter filter);
}
