package net.wastenet.app.access;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import net.wastenet.app.access.ScopeEntry.Kind;
import net.wastenet.points.api.PointDirectory;
import net.wastenet.shared.Actor;
import net.wastenet.shared.AuditRecord;
import net.wastenet.shared.Codes;
import net.wastenet.shared.NotYoursException;
import net.wastenet.shared.Problems;
import net.wastenet.shared.Role;
import net.wastenet.shared.Text;
import net.wastenet.shared.UnknownCodeException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What is each user's; administrators set it, every request reads its caller's. */
@ApplicationScoped
@Transactional
public class Scopes {
    @PersistenceContext(unitName = "access")
    EntityManager em;
    @Inject
    jakarta.enterprise.event.Event<net.wastenet.shared.AuditRecord> audit;
    @Inject
    PointDirectory directory;
    @Resource
    TransactionSynchronizationRegistry transactions;
    @Inject
    @ConfigProperty(name = "wastenet.access.scopeCacheSeconds", defaultValue = "5")
    long cacheSeconds;

    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private final AtomicLong changes = new AtomicLong();
    private long cacheNanos;

    @PostConstruct
    void configure() {
        cacheNanos = cacheSeconds * 1_000_000_000L;
    }

    /** A user's scope: the codes of the points, districts, haulers and facilities that are theirs. */
    @Schema(name = "UserScope")
    public record Scope(
            @Schema(example = "[\"JJ-P001\",\"JJ-P002\"]") Set<String> points,
            @Schema(example = "[\"510104\"]") Set<String> districts,
            @Schema(example = "[]") Set<String> haulers,
            @Schema(example = "[]") Set<String> facilities) {
        static final Scope NONE = new Scope(Set.of(), Set.of(), Set.of(), Set.of());
    }

    /**
     * A user's scope, as every request asks it: kept for {@code wastenet.access.scopeCacheSeconds} (5 s)
     * on this instance, so that a station's weighings do not each read it again. A change made here
     * applies here at once; another instance sees it within those seconds.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Scope of(String username) {
        long now = System.nanoTime();
        Cached cached = cache.get(username);
        if (cached != null && now - cached.readAt() < cacheNanos) {
            return cached.scope();
        }
        long generation = changes.get();
        Scope scope = read(username);
        if (changes.get() == generation) {
            // not kept if a change was forgotten meanwhile: what was read may be from before it
            cache.put(username, new Cached(scope, now));
        }
        return scope;
    }

    private record Cached(Scope scope, long readAt) {
    }

    private Scope read(String username) {
        List<ScopeEntry> entries = em.createQuery("select s from ScopeEntry s where s.username = :u", ScopeEntry.class)
                .setParameter("u", username).getResultList();
        if (entries.isEmpty()) {
            return Scope.NONE;
        }
        return new Scope(codes(entries, Kind.POINT), codes(entries, Kind.DISTRICT), codes(entries, Kind.HAULER),
                codes(entries, Kind.FACILITY));
    }

    /** Replaces a user's scope. Codes must be well formed; points and districts must exist. */
    public Scope replace(String username, Scope scope, Actor actor) {
        if (!actor.has(Role.ADMIN)) {
            throw new NotYoursException(null, Text.of("only administrators change who may do what",
                    "只有管理员可以修改用户权限范围"));
        }
        Problems p = new Problems();
        Codes.checkText(username, 64, "username", p);
        Scope s = scope == null ? Scope.NONE : scope;
        nonNull(s.points()).forEach(c -> Codes.check(c, "points", p));
        nonNull(s.districts()).forEach(c -> Codes.checkDistrict(c, "districts", p));
        nonNull(s.haulers()).forEach(c -> Codes.check(c, "haulers", p));
        nonNull(s.facilities()).forEach(c -> Codes.check(c, "facilities", p));
        p.throwIfAny();
        for (String point : nonNull(s.points())) {
            if (directory.point(point).isEmpty()) {
                throw new UnknownCodeException("points", Text.of("collection point", "投放点"), point);
            }
        }
        for (String district : nonNull(s.districts())) {
            if (directory.district(district).isEmpty()) {
                throw new UnknownCodeException("districts", Text.of("district", "区（市）县"), district);
            }
        }
        Scope before = read(username);
        forget(username);
        em.createQuery("delete from ScopeEntry s where s.username = :u").setParameter("u", username).executeUpdate();
        nonNull(s.points()).forEach(c -> em.persist(new ScopeEntry(username, Kind.POINT, c)));
        nonNull(s.districts()).forEach(c -> em.persist(new ScopeEntry(username, Kind.DISTRICT, c)));
        nonNull(s.haulers()).forEach(c -> em.persist(new ScopeEntry(username, Kind.HAULER, c)));
        nonNull(s.facilities()).forEach(c -> em.persist(new ScopeEntry(username, Kind.FACILITY, c)));
        em.flush();
        Scope after = read(username);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                forget(username);
            }
        });
        audit.fire(AuditRecord.changed("user-scope", username, "SCOPE_CHANGE", actor, null, before, after));
        return after;
    }

    private void forget(String username) {
        changes.incrementAndGet();
        cache.remove(username);
    }

    private static Set<String> codes(List<ScopeEntry> entries, Kind kind) {
        Set<String> codes = new TreeSet<>();
        entries.stream().filter(e -> e.kind() == kind).forEach(e -> codes.add(e.code()));
        return codes;
    }

    private static Set<String> nonNull(Set<String> s) {
        return s == null ? Set.of() : s;
    }
}
