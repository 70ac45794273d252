package net.wastenet.app;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * Request bodies are read strictly: a property WasteNet does not know is refused (400) instead of
 * being ignored, so that a misspelt optional field ("materail") cannot be stored as if it were absent.
 * The property is Yasson's (Liberty's JSON-B); answers are written as before. Numbers are read
 * bounded ({@link BoundedNumbers}).
 */
@Provider
public class StrictJson implements ContextResolver<Jsonb> {
    static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().setProperty("jsonb.fail-on-unknown-properties", true)
            .withDeserializers(BoundedNumbers.all()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
