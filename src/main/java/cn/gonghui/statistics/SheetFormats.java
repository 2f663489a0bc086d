package cn.gonghui.statistics;

import cn.gonghui.statistics.StatisticsViews.Tabular;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A statistic answered as JSON, CSV (RFC 4180, UTF-8 with a byte-order mark so that spreadsheet
 * programs read the Chinese labels) or XLSX (written by FastExcel), whichever the Accept header
 * prefers.
 */
final class SheetFormats {

    static final String CSV = "text/csv";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private SheetFormats() {
    }

    static Response answer(Tabular figures, jakarta.ws.rs.core.HttpHeaders headers) {
        String type = preferred(acceptable(headers));
        if (type.equals(CSV)) {
            return file(Response.ok(csv(figures), CSV + "; charset=UTF-8"), figures, "csv");
        }
        if (type.equals(XLSX)) {
            return file(Response.ok(xlsx(figures), XLSX), figures, "xlsx");
        }
        return Response.ok(figures, MediaType.APPLICATION_JSON).build();
    }

    private static Response file(Response.ResponseBuilder response, Tabular figures, String extension) {
        return response.header("Content-Disposition", "attachment; filename=\"" + figures.sheetName() + "." + extension + "\"")
                .build();
    }

    /** The types the caller accepts; an Accept header the framework cannot read (e.g. empty) counts as none given. */
    private static List<MediaType> acceptable(jakarta.ws.rs.core.HttpHeaders headers) {
        try {
            return headers.getAcceptableMediaTypes();
        } catch (IllegalArgumentException unreadable) {
            return List.of();
        }
    }

    /** The first acceptable type we serve, JSON for a wildcard. */
    private static String preferred(List<MediaType> acceptable) {
        for (MediaType type : acceptable) {
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return MediaType.APPLICATION_JSON;
            }
            if (type.isCompatible(MediaType.valueOf(CSV))) {
                return CSV;
            }
            if (type.isCompatible(MediaType.valueOf(XLSX))) {
                return XLSX;
            }
        }
        return MediaType.APPLICATION_JSON;
    }

    static byte[] csv(Tabular figures) {
        StringBuilder text = new StringBuilder("\uFEFF");
        line(text, List.copyOf(figures.header()));
        figures.rows().forEach(row -> line(text, row));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder text, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            Object cell = cells.get(i);
            String value = cell == null ? "" : cell.toString();
            // a cell a spreadsheet would run as a formula is written as text
            if (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 && !(cell instanceof Number)) {
                value = "'" + value;
            }
            if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
                value = '"' + value.replace("\"", "\"\"") + '"';
            }
            text.append(value);
        }
        text.append("\r\n");
    }

    static StreamingOutput xlsx(Tabular figures) {
        // written into memory first: a failure then answers a problem, never half a file
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try {
            write(figures, buffer);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write a spreadsheet", e);
        }
        byte[] bytes = buffer.toByteArray();
        return output -> output.write(bytes);
    }

    private static void write(Tabular figures, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Gonghui", "1.0");
        Worksheet sheet = workbook.newWorksheet(figures.sheetName());
        List<String> header = figures.header();
        for (int column = 0; column < header.size(); column++) {
            sheet.value(0, column, header.get(column));
            sheet.style(0, column).bold().set();
        }
        List<List<Object>> rows = figures.rows();
        for (int row = 0; row < rows.size(); row++) {
            List<Object> cells = rows.get(row);
            for (int column = 0; column < cells.size(); column++) {
                Object cell = cells.get(column);
                if (cell instanceof Number number) {
                    sheet.value(row + 1, column, number);
                } else if (cell != null) {
                    sheet.value(row + 1, column, cell.toString());
                }
            }
        }
        workbook.finish();
    }
}
