package cn.gonghui.hardship;

import cn.gonghui.application.Action;
import cn.gonghui.application.ActionRequest;
import cn.gonghui.application.ActionResult;
import cn.gonghui.application.Applicant;
import cn.gonghui.application.ApplicationRef;
import cn.gonghui.application.ApplicationResult;
import cn.gonghui.application.ApplicationResults;
import cn.gonghui.application.LineRules;
import cn.gonghui.application.ResultShape;
import cn.gonghui.application.WithdrawalAfterApproval;
import cn.gonghui.catalogue.FormValidator;
import cn.gonghui.catalogue.Service;
import cn.gonghui.disbursement.Disbursements;
import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.platform.error.FieldError;
import cn.gonghui.platform.time.BeijingTime;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The programmes attached to an active file: only a member with one may apply, and the district's
 * approval writes what the fund pays: the living subsidy's entitlement and first month, education
 * aid per child by school level, medical aid the amount the district approved (never more than
 * requested).
 */
@ApplicationScoped
public class HardshipProgrammeLines implements LineRules<HardshipProgrammeForm> {

    private static final String APPROVED_AMOUNT_INVALID = "APPROVED_AMOUNT_INVALID";

    private final HardshipSettings settings;
    private final HardshipFiles files;
    private final LivingSubsidies payments;
    private final Disbursements disbursements;
    private final ApplicationResults results;
    private final Clock clock;

    public HardshipProgrammeLines(HardshipSettings settings, HardshipFiles files, LivingSubsidies payments,
            Disbursements disbursements, ApplicationResults results, Clock clock) {
        this.payments = payments;
        this.settings = settings;
        this.files = files;
        this.disbursements = disbursements;
        this.results = results;
        this.clock = clock;
    }

    @Override
    public Set<String> lines() {
        return Set.of(HardshipOffers.LIVING_SUBSIDY, HardshipOffers.EDUCATION_AID, HardshipOffers.MEDICAL_AID);
    }

    /** Refused on every programme: the approval scheduled payments (and the living subsidy's entitlement). */
    @Override
    public WithdrawalAfterApproval withdrawalAfterApproval(String line) {
        return WithdrawalAfterApproval.REFUSED;
    }

    @Override
    public Class<HardshipProgrammeForm> formView() {
        return HardshipProgrammeForm.class;
    }

    @Override
    public void beforeSubmit(Applicant applicant, Service service, HardshipProgrammeForm form) {
        HardshipFile file = activeFile(applicant.memberId());
        if (HardshipOffers.LIVING_SUBSIDY.equals(service.line())) {
            if (!HardshipClassification.qualifiesForLivingSubsidy(file.classification)) {
                throw ApiProblem.unprocessable("LIVING_SUBSIDY_NOT_ELIGIBLE");
            }
            payments.livingSubsidyOf(file).ifPresent(firstPeriod -> {
                throw ApiProblem.unprocessable("AID_ALREADY_DISBURSED", firstPeriod);
            });
        }
    }

    /**
     * Education aid is for the students of the household on file, each once, at the school level
     * the file gives: the amount follows the level, so the form cannot choose a dearer one.
     */
    @Override
    public void checkForm(UUID memberId, Service service, HardshipProgrammeForm form) {
        if (!HardshipOffers.EDUCATION_AID.equals(service.line())) {
            return;
        }
        List<Household.Person> household = files.household(activeFile(memberId)).members();
        List<FieldError> errors = new ArrayList<>();
        Set<Integer> named = new HashSet<>();
        List<HardshipProgrammeForm.Child> children = form.children();
        for (int index = 0; index < children.size(); index++) {
            String path = "children[" + index + "]";
            HardshipProgrammeForm.Child child = children.get(index);
            int person = child.householdMember();
            if (person < 0 || person >= household.size() || !household.get(person).isStudent()) {
                errors.add(FormValidator.error(path + ".householdMember", "NOT_IN_HOUSEHOLD"));
            } else if (!named.add(person)) {
                errors.add(FormValidator.error(path + ".householdMember", "NAMED_TWICE"));
            } else if (child.schoolLevel() == null || !child.schoolLevel().equals(household.get(person).schoolLevel())) {
                errors.add(FormValidator.error(path + ".schoolLevel", "NOT_AS_ON_FILE"));
            }
        }
        if (!errors.isEmpty()) {
            throw FormValidator.invalid(errors);
        }
    }

