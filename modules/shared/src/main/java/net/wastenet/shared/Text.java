package net.wastenet.shared;

import java.util.Locale;
import java.util.Objects;

/**
 * A sentence for a person, in both of the city's working languages. Rules write both at the place
 * where the rule lives, so no message can exist in one language only.
 */
public record Text(String en, String zh) {
    public Text {
        Objects.requireNonNull(en, "en");
        Objects.requireNonNull(zh, "zh");
    }

    public static Text of(String en, String zh) {
        return new Text(en, zh);
    }

    public String in(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? zh : en;
    }

    @Override
    public String toString() {
        return en;
    }
}
