package org.budayang.central.connectors;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.budayang.central.identity.FaceCheck;
import org.budayang.central.identity.IdentityChecks;

/** Face checks the test put there, as the identity service would have stored them. */
public final class FakeIdentityChecks implements IdentityChecks {
    private final Map<String, FaceCheck> checks = new ConcurrentHashMap<>();

    public void add(FaceCheck check) {
        checks.put(check.verificationId(), check);
    }

    @Override
    public Optional<FaceCheck> faceCheck(String verificationId) {
        return Optional.ofNullable(checks.get(verificationId));
    }
}
