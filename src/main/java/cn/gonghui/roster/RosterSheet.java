package cn.gonghui.roster;

import cn.gonghui.platform.error.ApiProblem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * A roster as a spreadsheet: the template officers fill in, and the rows of an uploaded one read as
 * a stream (FastExcel's reader pulls one row at a time from the sheet's XML, so a 200,000-row roster
 * is never held as rows in memory; the file itself, at most the upload limit, is read from memory and
 * never written to a local disk in plain text). Blank rows are skipped everywhere, so counting, importing and
 * resuming after a restart all see the same rows in the same order.
 */
final class RosterSheet implements AutoCloseable {

    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String SHEET_NAME = "会员名册";

    /** A data row as written: its row number in the sheet (the header is row 1) and its cells, trimmed, null when empty. */
    record RosterRow(int number, List<String> cells) {

        String cell(RosterColumn column) {
            return column.index() < cells.size() ? cells.get(column.index()) : null;
        }
    }

    private final ReadableWorkbook workbook;
    private final Stream<Row> rows;
    private final Iterator<Row> iterator;

    private RosterSheet(ReadableWorkbook workbook, Stream<Row> rows) {
        this.workbook = workbook;
        this.rows = rows;
        this.iterator = rows.iterator();
    }

    /** Opens a roster and checks its header; a file that is no XLSX, or not of the template, is a 422. */
    static RosterSheet open(byte[] file) {
        ReadableWorkbook workbook = null;
        try {
            workbook = new ReadableWorkbook(new ByteArrayInputStream(file));
            Stream<Row> rows = workbook.getFirstSheet().openStream();
            RosterSheet sheet = new RosterSheet(workbook, rows);
            sheet.requireTemplateHeader();
            return sheet;
        } catch (IOException | RuntimeException notARoster) {
            closeQuietly(workbook);
            if (notARoster instanceof ApiProblem problem) {
                throw problem;
            }
            throw ApiProblem.unprocessable("ROSTER_FILE_INVALID");
        }
    }

    /** The next non-blank data row; empty at the end. */
    Optional<RosterRow> next() {
        while (hasNext()) {
            Row row = iterator.next();
            List<String> cells = RosterColumn.ALL.stream().map(column -> text(row, column.index())).toList();
            if (cells.stream().anyMatch(cell -> cell != null)) {
                return Optional.of(new RosterRow(row.getRowNum(), cells));
            }
        }
        return Optional.empty();
    }

    /** Whether a row follows; a sheet broken further on is a file that cannot be imported, not a crash. */
    private boolean hasNext() {
        try {
            return iterator.hasNext();
        } catch (RuntimeException broken) {
            throw ApiProblem.unprocessable("ROSTER_FILE_INVALID");
        }
    }

    /** Skips this many data rows: a resumed import goes on after its last committed batch. */
    void skip(long count) {
        for (long i = 0; i < count && next().isPresent(); i++) {
            // skipped
        }
    }

    private void requireTemplateHeader() {
        if (!iterator.hasNext()) {
            throw ApiProblem.unprocessable("ROSTER_FILE_INVALID");
        }
        Row header = iterator.next();
        for (RosterColumn column : RosterColumn.ALL) {
            if (!column.header.equals(text(header, column.index()))) {
                throw ApiProblem.unprocessable("ROSTER_FILE_INVALID");
            }
        }
    }

    private static String text(Row row, int column) {
        if (!row.hasCell(column)) {
            return null;
        }
        String raw = row.getCellText(column);
        if (raw == null) {
            return null;
        }
        String text = raw.strip();
        return text.isEmpty() ? null : text;
    }

    @Override
    public void close() {
        rows.close();
        closeQuietly(workbook);
    }

    private static void closeQuietly(ReadableWorkbook workbook) {
        if (workbook != null) {
            try {
                workbook.close();
            } catch (IOException ignored) {
                // nothing left to do with it
            }
        }
    }

    /** The empty template: the header, the ID number and phone columns formatted as text, so Excel keeps every digit. */
    static void writeTemplate(OutputStream out) {
        try {
            Workbook workbook = new Workbook(out, "Gonghui", "1.0");
            Worksheet sheet = workbook.newWorksheet(SHEET_NAME);
            for (RosterColumn column : RosterColumn.ALL) {
                sheet.value(0, column.index(), column.header);
                sheet.style(0, column.index()).bold().set();
                sheet.width(column.index(), 24);
            }
            sheet.range(1, RosterColumn.ID_NUMBER.index(), 1000, RosterColumn.PHONE.index()).style().format("@").set();
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the roster template", e);
        }
    }
}
