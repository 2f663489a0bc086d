package cn.gonghui.platform.text;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a text field that may run over several lines (a note, a reason, a comment): it keeps
 * {@code \n}, {@code \r} and {@code \t}, which every other text refuses (see {@link TextRule}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
public @interface MultiLineText {
}
