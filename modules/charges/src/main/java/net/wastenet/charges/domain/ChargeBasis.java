package net.wastenet.charges.domain;

/** What a tariff's price is per: a tonne of weighed waste, or a household and month. */
public enum ChargeBasis {
    PER_TONNE, PER_HOUSEHOLD_MONTH
}
