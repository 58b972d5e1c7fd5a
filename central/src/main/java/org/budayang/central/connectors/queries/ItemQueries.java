package org.budayang.central.connectors.queries;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.budayang.api.catalog.ServiceItem;
import org.budayang.api.services.QueryRequest;
import org.budayang.api.services.QueryResult;
import org.budayang.central.connectors.CatalogItems;
import org.budayang.central.connectors.Connectors;
import org.budayang.central.connectors.DepartmentErrors;
import org.budayang.central.connectors.IdNumbers;
import org.budayang.central.web.ApiException;

/**
 * The queries of {@code POST /api/v1/queries}: one {@link ItemQuery} per item basic code, each
 * answered by its department's connector. Items that are applications, or need no central, answer
 * 400 ITEM_NOT_HANDLED naming the items that can be queried.
 */
public final class ItemQueries {
    /** Basic code of the item for which no ID number is needed. */
    static final String INVOICE_CHECK = "GG00023001";

    private final CatalogItems items;
    private final Clock clock;
    private final Map<String, ItemQuery> byBasicCode = new TreeMap<>();

    public ItemQueries(CatalogItems items, Connectors connectors, Clock clock) {
        this.items = items;
        this.clock = clock.withZone(java.time.ZoneId.of("Asia/Shanghai")); // departments keep Beijing time
        PublicSecurityQueries ps = new PublicSecurityQueries(connectors.publicSecurity(), this.clock);
        TaxQueries tax = new TaxQueries(connectors.tax(), this.clock);
        SocialSecurityQueries ss = new SocialSecurityQueries(connectors.socialSecurity(), this.clock);
        MedicalInsuranceQueries mi = new MedicalInsuranceQueries(connectors.medicalInsurance(), this.clock);
        byBasicCode.put("GG00011001", ps::idCardProgress);
        byBasicCode.put("QT00013001", ps::householdRegistration);
        byBasicCode.put("GG00014001", ps::trafficViolations);
        byBasicCode.put("GG00021001", tax::taxRecords);
        byBasicCode.put("GG00022001", tax::feeCertificate);
        byBasicCode.put(INVOICE_CHECK, tax::invoiceCheck);
        byBasicCode.put("GG00031001", ss::insurance);
        byBasicCode.put("GG00032001", ss::rightsRecord);
        byBasicCode.put("JF00033001", ss::certificationStatus);
        byBasicCode.put("GG00034001", ss::residentContributionInfo);
        byBasicCode.put("GG00041001", mi::enrolment);
        byBasicCode.put("GG00043001", mi::residentContributionInfo);
    }

    /** Answers a kiosk query; throws ApiException for every client mistake and for department failures. */
    public QueryResult query(QueryRequest request) {
        ServiceItem item = items.require(request.itemCode());
        ItemQuery query = byBasicCode.get(item.basicCode());
        if (query == null) {
            throw DepartmentErrors.itemNotHandled(item.implementationCode(), item.name(), "POST /api/v1/queries",
                    "items that can be queried have basic codes " + byBasicCode.keySet()
                            + "; applications go to POST /api/v1/applications.");
        }
        String id = identity(item, request.idNumber());
        Answer answer = query.answer(id, request.params());
        return new QueryResult(item.implementationCode(), item.department(), answer.title(), answer.sections(),
                clock.instant());
    }

    /** The answer for an item and citizen, when the item has a query (used for certificates). */
    public Optional<Answer> answer(ServiceItem item, String idNumber, Map<String, String> params) {
        ItemQuery query = byBasicCode.get(item.basicCode());
        return query == null ? Optional.empty() : Optional.of(query.answer(identity(item, idNumber), params));
    }

    private static String identity(ServiceItem item, String idNumber) {
        if (item.basicCode().equals(INVOICE_CHECK)) {
            return null;
        }
        if (idNumber == null) {
            throw new ApiException(400, "MISSING_ID_NUMBER", "idNumber is required for item " + item.implementationCode()
                    + " (" + item.name() + ")", "请先刷身份证或输入身份证号码。");
        }
        return IdNumbers.require("idNumber", idNumber);
    }
}
