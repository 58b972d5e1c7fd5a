package org.budayang.api.catalog;

/**
 * One application material (申请材料) of a guide.
 *
 * @param name       the material's name, e.g. 居民身份证
 * @param form       original, copy, both or electronic
 * @param copies     how many are needed (1..20)
 * @param required   whether it is required at all (false: only in some cases, see note)
 * @param deferrable whether 容缺受理 may accept the application while this material follows later
 * @param note       extra explanation for the citizen; may be empty, never null
 */
public record Material(String name, MaterialForm form, int copies, boolean required, boolean deferrable, String note) {
    public Material {
        name = Checks.text("Material.name", name);
        Checks.present("Material.form of '" + name + "'", form);
        Checks.range("Material.copies of '" + name + "'", copies, 1, 20);
        note = note == null ? "" : note.strip();
    }
}
