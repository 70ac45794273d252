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

    /** Every receipt and product of a period, as the events that recorded them said (for rebuilding read models). */
    java.util.List<ReceiptRecorded> recordedIn(net.wastenet.shared.DateRange period);
}
