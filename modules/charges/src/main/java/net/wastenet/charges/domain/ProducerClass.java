package net.wastenet.charges.domain;

/** Who a tariff charges: households (through their community) or non-residential producers (restaurants, canteens, markets). */
public enum ProducerClass {
    RESIDENTIAL, NON_RESIDENTIAL
}
