package cn.gonghui.platform.fuzz;

import com.fasterxml.jackson.databind.node.TextNode;

/** A value written into a JSON body as it is: numbers no parser holds, nesting, any literal. */
final class RawJson extends TextNode {

    private final String text;

    RawJson(String text) {
        super(text);
        this.text = text;
    }

    String text() {
        return text;
    }
}
