package org.budayang.driver;

import java.util.Set;

/**
 * A driver, found through {@link java.util.ServiceLoader} by its {@link #name()}
 * ({@code META-INF/services/org.budayang.driver.DriverProvider}). Configuration maps a role to a
 * driver name plus settings; the registry picks the provider by name and calls {@link #create}.
 */
public interface DriverProvider {

    /** The unique driver name used in configuration, e.g. {@code idcard-sam}. Lower case, digits, '-'. */
    String name();

    /** The device interface it produces, e.g. {@code IdCardReader.class}; a role may require one. */
    Class<? extends Device> deviceType();

    /** Every setting key it accepts, for messages and {@code provision config validate}. */
    Set<String> settingKeys();

    /** One line for technicians: what device this drives and over which links. */
    String description();

    /**
     * Builds a CLOSED device; nothing is opened yet.
     *
     * @throws DriverConfigurationException naming the role, key, value and what is accepted when a
     *                                      setting is missing or bad
     */
    Device create(DriverContext context);
}
