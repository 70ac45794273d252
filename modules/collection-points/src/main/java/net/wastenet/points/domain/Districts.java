package net.wastenet.points.domain;

import java.util.List;
import java.util.Optional;

/** The districts of the city. */
public interface Districts {
    Optional<District> find(String code);

    List<District> all();

    void add(District district);
}
