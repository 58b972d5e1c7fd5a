package org.budayang.central.applications;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.budayang.api.catalog.Catalog;
import org.budayang.api.catalog.FlowStep;
import org.budayang.api.catalog.ServiceItem;
import org.budayang.api.catalog.StepInput;
import org.budayang.api.catalog.StepType;
import org.budayang.central.catalog.CatalogCheck;
import org.budayang.central.catalog.CatalogLoadException;

/**
 * Keeps the catalogue's CHOOSE/FILL inputs and central's rules in step, so that what a kiosk asks is what central
 * accepts (同源发布: the catalogue is the one source):
 * <ul>
 *   <li>an item with a SUBMIT step sends its inputs as the form of an application: every input key must be a key
 *       {@link ItemRules} accepts for it, no longer than it accepts, CHOICE options among the values it accepts,
 *       and every key the rules need must be asked (the 参保地 of 异地就医备案 is derived, so optional);</li>
 *   <li>SUBMIT items served by other endpoints (发票查验, 养老资格认证) ask only the keys those read;</li>
 *   <li>the 一次性告知单打印 items offer exactly the businesses central has a notice for.</li>
 * </ul>
 */
public final class ItemFormsCheck implements CatalogCheck {
    /** SUBMIT items answered by queries or certifications rather than applications, and the keys they read. */
    private static final Map<String, Set<String>> OTHER_SUBMITS = Map.of(
            "GG00023001", Set.of("invoiceCode", "invoiceNumber", "issuedOn", "amount"),
            "JF00033001", Set.of());
    /** Keys the rules accept but derive when absent. */
    private static final Set<String> OPTIONAL = Set.of("insuredRegion");
    private static final Map<String, List<String>> CHOICES = Map.of(
            "purpose", ItemRules.PURPOSES,
            "certificateType", ItemRules.CERTIFICATE_TYPES,
            "filingType", ItemRules.FILING_TYPES);

    @Override
    public void check(String source, Catalog catalog) {
        List<String> problems = new ArrayList<>();
        for (ServiceItem item : catalog.items()) {
            List<StepInput> inputs = inputs(item);
            String code = item.implementationCode() + " " + item.name();
            if (BusinessNotices.issues(item.basicCode())) {
                checkBusinesses(item, inputs, code, problems);
            }
            if (item.flow().stream().noneMatch(s -> s.type() == StepType.SUBMIT)) {
                continue;
            }
            Map<String, Integer> fields = ItemRules.FORM_FIELDS.get(item.basicCode());
            if (fields == null) {
                Set<String> read = OTHER_SUBMITS.get(item.basicCode());
                for (StepInput input : inputs) {
                    if (read == null || !read.contains(input.key())) {
                        problems.add(code + ": input '" + input.key() + "' of a SUBMIT item is read by no central "
                                + "rule" + (read == null ? " (central takes no submissions for this item)"
                                : "; accepted: " + read));
                    }
                }
                continue;
            }
            Set<String> asked = new LinkedHashSet<>();
            for (StepInput input : inputs) {
                asked.add(input.key());
                Integer max = fields.get(input.key());
                if (max == null) {
                    problems.add(code + ": input '" + input.key() + "' is not a form key central accepts for this "
                            + "item; accepted: " + fields.keySet());
                    continue;
                }
                if (input.maxLength() > max) {
                    problems.add(code + ": input '" + input.key() + "' allows " + input.maxLength()
                            + " characters but central accepts at most " + max);
                }
                List<String> accepted = CHOICES.get(input.key());
                if (accepted != null && !accepted.containsAll(input.options())) {
                    problems.add(code + ": input '" + input.key() + "' offers " + input.options()
                            + " but central accepts only " + accepted);
                }
            }
            for (String key : fields.keySet()) {
                if (!asked.contains(key) && !OPTIONAL.contains(key)) {
                    problems.add(code + ": central needs form key '" + key + "' but no CHOOSE/FILL step asks for it");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new CatalogLoadException("Catalogue " + source + " asks citizens for values central does not "
                    + "accept (" + problems.size() + "): " + String.join("; ", problems) + ". Correct the items' "
                    + "inputs (or central's rules) so that both agree.");
        }
    }

    private static void checkBusinesses(ServiceItem item, List<StepInput> inputs, String code, List<String> problems) {
        List<String> offered = inputs.stream().filter(i -> i.key().equals("business")).findFirst()
                .map(StepInput::options).orElse(List.of());
        List<String> known = BusinessNotices.businesses(item.basicCode());
        if (!known.containsAll(offered) || offered.isEmpty()) {
            problems.add(code + ": input 'business' offers " + offered + " but central has notices for " + known);
        }
    }

    private static List<StepInput> inputs(ServiceItem item) {
        List<StepInput> all = new ArrayList<>();
        for (FlowStep step : item.flow()) {
            all.addAll(step.inputs());
        }
        return all;
    }
}
