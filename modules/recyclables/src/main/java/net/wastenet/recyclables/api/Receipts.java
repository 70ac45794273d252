package net.wastenet.recyclables.api;


/**
 * Records a receipt into a facility for another module, with the same rules as the API's own
 * receipts (the facility receives the category on that day; a facility does not send to itself).
 * Refusals are thrown as the shared rule exceptions, naming the {@link NewReceipt} field.
 */
public interface Receipts {
    /**
     * Records the receipt in the caller's transaction, as part of the caller's own record (a delivery,
     * a treatment), whose submitter's scope the caller checked; returns the receipt's id.
     */
    long record(NewReceipt receipt, String recordedBy);

    /**
     * Receipts and products as the events that recorded them said, in id order, the first {@code limit}
     * after {@code afterMovementId}: a page of a rebuild of another module's read model.
     */
    java.util.List<ReceiptRecorded> recordedAfter(long afterMovementId, int limit);
}
