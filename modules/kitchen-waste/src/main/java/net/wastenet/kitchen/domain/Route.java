package net.wastenet.kitchen.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import net.wastenet.recyclables.api.SourceKind;

/** A hauler's collection route: its sources in the order the vehicle visits them, and the plant its loads go to (if it names one). */
@Entity
@Table(schema = "kitchen", name = "route")
public class Route {
    /** One source of a route: a collection point or a registered producer. */
    @Embeddable
    public static class Stop {
        @Enumerated(EnumType.STRING)
        @Column(name = "source_kind")
        private SourceKind sourceKind;
        @Column(name = "source_code")
        private String sourceCode;

        protected Stop() {
        }

        public Stop(SourceKind sourceKind, String sourceCode) {
            this.sourceKind = sourceKind;
            this.sourceCode = sourceCode;
        }

        public SourceKind sourceKind() {
            return sourceKind;
        }

        public String sourceCode() {
            return sourceCode;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kitchen_seq")
    private Long id;
    private String code;
    private String name;
    @Column(name = "hauler_code")
    private String haulerCode;
    @Column(name = "destination_facility_code")
    private String destinationFacilityCode;
    @Column(name = "created_at")
    private LocalDateTime createdAt;
    @Column(name = "created_by")
    private String createdBy;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "kitchen", name = "route_stop", joinColumns = @JoinColumn(name = "route_id"))
    @OrderColumn(name = "position")
    private List<Stop> stops = new ArrayList<>();

    protected Route() {
    }

    public Route(String code, String name, String haulerCode, List<Stop> stops, String destinationFacilityCode, LocalDateTime now,
                 String who) {
        if (stops.isEmpty()) {
            throw new IllegalArgumentException("a route has at least one stop");
        }
        this.code = code;
        this.name = name;
        this.haulerCode = haulerCode;
        this.stops = new ArrayList<>(stops);
        this.destinationFacilityCode = destinationFacilityCode;
        this.createdAt = now;
        this.createdBy = who;
    }

    public boolean visits(SourceKind sourceKind, String sourceCode) {
        return stops.stream().anyMatch(s -> s.sourceKind() == sourceKind && s.sourceCode().equals(sourceCode));
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String haulerCode() {
        return haulerCode;
    }

    /** The plant the route's loads go to; null when the hauler names it at each pickup. */
    public String destinationFacilityCode() {
        return destinationFacilityCode;
    }

    public List<Stop> stops() {
        return List.copyOf(stops);
    }
}
