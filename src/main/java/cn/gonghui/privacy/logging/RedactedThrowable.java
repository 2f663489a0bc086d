package cn.gonghui.privacy.logging;

/**
 * A copy of an exception chain for the log, with each message redacted and the stack traces kept:
 * database errors quote the values of the failing row.
 */
final class RedactedThrowable extends RuntimeException {

    private final String originalClass;

    private RedactedThrowable(Throwable original, Throwable cause) {
        super(Redaction.redact(original.getMessage()), cause, false, true);
        this.originalClass = original.getClass().getName();
        setStackTrace(original.getStackTrace());
    }

    static Throwable of(Throwable original) {
        if (original instanceof RedactedThrowable) {
            return original;
        }
        Throwable cause = original.getCause() == null || original.getCause() == original ? null : of(original.getCause());
        return new RedactedThrowable(original, cause);
    }

    @Override
    public String toString() {
        String message = getLocalizedMessage();
        return message == null ? originalClass : originalClass + ": " + message;
    }
}
