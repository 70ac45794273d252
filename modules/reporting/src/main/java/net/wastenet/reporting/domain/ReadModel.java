package net.wastenet.reporting.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The read model and the definition sets. */
public interface ReadModel {
    /** Receipts (not products) of a period, summed by how they flowed. */
    List<FlowSum> flows(LocalDate from, LocalDate to);

    /** K per kitchen-waste plant in a period. */
    Map<String, BigDecimal> treatedByPlant(LocalDate from, LocalDate to);

    /** Points with at least one weighing of kitchen waste in a period. */
    Set<String> pointsThatLoggedKitchenWaste(LocalDate from, LocalDate to);

    Optional<KitchenLogFact> kitchenLog(long logId);

    Optional<DefinitionSet> definitionsOn(LocalDate day);

    Optional<DefinitionSet> definitionSet(String name);

    List<DefinitionSet> definitionSets();

    void add(Object fact);

    /** Empties the facts (not the definitions), for a rebuild. */
    void clearFacts();

    long factCount();

    void flush();
}
