package net.wastenet.recyclables.intruder.application;

/** A test fixture that spells a facility kind out on purpose, as a use case should not. */
public class KindSpeller {
    boolean isPlant(String kind) {
        return "KITCHEN_WASTE_PLANT".equals(kind);
    }
}
