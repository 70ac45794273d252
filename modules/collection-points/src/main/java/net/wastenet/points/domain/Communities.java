package net.wastenet.points.domain;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import net.wastenet.shared.Page;
import net.wastenet.shared.PageRequest;

/** The residential communities of the city. */
public interface Communities {
    Optional<Community> find(String code);

    /** Of the given codes, those that name a community. */
    Set<String> existing(Collection<String> codes);

    Page<Community> list(String districtCode, PageRequest page);

    void add(Community community);
}
