package cn.gonghui.hardship;

import cn.gonghui.application.Action;
import cn.gonghui.application.ActionRequest;
import cn.gonghui.application.Application;
import cn.gonghui.application.ApplicationResults;
import cn.gonghui.application.LineRules;
import cn.gonghui.application.WithdrawalAfterApproval;
import cn.gonghui.catalogue.FormValidator;
import cn.gonghui.catalogue.ServiceDefinition;
import cn.gonghui.catalogue.ValidatedForm;
import cn.gonghui.identity.Member;
import cn.gonghui.platform.error.ApiProblem;
import cn.gonghui.platform.error.FieldError;
import cn.gonghui.platform.time.BeijingTime;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The hardship file on the engine: the household must name the applicant and each student's
 * school level; the service classifies the household at submission (and after each supplement)
 * with the line in force on the submission day; the district's approval opens the file and offers
 * the programmes its data already qualifies for (免申即享).
 */
@ApplicationScoped
public class HardshipFileLine implements LineRules {

    static final String FILE = "hardship.file";
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

    /** The household names the applicant once, and the school of each student. */
    @Override
    public void checkForm(Member member, ServiceDefinition service, ValidatedForm form) {
        Household household = Household.of(form.sensitive().get("household"));
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
    public ObjectNode assess(Application application, ServiceDefinition service, ValidatedForm form) {
        LocalDate submitted = BeijingTime.dayOf(application.submittedAt);
        Household household = Household.of(form.sensitive().get("household"));
        HardshipClassification assessed = HardshipClassification.classify(household,
                HardshipForms.money(form.sensitive(), "annualUnavoidableCosts"),
                HardshipForms.codes(form.sensitive(), "causes"), settings.lineOn(submitted));
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        result.put("classification", assessed.classification());
        result.put("perCapitaMonthlyIncome", assessed.perCapitaMonthlyIncome().toPlainString());
        result.put("minimumLivingLine", assessed.line().monthly().toPlainString());
        result.put("householdSize", household.size());
        return result;
    }

    /**
     * The district may settle the classification at approval ({@code result.classification}); it
     * must when the service's assessment found the household not eligible.
     */
    @Override
    public ObjectNode onAction(Action action, Application application, ActionRequest request) {
        if (action != Action.APPROVE) {
            return null;
        }
        JsonNode decided = request.result() == null ? null : request.result().get("classification");
        String assessed = results.read(application).path("classification").asText(HardshipClassification.NOT_ELIGIBLE);
        if (decided == null || decided.isNull()) {
            if (!DECIDABLE.contains(assessed)) {
                throw invalidResult("REQUIRED");
            }
            return null;
        }
        if (!decided.isTextual() || !DECIDABLE.contains(decided.asText())) {
            throw invalidResult("NOT_ALLOWED");
        }
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        result.put("classification", decided.asText());
        return result;
    }

    @Override
    public ObjectNode onApproved(Application application, JsonNode form) {
        ObjectNode result = results.read(application);
        HardshipFile file = files.open(application, form.get("household"), result.path("classification").asText(),
                decimal(result, "perCapitaMonthlyIncome"), decimal(result, "minimumLivingLine"));
        offers.offerFor(file, application, Household.of(form.get("household")), HardshipForms.codes(form, "causes"));
        ObjectNode approved = JsonNodeFactory.instance.objectNode();
        approved.put("fileId", file.id.toString());
        approved.put("validFrom", file.validFrom.toString());
        approved.put("validUntil", file.validUntil.toString());
        return approved;
    }

    private static BigDecimal decimal(JsonNode result, String field) {
        return result.hasNonNull(field) ? new BigDecimal(result.get(field).asText()) : null;
    }

    private static ApiProblem invalidResult(String code) {
        return ApiProblem.invalidFields(422, "CLASSIFICATION_REQUIRED",
                List.of(new FieldError("result.classification", code, null)));
    }
}
