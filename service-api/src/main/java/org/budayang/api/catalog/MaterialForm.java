package org.budayang.api.catalog;

/** In which form an application material is handed in. */
public enum MaterialForm {
    /** 原件 */
    ORIGINAL,
    /** 复印件 */
    COPY,
    /** 原件及复印件 */
    ORIGINAL_AND_COPY,
    /** 电子材料 / 电子证照: fetched by the system, never asked for on paper (seed item 26). */
    ELECTRONIC
}
