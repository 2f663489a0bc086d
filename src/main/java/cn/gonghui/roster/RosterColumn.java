package cn.gonghui.roster;

import java.util.List;

/**
 * The columns of a roster, in the template's order; the header names them in Chinese and English
 * and an upload must keep them as the template has them. A row's error names its column by code.
 */
enum RosterColumn {
    NAME("name", "姓名 Name"),
    ID_NUMBER("idNumber", "身份证号 ID number"),
    PHONE("phone", "手机号 Phone"),
    EMPLOYER("employerName", "工作单位 Employer");

    static final List<RosterColumn> ALL = List.of(values());

    final String code;
    final String header;

    RosterColumn(String code, String header) {
        this.code = code;
        this.header = header;
    }

    int index() {
        return ordinal();
    }
}
