package cn.gonghui.platform.openapi;

import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * A capability's own addition to the published contract, for what annotations cannot say (e.g. the
 * catalogue's seeded forms, which are data). {@link ContractFilter} finds the parts with
 * {@link java.util.ServiceLoader} when the contract is built, so the base names no capability:
 * a part is listed in {@code META-INF/services/cn.gonghui.platform.openapi.ContractPart}.
 */
public interface ContractPart {

    /** Adds this part to the model the annotations produced, before results and nullability are reconciled. */
    void addTo(OpenAPI openAPI);
}
