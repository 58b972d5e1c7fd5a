package org.budayang.central.payments.bills;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.budayang.api.catalog.ServiceItem;
import org.budayang.api.catalog.StepType;
import org.budayang.api.identity.IdNumber;
import org.budayang.api.payments.Bill;
import org.budayang.api.payments.BillRequest;
import org.budayang.central.connectors.CatalogItems;
import org.budayang.central.connectors.Connectors;
import org.budayang.central.connectors.IdNumbers;
import org.budayang.central.web.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Computes what is due for a paid item from the departments' real state ({@code POST /api/v1/payments/bills}) and
 * keeps the bill; orders must repeat its amount. Fees belong to the item: the rules are keyed by the item's basic
 * code, and an item without one (or without a PAY step) is refused with ITEM_HAS_NO_FEE.
 */
public final class BillService {
    private static final Logger LOG = LoggerFactory.getLogger(BillService.class);
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** A bill is valid until the end of its Beijing day (加处罚款 grows by day), at most this long. */
    public static final Duration MAX_VALIDITY = Duration.ofMinutes(30);

    private final CatalogItems items;
    private final Connectors connectors;
    private final Map<String, FeeRule> rules;
    private final BillRepository repository;
    private final Clock clock;

    public BillService(CatalogItems items, Connectors connectors, Map<String, FeeRule> rules,
                       BillRepository repository, Clock clock) {
        this.items = Objects.requireNonNull(items, "items");
        this.connectors = Objects.requireNonNull(connectors, "connectors");
        this.rules = Map.copyOf(rules);
        this.repository = Objects.requireNonNull(repository, "repository");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The rules of the four paid items of #8, by basic code. */
    public static Map<String, FeeRule> standardRules(Connectors connectors) {
        return Map.of(
                "GG00014001", new TrafficFineRule(connectors.publicSecurity()),
                "GG00034001", new ResidentPensionRule(connectors.socialSecurity(), connectors.publicSecurity()),
                "GG00043001", new ResidentMedicalRule(connectors.medicalInsurance(), connectors.publicSecurity()),
                "GG00015001", new FixedFeeRule("居民身份证补领工本费", 2000));
    }

    public Bill bill(String kioskId, BillRequest request) {
        ServiceItem item = items.require(request.itemCode());
        FeeRule rule = rules.get(item.basicCode());
        boolean pays = item.flow().stream().anyMatch(step -> step.type() == StepType.PAY);
        if (rule == null || !pays) {
            throw new ApiException(422, "ITEM_HAS_NO_FEE", "Item " + item.implementationCode() + " (" + item.name()
                    + ") has " + (rule == null ? "no fee rule" : "no PAY step in its flow") + ", so central computes no "
                    + "bill for it; items with fees: " + new java.util.TreeSet<>(rules.keySet()),
                    "该事项无需缴费。");
        }
        String payer = IdNumbers.require("payerIdNumber", request.payerIdNumber());
        var person = connectors.publicSecurity().find(payer).orElseThrow(() -> new ApiException(404,
                "PAYER_NOT_FOUND", "The payer " + IdNumber.mask(payer) + " is not in the population register",
                "未查询到缴款人的户籍信息，请到窗口办理。"));
        if (!person.name().equals(request.payerName())) {
            throw new ApiException(422, "PAYER_NAME_MISMATCH", "payerName does not match the register's name of "
                    + IdNumber.mask(payer) + "; send the name read from the ID card", "姓名与身份证信息不一致，请重新读取身份证。");
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZONE);
        Fee fee = rule.compute(item, payer, request.params(), today);
        Instant endOfDay = today.plusDays(1).atStartOfDay(ZONE).toInstant();
        Instant validUntil = now.plus(MAX_VALIDITY).isBefore(endOfDay) ? now.plus(MAX_VALIDITY) : endOfDay;
        StoredBill stored = new StoredBill("BL" + UUID.randomUUID().toString().replace("-", ""), kioskId,
                item.implementationCode(), fee.kind(), payer, fee.beneficiary(), fee.target(), fee.subject(),
                item.agency(), fee.lines(), fee.amountFen(), now, validUntil);
        repository.insert(stored);
        LOG.info("Bill {} for item {} of kiosk {}: {} fen ({})", stored.billId(), stored.itemCode(), kioskId,
                stored.amountFen(), fee.kind());
        return stored.bill();
    }
}
