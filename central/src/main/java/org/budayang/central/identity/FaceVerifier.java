package org.budayang.central.identity;

import java.awt.image.BufferedImage;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.budayang.api.identity.FaceCheckReason;
import org.budayang.api.identity.FaceCheckResult;
import org.budayang.api.identity.IdNumber;
import org.budayang.central.identity.face.FaceAnalyser;
import org.budayang.central.identity.face.FaceComparison;
import org.budayang.central.identity.face.PortraitGenerator;
import org.budayang.central.identity.face.RegisteredFace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 人证比对: compares a decoded live capture with the registered photo of the person (the sandbox
 * register's portrait drawn from their photo seed), stores the result and answers it. Prepared
 * register photos are kept in a small LRU cache (they are deterministic).
 */
public final class FaceVerifier {
    private static final Logger LOG = LoggerFactory.getLogger(FaceVerifier.class);
    private static final int CACHE_SIZE = 256;

    private final PopulationRegister register;
    private final FaceAnalyser analyser;
    private final PortraitGenerator portraits;
    private final FaceCheckRepository results;
    private final Clock clock;
    private final Map<Long, RegisteredFace> prepared = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, RegisteredFace> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    public FaceVerifier(PopulationRegister register, FaceAnalyser analyser, PortraitGenerator portraits,
                        FaceCheckRepository results, Clock clock) {
        this.register = Objects.requireNonNull(register, "register");
        this.analyser = Objects.requireNonNull(analyser, "analyser");
        this.portraits = Objects.requireNonNull(portraits, "portraits");
        this.results = Objects.requireNonNull(results, "results");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public FaceCheckResult verify(IdNumber id, BufferedImage capture, String kioskId) {
        String verificationId = UUID.randomUUID().toString();
        Optional<RegisteredPerson> person = register.find(id.value());
        FaceComparison comparison = person
                .map(p -> analyser.compare(capture, registeredFace(p.photoSeed())))
                .orElse(null);
        FaceCheckReason reason = comparison == null ? FaceCheckReason.UNKNOWN_PERSON : comparison.reason();
        double score = comparison == null ? 0 : comparison.score();
        FaceCheckResult result = FaceCheckResult.of(verificationId, score, reason,
                comparison == null ? null : comparison.detail());
        results.save(new FaceCheck(verificationId, id.value(), result.matched(), score, reason.name(), clock.instant()),
                result.detail(), kioskId);
        LOG.info("Face check {} for {}: {}{} score {}", verificationId, id, reason,
                result.detail() == null ? "" : "/" + result.detail(), String.format("%.3f", score));
        return result;
    }

    private RegisteredFace registeredFace(long photoSeed) {
        synchronized (prepared) {
            RegisteredFace face = prepared.get(photoSeed);
            if (face != null) {
                return face;
            }
        }
        RegisteredFace face = analyser.register(portraits.portrait(photoSeed));
        synchronized (prepared) {
            prepared.put(photoSeed, face);
        }
        return face;
    }
}
