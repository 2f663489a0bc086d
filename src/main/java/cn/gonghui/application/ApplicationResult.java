package cn.gonghui.application;

/**
 * A part of an application's {@code result} that a line's hook returns (an assessment, an approval's
 * effects): a record whose JSON properties the engine adds to the result, replacing earlier ones of
 * the same name. A record with optional parts says {@code @JsonInclude(NON_NULL)}, so what it does
 * not know leaves the result as it was.
 */
public interface ApplicationResult {
}
