package cn.gonghui.privacy.logging;

import io.quarkus.logging.LoggingFilter;
import java.util.logging.Filter;
import java.util.logging.LogRecord;
import org.jboss.logmanager.ExtFormatter;
import org.jboss.logmanager.ExtLogRecord;

/**
 * Redacts every log line before a handler writes it (see {@link Redaction}): the message as it
 * will be printed, and the messages of an attached exception chain (SQL errors quote values).
 * Configured on the console and file handlers ({@code quarkus.log.*.filter=redact}).
 */
@LoggingFilter(name = "redact")
public final class RedactingLogFilter implements Filter {

    /** Formats a record's message with its parameters, whatever its format style, as the handlers would. */
    private static final ExtFormatter MESSAGE = new ExtFormatter() {
        @Override
        public String format(ExtLogRecord record) {
            return formatMessage(record);
        }
    };

    @Override
    public boolean isLoggable(LogRecord record) {
        String message = MESSAGE.formatMessage(record);
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
