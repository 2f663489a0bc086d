package cn.gonghui.platform.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** {@code ?limit=&cursor=} of every list. */
public class PageParams {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    @QueryParam("limit")
    @Min(1)
    @Max(MAX_LIMIT)
    @Parameter(description = "每页条数，默认 20，最多 100 / Page size, default 20, at most 100",
            schema = @Schema(minimum = "1", maximum = "100", defaultValue = "20", format = "int32"))
    Integer limit;

    @QueryParam("cursor")
    @Size(max = Cursor.MAX_LENGTH)
    @Pattern(regexp = "^[A-Za-z0-9_-]+$")
    @Parameter(description = "上一页响应中的 nextCursor / The nextCursor of the previous page",
            schema = @Schema(maxLength = Cursor.MAX_LENGTH, pattern = "^[A-Za-z0-9_-]+$"))
    String cursor;

    public PageParams() {
    }

    public PageParams(Integer limit, String cursor) {
        this.limit = limit;
        this.cursor = cursor;
    }

    public int limit() {
        return limit == null ? DEFAULT_LIMIT : limit;
    }

    /** The position after which this page starts; empty on the first page. */
    public Optional<Cursor> after() {
        return cursor == null || cursor.isEmpty() ? Optional.empty() : Optional.of(Cursor.decode(cursor));
    }
}
