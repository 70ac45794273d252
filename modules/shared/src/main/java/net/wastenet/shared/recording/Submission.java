package net.wastenet.shared.recording;

import java.util.Objects;
import net.wastenet.shared.Actor;

/** A draft and who sends it: a batch may carry several submitters' requests (group commit). */
public record Submission<D extends Draft>(D draft, Actor actor) {
    public Submission {
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(actor, "actor");
    }
}
