package cn.gonghui.card;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** {@code ?status=&kind=} of the bank's order list. */
public class CardOrderFilter {

    @QueryParam("status")
    @Pattern(regexp = "^(pending|accepted|produced|ready_for_pickup|issued|failed|cancelled)$")
    @Parameter(description = "订单状态，如 pending（待银行受理）/ The orders' status, e.g. pending (not yet taken on)",
            schema = @Schema(enumeration = {"pending", "accepted", "produced", "ready_for_pickup", "issued", "failed",
                    "cancelled"}))
    String status;

    @QueryParam("kind")
    @Pattern(regexp = "^(issue|replace|loss|cancel)$")
    @Parameter(description = "订单类型 / The orders' kind",
            schema = @Schema(enumeration = {"issue", "replace", "loss", "cancel"}))
    String kind;

    public CardOrderFilter() {
    }
}
