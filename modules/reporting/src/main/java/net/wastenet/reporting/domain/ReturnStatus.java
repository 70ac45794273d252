package net.wastenet.reporting.domain;

/** Where a district return stands: 草稿 → 已报送 → 已审核 → 已锁定. */
public enum ReturnStatus {
    DRAFT, SUBMITTED, APPROVED, LOCKED
}
