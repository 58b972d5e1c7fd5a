package org.budayang.api.services;

/** One label/value line of a query result, e.g. 参保状态 / 参保缴费. */
public record ResultField(String label, String value) {
    public ResultField {
        label = Require.text("ResultField.label", label);
        Require.present("ResultField.value of '" + label + "'", value);
    }
}
