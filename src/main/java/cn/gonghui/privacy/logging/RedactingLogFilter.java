package cn.gonghui.privacy.logging;

import io.quarkus.logging.LoggingFilter;
import java.util.logging.Filter;
import java.util.logging.LogRecord;
import org.jboss.logmanager.ExtLogRecord;

/**
 * Redacts every log line before a handler writes it (see {@link Redaction}): the message as it
 * will be printed, and the messages of an attached exception chain (SQL errors quote values).
 * Configured on the console and file handlers ({@code quarkus.log.*.filter=redact}).
 */
@LoggingFilter(name = "redact")
public final class RedactingLogFilter implements Filter {

    @Override
    public boolean isLoggable(LogRecord record) {
        String message = record instanceof ExtLogRecord extended ? extended.getFormattedMessage() : record.getMessage();
        String redacted = Redaction.redact(message);
        if (record instanceof ExtLogRecord extended) {
            extended.setMessage(redacted, ExtLogRecord.FormatStyle.NO_FORMAT);
        } else {
            record.setMessage(redacted);
        }
        record.setParameters(null);
        if (record.getThrown() != null) {
            record.setThrown(RedactedThrowable.of(record.getThrown()));
        }
        return true;
    }
}
