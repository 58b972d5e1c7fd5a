package org.budayang.central.flows;

import java.time.Clock;
import java.time.Instant;
import org.budayang.api.services.HelpAnswer;
import org.budayang.api.services.HelpRequest;
import org.budayang.central.web.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 呼叫帮办: stores a kiosk's help request and answers how long help will take. The wait is the site's open
 * requests (this one included, lapsed ones not counted) times the configured response time, so the third citizen
 * waiting at one hall is told three times as long as the first. A repeated help id gets the first answer.
 */
public final class HelpDesk {
    private static final Logger LOG = LoggerFactory.getLogger(HelpDesk.class);
    private static final int MAX_ITEM = 40;
    private static final int MAX_SCREEN = 64;
    private static final int MAX_REASON = 64;

    private final HelpRepository repository;
    private final HelpSettings settings;
    private final Clock clock;

    public HelpDesk(HelpRepository repository, HelpSettings settings, Clock clock) {
        this.repository = repository;
        this.settings = settings;
        this.clock = clock;
    }

    public HelpAnswer request(String kioskId, HelpRequest request) {
        var first = repository.find(request.helpId());
        if (first.isPresent()) {
            return repeat(kioskId, first.get());
        }
        length("itemCode", request.itemCode(), MAX_ITEM);
        length("screen", request.screen(), MAX_SCREEN);
        length("reason", request.reason(), MAX_REASON);
        Instant now = clock.instant();
        String site = settings.siteOf(kioskId);
        int ahead = repository.openAt(site, now.minus(settings.openFor()));
        int minutes = (ahead + 1) * settings.responseMinutes();
        String phone = settings.phoneAt(site);
        String message = "已为您呼叫工作人员，预计约" + minutes + "分钟后到达，请在本机旁稍候；也可拨打" + phone + "咨询。";
        HelpRepository.StoredHelp help = new HelpRepository.StoredHelp(request.helpId(), kioskId, site,
                request.itemCode(), request.screen(), request.reason(), minutes, message, phone, now, null);
        if (!repository.insert(help)) {
            return repeat(kioskId, repository.find(request.helpId()).orElseThrow(() -> new IllegalStateException(
                    "Help request " + request.helpId() + " was refused as a duplicate but is not stored")));
        }
        LOG.info("Help request {} from kiosk {} at site {} ({}): {} open before it, about {} min",
                LogSafe.of(help.helpId()), kioskId, site, LogSafe.of(help.reason()), ahead, minutes);
        return answer(help);
    }

    /** Closes an open request (ops answered it); false when unknown or closed already. */
    public boolean close(String helpId) {
        boolean closed = repository.close(helpId, clock.instant());
        LOG.info("Help request {} {}", LogSafe.of(helpId), closed ? "closed" : "was not open; nothing closed");
        return closed;
    }

    private static HelpAnswer repeat(String kioskId, HelpRepository.StoredHelp first) {
        if (!first.kioskId().equals(kioskId)) {
            throw new ApiException(409, "HELP_ID_TAKEN", "helpId '" + first.helpId() + "' was already used by "
                    + "another kiosk; generate help ids that are unique across kiosks (a UUID is fine)");
        }
        return answer(first);
    }

    private static HelpAnswer answer(HelpRepository.StoredHelp help) {
        return new HelpAnswer(help.helpId(), help.expectedMinutes(), help.message(), help.phone());
    }

    private static void length(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw ApiException.badRequest("INVALID_FIELD", "HelpRequest." + field + " has " + value.length()
                    + " characters; at most " + max);
        }
    }
}
