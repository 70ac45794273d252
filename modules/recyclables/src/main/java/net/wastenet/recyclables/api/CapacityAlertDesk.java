package net.wastenet.recyclables.api;

/**
 * Confirms a capacity alert on behalf of another module (reporting's warnings, confirmed by the
 * district officer or the bureau): the caller has checked who may. Refused (409) if confirmed already.
 */
public interface CapacityAlertDesk {
    void confirmFor(long alertId, String comment, String confirmedBy);
}
