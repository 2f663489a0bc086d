package cn.gonghui.roster;

import cn.gonghui.application.ApplicationLists;
import cn.gonghui.application.ApplicationQueueExport;
import cn.gonghui.application.ApplicationViews.SummaryView;
import cn.gonghui.application.QueueFilter;
import cn.gonghui.platform.paging.Page;
import cn.gonghui.platform.paging.PageParams;
import cn.gonghui.security.DataScope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.Arrays;
import java.util.List;

/**
 * The officers' queue as XLSX: the queue itself (its filters, its scope, names masked), read page
 * after keyset page, each in a transaction of its own and flushed, so any length takes the memory of
 * one page.
 */
@ApplicationScoped
public class QueueSheet implements ApplicationQueueExport {

    static final List<String> HEADER = List.of("受理号 Number", "服务 Service", "状态 Status", "街道 Street",
            "申请人 Applicant", "提交时间 Submitted at", "承诺办结 Expected by", "超期 Overdue");

    private final ApplicationLists lists;

    public QueueSheet(ApplicationLists lists) {
        this.lists = lists;
    }

    @Override
    public StreamingOutput export(DataScope scope, QueueFilter filter) {
        return out -> {
            SheetStream sheet = new SheetStream(out, "待办 Queue", HEADER);
            String cursor = null;
            do {
                PageParams page = new PageParams(PageParams.MAX_LIMIT, cursor);
                Page<SummaryView> batch = QuarkusTransaction.requiringNew().call(() -> lists.queue(scope, filter, page, true));
                batch.items().forEach(item -> sheet.row(Arrays.<Object>asList(item.number(), item.serviceName(),
                        item.status().code(), item.street() == null ? null : item.street().name(), item.applicantName(),
                        item.submittedAt(), item.expectedBy(), item.overdue() ? "是 yes" : "否 no")));
                sheet.flush();
                cursor = batch.nextCursor();
            } while (cursor != null);
            sheet.finish();
        };
    }
}
