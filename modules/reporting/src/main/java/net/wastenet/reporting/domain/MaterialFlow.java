package net.wastenet.reporting.domain;

/**
 * Receipts of a period at one facility summed by how they flowed and by the material they were weighed as (null: the
 * receipt named none), from the receipt facts: what the flow sums, which have no material, cannot tell. The flow keeps
 * what decides whether it is recovered ({@link FlowSum#isRecovered()}: the receiving kind, the sending kind, the source
 * kind, residue or not); it names no sending facility and no district.
 */
public record MaterialFlow(FlowSum flow, String material) {
}