    private static HardshipFile activeFile(UUID memberId) {
        return HardshipFile.activeOf(memberId).orElseThrow(() -> ApiProblem.unprocessable("HARDSHIP_FILE_REQUIRED"));
    }

    /**
     * A programme is completed once the aid is paid (API.md: aid disbursed): the last payment's report
     * completes it; an officer's complete before that is not offered and refused.
     */
    @Override
    public ApiProblem refusal(Action action, ApplicationRef application) {
        if (action == Action.COMPLETE
                && disbursements.unpaidOf(application.id()) > 0) {
            return ApiProblem.conflict("AID_NOT_PAID_YET");
        }
        return null;
    }

    /** Medical aid's approval names the amount approved: a sum of money no higher than the one requested. */
    @Override
    public ResultShape resultShape(Action action, ApplicationRef application) {
        return action == Action.APPROVE && HardshipOffers.MEDICAL_AID.equals(application.serviceCode())
                ? ResultShape.of(HardshipApprovals.MedicalAidApproval.class, APPROVED_AMOUNT_INVALID)
                : ResultShape.NOTHING;
    }

    @Override
    public ApplicationResult onAction(Action action, ApplicationRef application, ActionRequest request,
            ActionResult result, Supplier<HardshipProgrammeForm> form) {
        if (!(result instanceof HardshipApprovals.MedicalAidApproval approval)) {
            return null;
        }
        BigDecimal requested = form.get().requested();
        if (new BigDecimal(approval.approvedAmount()).compareTo(requested) > 0) {
            throw ApiProblem.invalidField(422, APPROVED_AMOUNT_INVALID, "result.approvedAmount", "TOO_LARGE");
        }
        return new HardshipResults.MedicalAidAmounts(requested.toPlainString(), approval.approvedAmount());
    }

    @Override
    public HardshipResults.ProgrammeGranted onApproved(ApplicationRef application, HardshipProgrammeForm form) {
        // the file may have ended between submission and approval
        HardshipFile file = HardshipFile.activeOf(application.memberId())
                .orElseThrow(() -> ApiProblem.conflict("HARDSHIP_FILE_REQUIRED"));
        LocalDate today = BeijingTime.today(clock);
        switch (application.serviceCode()) {
            case HardshipOffers.LIVING_SUBSIDY -> {
                BigDecimal monthly = settings.livingSubsidyMonthly().setScale(2, RoundingMode.HALF_UP);
                payments.grantLivingSubsidy(file, application, monthly, YearMonth.from(today));
                return new HardshipResults.ProgrammeGranted(file.id, monthly.toPlainString(),
                        YearMonth.from(today).toString(), null);
            }
            case HardshipOffers.EDUCATION_AID -> {
                return new HardshipResults.ProgrammeGranted(file.id, null, null,
                        educationAid(file, application, form, today).toPlainString());
            }
            case HardshipOffers.MEDICAL_AID -> {
                BigDecimal approved = new BigDecimal(
                        results.part(application, HardshipResults.MedicalAidAmounts.class).approvedAmount());
                // each approved medical aid is paid once: the application is its beneficiary key
                payments.schedule(file, application, YearMonth.from(today).toString(), application.id().toString(),
                        approved);
                return new HardshipResults.ProgrammeGranted(file.id, null, null, null);
            }
            default -> throw new IllegalStateException("Not a hardship programme: " + application.serviceCode());
        }
    }

    /** One payment per child and school year, by school level. */
    private BigDecimal educationAid(HardshipFile file, ApplicationRef application, HardshipProgrammeForm form,
            LocalDate today) {
        BigDecimal total = BigDecimal.ZERO;
        for (HardshipProgrammeForm.Child child : form.children()) {
            String level = child.schoolLevel();
            BigDecimal amount = settings.educationAid().get(level);
            if (amount == null) {
                throw new IllegalStateException("No education aid is configured for school level " + level);
            }
            amount = amount.setScale(2, RoundingMode.HALF_UP);
            payments.schedule(file, application, String.valueOf(today.getYear()),
                    "member-" + child.householdMember(), amount);
            total = total.add(amount);
        }
        return total;
    }
}
