package org.budayang.central.identity;

import java.util.Optional;

/**
 * The 公安 population register that identity checks ask (人证比对). The sandbox 公安 connector
 * implements it over its seeded tables; a province plugs in its real platform. Implementations
 * throw {@link org.budayang.central.web.ApiException} (503, code DEPARTMENT_UNAVAILABLE) when the
 * register is down, and honour the sandbox's slow / failing switches.
 */
public interface PopulationRegister {

    /** The registered person with this (already validated) ID number, or empty when unknown. */
    Optional<RegisteredPerson> find(String idNumber);
}
