package net.wastenet.shared;

import java.util.List;
import java.util.Locale;

/** The city's two working languages, and which of them a client asked for. */
public final class Languages {
    public static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    public static final Locale EN = Locale.ENGLISH;

    private Languages() {
    }

    /** The first of the client's acceptable languages that WasteNet speaks; English when none is. */
    public static Locale choose(List<Locale> acceptable) {
        for (Locale l : acceptable) {
            if ("zh".equals(l.getLanguage())) {
                return ZH;
            }
            if ("en".equals(l.getLanguage())) {
                return EN;
            }
        }
        return EN;
    }
}
