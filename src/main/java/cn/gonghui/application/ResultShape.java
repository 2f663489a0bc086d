package cn.gonghui.application;

/**
 * What an action's {@code result} must be on a line: the record it is read into, the 422 problem
 * that names its wrong fields, and whether it may be left out (then it is read as {@code {}}, so
 * the record's own required fields are named). A shape without a type refuses every result but an
 * empty one (RESULT_NOT_EXPECTED): the action records nothing of the line's own, and a value sent
 * anyway is an error the officer sees rather than one silently dropped.
 */
public record ResultShape(Class<? extends ActionResult> type, String problemCode, boolean required) {

    /** What most actions take: no result, refused as an invalid action. */
    public static final ResultShape NOTHING = nothing("APPLICATION_INVALID");

    /** A result that may be left out. */
    public static ResultShape of(Class<? extends ActionResult> type, String problemCode) {
        return new ResultShape(type, problemCode, false);
    }

    /** A result the action cannot do without: leaving it out is {@code result} REQUIRED. */
    public static ResultShape required(Class<? extends ActionResult> type, String problemCode) {
        return new ResultShape(type, problemCode, true);
    }

    /** No result of the line's own. */
    public static ResultShape nothing(String problemCode) {
        return new ResultShape(null, problemCode, false);
    }
}
