package net.wastenet.quality.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Set;

/**
 * Contamination found at a collection point, on the quality record of the communities it serves: kitchen waste refused
 * by a hauler at pickup (REFUSAL, flagged {@code repeated} when the hauler's refusal was a repeat), or a load rejected in
 * part or whole at the plant (REJECTION, with the rejected kilograms). Noted by the kitchen-waste module in its writing
 * transaction; never changed afterwards.
 */
@Entity
@Table(schema = "quality", name = "contamination")
public class Contamination {
    /** Refused at pickup, or rejected at the plant. */
    public enum Kind { REFUSAL, REJECTION }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contamination_seq")
    @jakarta.persistence.SequenceGenerator(name = "contamination_seq", schema = "quality", sequenceName = "contamination_seq", allocationSize = 50)
    private Long id;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Kind kind;
    @Column(name = "point_code")
    private String pointCode;
    @Column(name = "district_code")
    private String districtCode;
    @Column(name = "found_on")
    private LocalDate foundOn;
    private String reference;
    @Column(name = "weight_kg")
    private BigDecimal weightKg;
    private boolean repeated;
    @Column(name = "noted_at")
    private LocalDateTime notedAt;

    protected Contamination() {
    }

    public static Contamination note(Kind kind, String pointCode, String districtCode, LocalDate day, String reference,
                                     BigDecimal weightKg, boolean repeated, LocalDateTime at) {
        Contamination c = new Contamination();
        c.kind = Objects.requireNonNull(kind);
        c.pointCode = Objects.requireNonNull(pointCode);
        c.districtCode = Objects.requireNonNull(districtCode);
        c.foundOn = Objects.requireNonNull(day);
        c.reference = Objects.requireNonNull(reference);
        c.weightKg = weightKg;
        c.repeated = repeated;
        c.notedAt = at;
        return c;
    }

    /**
     * Whether contamination found at a community's points feeds the purity veto of an inspection on {@code day}: a
     * repeated refusal in the {@code days} days up to and including that day.
     */
    public static boolean feedsPurityVeto(java.util.List<Contamination> found, Set<String> servingPoints, LocalDate day, int days) {
        return found.stream().anyMatch(c -> c.kind == Kind.REFUSAL && c.repeated && servingPoints.contains(c.pointCode)
                && !c.foundOn.isAfter(day) && c.foundOn.isAfter(day.minusDays(days)));
    }

    public Long id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    public String pointCode() {
        return pointCode;
    }

    public String districtCode() {
        return districtCode;
    }

    public LocalDate foundOn() {
        return foundOn;
    }

    public String reference() {
        return reference;
    }

    public BigDecimal weightKg() {
        return weightKg;
    }

    public boolean repeated() {
        return repeated;
    }
}
