package cn.gonghui.platform.error;

/** Tells a failure of the framework's form-body parsing from one of ours. */
public final class FormBodies {

    /** Where Quarkus REST reads form-encoded and multipart bodies before a resource sees them. */
    private static final String PARSER = "org.jboss.resteasy.reactive.server.handlers.FormBodyHandler";

    private FormBodies() {
    }

    /** Whether {@code failure} was thrown while the framework parsed the request's form or multipart body. */
    public static boolean failedParsing(Throwable failure) {
        for (StackTraceElement frame : failure.getStackTrace()) {
            if (frame.getClassName().equals(PARSER)) {
                return true;
            }
        }
        return false;
    }
}
