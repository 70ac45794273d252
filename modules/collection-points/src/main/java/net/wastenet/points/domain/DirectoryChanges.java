package net.wastenet.points.domain;

import java.time.LocalDateTime;

/** The directory's change journal: each change noted in its own transaction's commit, asked by what rests on the directory. */
public interface DirectoryChanges {
    /** Notes a change (what: "point JJ-P001", "community ...") in the current transaction. */
    void note(String what, LocalDateTime at);

    /** Whether a change was noted at or after the given time. */
    boolean since(LocalDateTime time);
}
