package org.budayang.central.applications;

import java.util.ArrayList;
import java.util.List;
import org.budayang.api.services.Requirement;

/** What an application lacks, split into what blocks acceptance and what 容缺受理 may defer. */
final class Checklist {
    private final List<Requirement> blocking = new ArrayList<>();
    private final List<Requirement> deferrable = new ArrayList<>();
    private boolean commitmentRequired;

    void field(String name, String detail) {
        blocking.add(new Requirement("FIELD", name, detail));
    }

    void condition(String name, String detail) {
        blocking.add(new Requirement("CONDITION", name, detail));
    }

    void material(String name, String detail, boolean mayDefer) {
        (mayDefer ? deferrable : blocking).add(new Requirement("MATERIAL", name, detail));
    }

    void requireCommitment() {
        commitmentRequired = true;
    }

    boolean commitmentRequired() {
        return commitmentRequired;
    }

    void commitmentMissing(String letterName) {
        blocking.add(new Requirement("COMMITMENT", letterName, "请阅读并签署" + letterName + "。"));
    }

    List<Requirement> blocking() {
        return List.copyOf(blocking);
    }

    List<Requirement> deferrable() {
        return List.copyOf(deferrable);
    }
}
