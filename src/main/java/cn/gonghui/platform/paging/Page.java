package cn.gonghui.platform.paging;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list and the cursor of the next one ({@code null} on the last page). */
public record Page<T>(
        @Schema(description = "本页条目 / Items of this page", maxItems = PageParams.MAX_LIMIT, required = true)
        List<T> items,
        @Schema(description = "下一页的游标，最后一页为 null / Cursor of the next page, null on the last one",
                examples = "eyJrIjpbIjAxOTNhNmIwIl19", maxLength = Cursor.MAX_LENGTH, pattern = "^[A-Za-z0-9_-]+$",
                nullable = true, required = true)
        String nextCursor) {

    /**
     * Builds a page from a query that fetched one row more than the limit: that extra row only
     * tells that there is a next page, whose cursor is the key of the last row shown.
     */
    public static <R, T> Page<T> of(List<R> rowsPlusOne, int limit, Function<R, Cursor> keyOf, Function<R, T> view) {
        boolean more = rowsPlusOne.size() > limit;
        List<R> shown = more ? rowsPlusOne.subList(0, limit) : rowsPlusOne;
        String next = more ? keyOf.apply(shown.get(shown.size() - 1)).encode() : null;
        return new Page<>(shown.stream().map(view).toList(), next);
    }
}
