package cn.gonghui.hardship;

import cn.gonghui.application.Action;
import cn.gonghui.application.ActionRequest;
import cn.gonghui.application.ActionResult;
import cn.gonghui.application.ApplicationRef;
import cn.gonghui.application.ApplicationResult;
import cn.gonghui.application.ApplicationResults;
import cn.gonghui.application.LineRules;
import cn.gonghui.application.ResultShape;
import cn.gonghui.application.WithdrawalAfterApproval;
import cn.gonghui.catalogue.FormValidator;
import cn.gonghui.catalogue.Service;
import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.platform.error.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The hardship file on the engine: the household must name the applicant and each student's
 * school level; the service classifies the household at submission (and after each supplement)
 * with the line in force on the submission day; the district's approval opens the file and offers
 * the programmes its data already qualifies for (免申即享).
 */
@ApplicationScoped
public class HardshipFileLine implements LineRules<HardshipFileForm> {

    static final String FILE = "hardship.file";
    private static final String CLASSIFICATION_REQUIRED = "CLASSIFICATION_REQUIRED";
    private static final Set<String> DECIDABLE = Set.of(HardshipClassification.DEEP, HardshipClassification.RELATIVE,
            HardshipClassification.ACCIDENT);

    private final HardshipSettings settings;
    private final HardshipFiles files;
    private final HardshipOffers offers;
    private final ApplicationResults results;

    public HardshipFileLine(HardshipSettings settings, HardshipFiles files, HardshipOffers offers,
            ApplicationResults results) {
        this.settings = settings;
        this.files = files;
        this.offers = offers;
        this.results = results;
    }

    @Override
    public Set<String> lines() {
        return Set.of(FILE);
    }

    /** Refused: the district's approval opened the file and offered its programmes (免申即享). */
    @Override
    public WithdrawalAfterApproval withdrawalAfterApproval(String line) {
        return WithdrawalAfterApproval.REFUSED;
    }

    @Override
    public Class<HardshipFileForm> formView() {
        return HardshipFileForm.class;
    }

    /** The household names the applicant once, and the school of each student. */
    @Override
    public void checkForm(UUID memberId, Service service, HardshipFileForm form) {
        Household household = form.household();
        List<FieldError> errors = new ArrayList<>();
        if (household.members().stream().filter(person -> "self".equals(person.relation())).count() != 1) {
            errors.add(FormValidator.error("household", "SELF_REQUIRED"));
        }
        for (Household.Person person : household.members()) {
            if (person.isStudent() && person.schoolLevel() == null) {
                errors.add(FormValidator.error("household[" + person.index() + "].schoolLevel", "REQUIRED"));
            }
        }
        if (!errors.isEmpty()) {
            throw FormValidator.invalid(errors);
        }
    }

    @Override
    public HardshipResults.Assessment assess(ApplicationRef application, Service service,
            HardshipFileForm form) {
        LocalDate submitted = application.submittedOn();
        Household household = form.household();
        HardshipClassification assessed = HardshipClassification.classify(household, form.annualUnavoidableCosts(),
                form.causes(), settings.lineOn(submitted));
        return new HardshipResults.Assessment(assessed.classification(),
                assessed.perCapitaMonthlyIncome().toPlainString(), assessed.line().monthly().toPlainString(),
                household.size());
    }

    /**
     * The district may settle the classification at approval ({@code result.classification}); it
     * must when the service's assessment found the household not eligible.
     */
    @Override
    public ResultShape resultShape(Action action, ApplicationRef application) {
        return action == Action.APPROVE ? ResultShape.of(HardshipApprovals.FileApproval.class, CLASSIFICATION_REQUIRED)
                : ResultShape.NOTHING;
    }

    @Override
    public ApplicationResult onAction(Action action, ApplicationRef application, ActionRequest request,
            ActionResult result, Supplier<HardshipFileForm> form) {
        if (!(result instanceof HardshipApprovals.FileApproval approval)) {
            return null;
        }
        String assessed = results.part(application, HardshipResults.Assessment.class).classification();
        if (approval.classification() == null && (assessed == null || !DECIDABLE.contains(assessed))) {
            throw ApiProblem.invalidField(422, CLASSIFICATION_REQUIRED, "result.classification", "REQUIRED");
        }
        return approval;
    }

    @Override
    public HardshipResults.FileOpened onApproved(ApplicationRef application, HardshipFileForm form) {
        HardshipResults.Assessment settled = results.part(application, HardshipResults.Assessment.class);
        HardshipFile file = files.open(application, form.householdAsFiled(), settled.classification(),
                decimal(settled.perCapitaMonthlyIncome()), decimal(settled.minimumLivingLine()));
        offers.offerFor(file, application, form.household(), form.causes());
        return new HardshipResults.FileOpened(file.id, file.validFrom, file.validUntil);
    }

    private static BigDecimal decimal(String amount) {
        return amount == null ? null : new BigDecimal(amount);
    }
}
