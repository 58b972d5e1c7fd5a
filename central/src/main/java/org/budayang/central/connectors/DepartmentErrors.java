package org.budayang.central.connectors;

import org.budayang.api.catalog.Department;
import org.budayang.api.identity.IdNumber;
import org.budayang.central.web.ApiException;

/** The errors every connector answers with, with stable codes and Chinese citizen messages. */
public final class DepartmentErrors {
    private DepartmentErrors() {
    }

    /** 404 CITIZEN_NOT_FOUND: the department holds no records of this person. */
    public static ApiException citizenNotFound(Department department, String idNumber, String whatIsMissing) {
        return new ApiException(404, "CITIZEN_NOT_FOUND", "The " + department + " system has no " + whatIsMissing
                + " for ID number " + IdNumber.mask(idNumber) + "; check the number or ask at the "
                + department.shortName() + " counter.",
                "未查询到您的" + department.shortName() + "信息。请核对身份证号码，或到" + department.shortName()
                        + "窗口咨询。");
    }

    /** 503 DEPARTMENT_UNAVAILABLE: the department's system does not answer. */
    public static ApiException unavailable(Department department, String operation) {
        return new ApiException(503, "DEPARTMENT_UNAVAILABLE", "The " + department + " system is unavailable; "
                + operation + " was not done. Retry later with the same Idempotency-Key (a 5xx answer is not stored, so the "
                + "retry runs the request again); the kiosk shows the department's items as unavailable.",
                department.shortName() + "业务系统暂时无法访问，相关事项暂不可办。请稍后再试，或到政务服务中心"
                        + department.shortName() + "窗口办理。");
    }

    /** 502 DEPARTMENT_ERROR: the department's system answered with an error. */
    public static ApiException failed(Department department, String operation) {
        return new ApiException(502, "DEPARTMENT_ERROR", "The " + department + " system failed while doing "
                + operation + "; nothing was changed. Retry the request with the same Idempotency-Key: a 5xx answer is not "
                + "stored, so the retry runs the request again (a new key is only for a new operation).",
                department.shortName() + "业务系统繁忙，本次办理未成功。请稍后重试。");
    }

    /** 400 ITEM_NOT_HANDLED: the item is not one this operation serves. */
    public static ApiException itemNotHandled(String itemCode, String itemName, String operation, String accepted) {
        return new ApiException(400, "ITEM_NOT_HANDLED", "Item " + itemCode + " (" + itemName + ") is not served by "
                + operation + "; " + accepted, "该事项不能在此办理，请返回重新选择。");
    }
}
