package org.budayang.central.identity.face;

/** A registered photo prepared for comparison by {@link FaceAnalyser#register}; cache it per person. */
public final class RegisteredFace {
    private final FaceTemplate template;

    RegisteredFace(FaceTemplate template) {
        this.template = template;
    }

    FaceTemplate template() {
        return template;
    }
}
