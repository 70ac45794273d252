package net.wastenet.quality.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * An inspector on the roster the double-random plans draw from (检查人员名录库): the districts whose plans may draw them
 * and the communities that are their own: the one they live in (HOME) and those they serve (SERVES, a 督导员's
 * assigned communities, a third party's clients). The draw never sends an inspector to one of their own communities.
 *
 * <p>The roster is not the right to inspect: that is the role INSPECTOR with the district in the user's scope (set by an
 * administrator, like an officer's); the roster says who is drawn and what they may not be drawn for.
 */
@Entity
@Table(schema = "quality", name = "inspector")
public class Inspector {
    /** How a community is an inspector's own. */
    public enum Relation { HOME, SERVES }

    /** A community that is the inspector's own. */
    @Embeddable
    public static class Own {
        @Column(name = "community_code")
        private String communityCode;
        @Enumerated(EnumType.STRING)
        private Relation relation;

        protected Own() {
        }

        public Own(String communityCode, Relation relation) {
            this.communityCode = Objects.requireNonNull(communityCode);
            this.relation = Objects.requireNonNull(relation);
        }

        public String communityCode() {
            return communityCode;
        }

        public Relation relation() {
            return relation;
        }
    }

    @Id
    private String username;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "quality", name = "inspector_district", joinColumns = @JoinColumn(name = "username"))
    @Column(name = "district_code")
    private Set<String> districts = new HashSet<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "quality", name = "inspector_community", joinColumns = @JoinColumn(name = "username"))
    private Set<Own> own = new HashSet<>();
    @Column(name = "updated_at")
    private LocalDateTime updatedAt;
    @Column(name = "updated_by")
    private String updatedBy;
    @Version
    private long version;

    protected Inspector() {
    }

    public Inspector(String username) {
        this.username = Objects.requireNonNull(username);
    }

    /** Sets what the roster knows of the inspector; a community cannot be both their home and one they serve. */
    public void describe(Set<String> districtCodes, String homeCommunity, Set<String> served, LocalDateTime now, String who) {
        districts = new HashSet<>(districtCodes);
        own = new HashSet<>();
        if (homeCommunity != null) {
            own.add(new Own(homeCommunity, Relation.HOME));
        }
        for (String c : served) {
            if (!c.equals(homeCommunity)) {
                own.add(new Own(c, Relation.SERVES));
            }
        }
        updatedAt = now;
        updatedBy = who;
    }

    public String username() {
        return username;
    }

    public Set<String> districts() {
        return new TreeSet<>(districts);
    }

    public String homeCommunity() {
        return own.stream().filter(o -> o.relation() == Relation.HOME).map(Own::communityCode).findFirst().orElse(null);
    }

    public Set<String> servedCommunities() {
        Set<String> s = new TreeSet<>();
        own.stream().filter(o -> o.relation() == Relation.SERVES).forEach(o -> s.add(o.communityCode()));
        return s;
    }

    /** The communities the inspector lives in or serves. */
    public Set<String> ownCommunities() {
        Set<String> s = new TreeSet<>();
        own.forEach(o -> s.add(o.communityCode()));
        return s;
    }

    public DoubleRandomDraw.Candidate candidate() {
        return new DoubleRandomDraw.Candidate(username, ownCommunities());
    }
}
