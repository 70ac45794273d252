package net.wastenet.reporting.domain;

import java.util.Set;

/**
 * What moves a return: the district officer submits a draft; the bureau approves a submitted return,
 * locks an approved one, and reopens (to draft, with a reason) one that is submitted, approved or locked.
 */
public enum ReturnAction {
    SUBMIT(Set.of(ReturnStatus.DRAFT), ReturnStatus.SUBMITTED),
    APPROVE(Set.of(ReturnStatus.SUBMITTED), ReturnStatus.APPROVED),
    LOCK(Set.of(ReturnStatus.APPROVED), ReturnStatus.LOCKED),
    REOPEN(Set.of(ReturnStatus.SUBMITTED, ReturnStatus.APPROVED, ReturnStatus.LOCKED), ReturnStatus.DRAFT);

    private final Set<ReturnStatus> from;
    private final ReturnStatus to;

    ReturnAction(Set<ReturnStatus> from, ReturnStatus to) {
        this.from = from;
        this.to = to;
    }

    public boolean allowedFrom(ReturnStatus status) {
        return from.contains(status);
    }

    public ReturnStatus to() {
        return to;
    }

    public boolean needsReason() {
        return this == REOPEN;
    }
}
