package cn.gonghui.application;

/**
 * What an officer records of a line's own in an action's {@code result} (legal aid's form of help,
 * hardship's approved amount): a record with Bean Validation constraints, which the line names in
 * {@link LineRules#resultShape} and the engine reads from the request before the line sees it.
 */
public interface ActionResult {
}
