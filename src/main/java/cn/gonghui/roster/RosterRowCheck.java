package cn.gonghui.roster;

import cn.gonghui.identity.IdNumber;
import cn.gonghui.identity.ImportedMembers.Person;
import cn.gonghui.identity.PersonName;
import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.platform.error.FieldError;
import cn.gonghui.platform.text.TextRule;
import cn.gonghui.roster.RosterSheet.RosterRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One roster row held to the rules a worker's own entry is held to: a real name as
 * {@link PersonName} spells it, a valid ID number (GB 11643), a mobile number, an employer of at most
 * 100 characters without control characters ({@link TextRule}). A row breaking any of them is refused with every broken column named; the rest
 * of the roster goes on.
 */
final class RosterRowCheck {

    static final int EMPLOYER_MAX = 100;
    private static final Pattern PHONE = Pattern.compile("^1\\d{10}$");

    /** One refused cell: its column's code and the rule it broke. */
    record CellError(String column, String code) {
    }

    /** A row that passed, or the errors of one that did not. */
    record Checked(RosterRow row, Person person, String employerName, List<CellError> errors) {

        boolean accepted() {
            return errors.isEmpty();
        }
    }

    private RosterRowCheck() {
    }

    static Checked check(RosterRow row, LocalDate today) {
        List<CellError> errors = new ArrayList<>();
        PersonName name = null;
        IdNumber idNumber = null;
        String nameText = row.cell(RosterColumn.NAME);
        if (nameText == null) {
            errors.add(new CellError(RosterColumn.NAME.code, "REQUIRED"));
        } else {
            try {
                name = PersonName.ofField(RosterColumn.NAME.code, nameText);
            } catch (ApiProblem refused) {
                errors.add(cellError(RosterColumn.NAME, refused));
            }
        }
        String idText = row.cell(RosterColumn.ID_NUMBER);
        if (idText == null) {
            errors.add(new CellError(RosterColumn.ID_NUMBER.code, "REQUIRED"));
        } else {
            try {
                idNumber = IdNumber.ofField(RosterColumn.ID_NUMBER.code, idText.toUpperCase(java.util.Locale.ROOT), today);
            } catch (ApiProblem refused) {
                errors.add(cellError(RosterColumn.ID_NUMBER, refused));
            }
        }
        String phone = row.cell(RosterColumn.PHONE);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            errors.add(new CellError(RosterColumn.PHONE.code, "PATTERN"));
        }
        String employer = row.cell(RosterColumn.EMPLOYER);
        java.util.Optional<String> broken = employer == null ? java.util.Optional.empty()
                : TextRule.violation(employer, false);
        if (broken.isPresent()) {
            errors.add(new CellError(RosterColumn.EMPLOYER.code, broken.get()));
        } else if (employer != null && employer.codePointCount(0, employer.length()) > EMPLOYER_MAX) {
            errors.add(new CellError(RosterColumn.EMPLOYER.code, "TOO_LONG"));
        }
        if (!errors.isEmpty()) {
            return new Checked(row, null, null, errors);
        }
        return new Checked(row, new Person(name, idNumber, phone), employer, List.of());
    }

    private static CellError cellError(RosterColumn column, ApiProblem refused) {
        List<FieldError> errors = refused.errors();
        return new CellError(column.code, errors == null || errors.isEmpty() ? "INVALID_VALUE" : errors.get(0).code());
    }
}
