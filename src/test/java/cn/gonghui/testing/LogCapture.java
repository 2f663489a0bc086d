package cn.gonghui.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import org.jboss.logmanager.ExtFormatter;
import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.LogContext;
import org.jboss.logmanager.Logger;

/** Collects what the application logs while a test runs, to assert on log lines and their MDC. */
public final class LogCapture extends Handler implements AutoCloseable {

    /** Formats a message with its parameters as the console does. */
    private static final ExtFormatter MESSAGE = new ExtFormatter() {
        @Override
        public String format(ExtLogRecord record) {
            return formatMessage(record);
        }
    };

    private final List<ExtLogRecord> records = new CopyOnWriteArrayList<>();
    private final Logger root = LogContext.getLogContext().getLogger("");

    private LogCapture() {
    }

    public static LogCapture start() {
        LogCapture capture = new LogCapture();
        capture.root.addHandler(capture);
        return capture;
    }

    public List<ExtLogRecord> records() {
        return List.copyOf(records);
    }

    /** Every captured line as the console would show it, message and stack trace included. */
    public String text() {
        StringBuilder text = new StringBuilder();
        for (ExtLogRecord record : records) {
            text.append(record.getLevel()).append(' ').append(MESSAGE.formatMessage(record)).append('\n');
            if (record.getThrown() != null) {
                text.append(record.getThrown()).append('\n');
            }
        }
        return text.toString();
    }

    @Override
    public void publish(LogRecord record) {
        if (record instanceof ExtLogRecord extended) {
            extended.copyMdc();
            records.add(extended);
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        root.removeHandler(this);
    }
}
