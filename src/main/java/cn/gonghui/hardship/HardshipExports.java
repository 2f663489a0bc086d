package cn.gonghui.hardship;

import cn.gonghui.disbursement.DisbursementQueries;
import cn.gonghui.hardship.HardshipViews.ExportedFile;
import cn.gonghui.hardship.HardshipViews.FileView;
import cn.gonghui.hardship.HardshipViews.HardshipExport;
import cn.gonghui.privacy.PersonalDataExport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Everything the hardship line keeps of a member, decrypted, for the member's own data export. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class HardshipExports implements PersonalDataExport {

    private final HardshipFiles files;
    private final HardshipOffers offers;
    private final DisbursementQueries disbursements;

    public HardshipExports(HardshipFiles files, HardshipOffers offers, DisbursementQueries disbursements) {
        this.files = files;
        this.offers = offers;
        this.disbursements = disbursements;
    }

    @Override
    public String section() {
        return "hardship";
    }

    @Override
    public Object of(UUID memberId) {
        return export(memberId);
    }

    public HardshipExport export(UUID memberId) {
        List<HardshipFile> kept = HardshipFile.list("memberId = ?1 order by validFrom desc, id desc", memberId);
        List<FileView> views = files.views(kept);
        List<ExportedFile> exported = new ArrayList<>();
        for (int index = 0; index < kept.size(); index++) {
            exported.add(new ExportedFile(views.get(index), files.householdJson(kept.get(index))));
        }
        return new HardshipExport(exported, offers.viewsOf(memberId), disbursements.allOf(memberId, "hardship."));
    }
}
