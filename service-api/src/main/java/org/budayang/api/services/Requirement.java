package org.budayang.api.services;

/**
 * One thing an application lacks, as the 一次性告知单 or 容缺受理通知书 lists it.
 *
 * @param kind   what kind of requirement: MATERIAL, FIELD, COMMITMENT, DEFERRAL_LETTER, CONDITION
 * @param name   the material's or field's name, e.g. 居民户口簿 or 就医地
 * @param detail what exactly is needed, in Chinese
 */
public record Requirement(String kind, String name, String detail) {
    public Requirement {
        kind = Require.code("Requirement.kind", kind);
        name = Require.text("Requirement.name", name);
        detail = Require.text("Requirement.detail of '" + name + "'", detail);
    }
}
