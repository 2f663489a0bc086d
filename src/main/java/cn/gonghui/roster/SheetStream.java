package cn.gonghui.roster;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * An XLSX written as it goes: the header, then rows a batch at a time, each batch flushed to the
 * response. Cells are inline strings, not the shared-strings table (which would grow with every
 * distinct value of 200,000 rows), so memory stays one batch whatever the length.
 */
final class SheetStream {

    private final Workbook workbook;
    private final Worksheet sheet;
    private int row;

    SheetStream(OutputStream out, String sheetName, List<String> header) {
        this.workbook = new Workbook(out, "Gonghui", "1.0");
        this.sheet = workbook.newWorksheet(sheetName);
        for (int column = 0; column < header.size(); column++) {
            sheet.inlineString(0, column, header.get(column));
            sheet.style(0, column).bold().set();
        }
        row = 1;
    }

    void row(List<?> cells) {
        for (int column = 0; column < cells.size(); column++) {
            Object cell = cells.get(column);
            if (cell != null) {
                sheet.inlineString(row, column, cell.toString());
            }
        }
        row++;
    }

    void flush() throws IOException {
        sheet.flush();
    }

    void finish() throws IOException {
        workbook.finish();
    }
}
