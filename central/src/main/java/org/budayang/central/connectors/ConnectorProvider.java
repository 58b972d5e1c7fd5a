package org.budayang.central.connectors;

import java.util.Optional;
import org.budayang.api.catalog.Department;

/**
 * A named source of department connectors, e.g. {@code sandbox} (the simulators) or a province's
 * real platform. Configuration picks one provider per department ({@code connectors.<DEPARTMENT>=<name>}).
 */
public interface ConnectorProvider {
    /** The name configuration refers to, lower case, e.g. {@code sandbox}. */
    String name();

    /**
     * The connector this provider offers for the department: a {@link PublicSecurityConnector},
     * {@link TaxConnector}, {@link SocialSecurityConnector} or {@link MedicalInsuranceConnector};
     * empty when the provider does not serve that department.
     */
    Optional<DepartmentConnector> connector(Department department);
}
