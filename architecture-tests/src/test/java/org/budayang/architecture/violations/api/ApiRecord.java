package org.budayang.architecture.violations.api;

/** A clean contract record. */
public record ApiRecord(String code) {
}
