package cn.gonghui.roster;

import static io.restassured.RestAssured.given;

import cn.gonghui.testing.IdNumbers;
import io.restassured.response.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Rosters built in the test with FastExcel's writer, and the calls that upload and read them. */
final class Rosters {

    static final String IMPORTS = "/api/v1/admin/member-imports";
    static final List<String> HEADER = List.of("姓名 Name", "身份证号 ID number", "手机号 Phone", "工作单位 Employer");

    private Rosters() {
    }

    /** A valid ID number nobody else in the suite has: a random birth day and sequence. */
    static String newIdNumber() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String birth = String.format("19%02d%02d%02d", 60 + random.nextInt(40), 1 + random.nextInt(12), 1 + random.nextInt(28));
        return IdNumbers.withCheck("110102" + birth + String.format("%03d", random.nextInt(1000)));
    }

    static String newPhone() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    /** An XLSX of the template's header and these rows (a null cell stays empty). */
    static byte[] xlsx(List<String> header, List<List<String>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "test", "1.0");
            Worksheet sheet = workbook.newWorksheet("会员名册");
            for (int column = 0; column < header.size(); column++) {
                sheet.value(0, column, header.get(column));
            }
            for (int row = 0; row < rows.size(); row++) {
                List<String> cells = rows.get(row);
                for (int column = 0; column < cells.size(); column++) {
                    if (cells.get(column) != null) {
                        sheet.value(row + 1, column, cells.get(column));
                    }
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] xlsx(List<List<String>> rows) {
        return xlsx(HEADER, rows);
    }

    static Response upload(String token, String streetCode, byte[] file) {
        return given().auth().oauth2(token).multiPart("file", "roster.xlsx", file, RosterSheet.CONTENT_TYPE)
                .queryParam("streetCode", streetCode)
                .when().post(IMPORTS);
    }

    static Response job(String token, String id) {
        return given().auth().oauth2(token).when().get(IMPORTS + "/" + id);
    }
}
