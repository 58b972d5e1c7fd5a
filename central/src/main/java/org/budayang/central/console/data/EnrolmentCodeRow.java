package org.budayang.central.console.data;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An enrolment code as listed (the code itself is shown once at creation and stored hashed; never here).
 *
 * @param codeId           the code's hint (…and its last characters), never the code
 * @param regionCode       12-digit 统计用区划代码
 * @param siteType         政务服务中心 / 便民服务中心 / 便民服务站 / 银行 / 邮政 / 其他
 * @param address          the site's address
 * @param hostOrganisation the host organisation
 * @param contact          who to call on site (as written on the code)
 * @param createdAt        when
 * @param expiresAt        when it stops working if unused
 * @param usedAt           when a kiosk enrolled with it
 * @param kioskId          the kiosk that enrolled with it
 */
public record EnrolmentCodeRow(String codeId, String regionCode, String siteType, String address,
                               String hostOrganisation, String contact, Instant createdAt, Instant expiresAt,
                               Optional<Instant> usedAt, Optional<String> kioskId) {
    public EnrolmentCodeRow {
        Objects.requireNonNull(codeId, "EnrolmentCodeRow.codeId");
        Objects.requireNonNull(regionCode, "EnrolmentCodeRow.regionCode");
        Objects.requireNonNull(expiresAt, "EnrolmentCodeRow.expiresAt");
        usedAt = usedAt == null ? Optional.empty() : usedAt;
        kioskId = kioskId == null ? Optional.empty() : kioskId;
    }

    /** 已使用, 已过期 or 有效 at {@code now}. */
    public String stateAt(Instant now) {
        if (usedAt.isPresent()) {
            return "已使用";
        }
        return now.isBefore(expiresAt) ? "有效" : "已过期";
    }
}
