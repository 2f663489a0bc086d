package cn.gonghui.platform.demo;

import java.util.List;

/**
 * The demo rows one capability writes in the dev profile, found again: outside the dev profile
 * {@link DemoDataGuard} refuses to start on a database that holds any.
 */
public interface DemoRows {

    /** What the rows are, for an operator, e.g. {@code demo accounts}. */
    String kind();

    /** The demo rows this database holds, each by the name an operator knows it by; empty when none. */
    List<String> present();
}
