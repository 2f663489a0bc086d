package cn.gonghui.legalaid;

import cn.gonghui.place.PlaceViews.DistrictView;
import cn.gonghui.place.PlaceViews.StreetView;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A union lawyer as the assigning officer needs them: whom to pick, and for which streets. */
@Schema(name = "Lawyer", description = "工会律师（可指派办理法律援助）/ A union lawyer, who may be assigned legal aid")
public record LawyerView(
        @Schema(description = "干部编号，即 assign 操作的 officerId / The officer id, assign's officerId", required = true)
        UUID id,
        @Schema(description = "显示名 / Display name", examples = "德胜街道工会律师", maxLength = 60, required = true)
        String displayName,
        @Schema(description = "负责的街道 / The streets the lawyer works", maxItems = 50, required = true)
        List<StreetView> streets,
        @Schema(description = "负责全区的律师所在的区；只负责街道的为 null / The district of a lawyer working all of "
                + "it; null for a lawyer of streets", nullable = true)
        DistrictView district) {
}
