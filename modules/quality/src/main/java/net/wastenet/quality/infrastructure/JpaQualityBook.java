package net.wastenet.quality.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import net.wastenet.quality.domain.Contamination;
import net.wastenet.quality.domain.Inspection;
import net.wastenet.quality.domain.InspectionPlan;
import net.wastenet.quality.domain.Inspector;
import net.wastenet.quality.domain.Photo;
import net.wastenet.quality.domain.PhotoContent;
import net.wastenet.quality.domain.QualityBook;
import net.wastenet.quality.domain.Rectification;
import net.wastenet.quality.domain.Rubric;
import net.wastenet.shared.Page;
import net.wastenet.shared.PageRequest;

@ApplicationScoped
class JpaQualityBook implements QualityBook {
    @PersistenceContext(unitName = "quality")
    EntityManager em;

    @Override
    public void add(Object record) {
        em.persist(record);
        em.flush();
    }

    @Override
    public List<Rubric> rubrics() {
        return em.createQuery("select r from Rubric r order by r.validFrom", Rubric.class).getResultList();
    }

    @Override
    public Optional<Rubric> rubric(String code) {
        return em.createQuery("select r from Rubric r where r.code = :code", Rubric.class).setParameter("code", code)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Inspector> inspector(String username) {
        return Optional.ofNullable(em.find(Inspector.class, username));
    }

    @Override
    public List<Inspector> inspectors(String districtCode) {
        if (districtCode == null) {
            return em.createQuery("select i from Inspector i order by i.username", Inspector.class).getResultList();
        }
        return em.createQuery("select distinct i from Inspector i join i.districts d where d = :d order by i.username", Inspector.class)
                .setParameter("d", districtCode).getResultList();
    }

    @Override
    public Optional<InspectionPlan> plan(long id) {
        return Optional.ofNullable(em.find(InspectionPlan.class, id));
    }

    @Override
    public Optional<InspectionPlan> plan(String districtCode, String period) {
        return em.createQuery("select p from InspectionPlan p where p.districtCode = :d and p.period = :p", InspectionPlan.class)
                .setParameter("d", districtCode).setParameter("p", period).getResultStream().findFirst();
    }

    @Override
    public Page<InspectionPlan> plans(Set<String> districts, String period, PageRequest page) {
        String where = " where 1 = 1" + (districts == null ? "" : " and p.districtCode in :ds") + (period == null ? "" : " and p.period = :p");
        TypedQuery<InspectionPlan> q = em.createQuery("select p from InspectionPlan p" + where + " order by p.period desc, p.districtCode",
                InspectionPlan.class);
        TypedQuery<Long> c = em.createQuery("select count(p) from InspectionPlan p" + where, Long.class);
        for (TypedQuery<?> t : List.of(q, c)) {
            if (districts != null) {
                t.setParameter("ds", districts.isEmpty() ? List.of("-") : districts);
            }
            if (period != null) {
                t.setParameter("p", period);
            }
        }
        return new Page<>(q.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(), c.getSingleResult());
    }

    @Override
    public boolean started(long planId) {
        return em.createQuery("select count(i) from Inspection i where i.planId = :p", Long.class).setParameter("p", planId)
                .getSingleResult() > 0;
    }

    @Override
    public Optional<Photo> photo(long id) {
        return Optional.ofNullable(em.find(Photo.class, id));
    }

    @Override
    public Map<Long, Photo> photos(Collection<Long> ids) {
        Map<Long, Photo> found = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select p from Photo p where p.id in :ids", Photo.class).setParameter("ids", new ArrayList<>(ids))
                    .getResultList().forEach(p -> found.put(p.id(), p));
        }
        return found;
    }

    @Override
    public Map<String, Photo> photosBySha256(String uploader, Set<String> sha256s) {
        Map<String, Photo> found = new HashMap<>();
        if (!sha256s.isEmpty()) {
            em.createQuery("select p from Photo p where p.sha256 in :s and p.uploadedBy = :u", Photo.class)
                    .setParameter("s", new ArrayList<>(sha256s)).setParameter("u", uploader).getResultList()
                    .forEach(p -> found.put(p.sha256(), p));
        }
        return found;
    }

    @Override
    public Optional<byte[]> photoBytes(long id) {
        return Optional.ofNullable(em.find(PhotoContent.class, id)).map(PhotoContent::bytes);
    }

    @Override
    public Set<String> districtsUsing(long photoId) {
        Set<String> districts = new TreeSet<>();
        districts.addAll(em.createQuery("select distinct i.districtCode from Inspection i join i.photoIds p where p = :id", String.class)
                .setParameter("id", photoId).getResultList());
        districts.addAll(em.createQuery("select distinct r.districtCode from Rectification r join r.photoIds p where p = :id", String.class)
                .setParameter("id", photoId).getResultList());
        return districts;
    }

    @Override
    public Map<String, Inspection> inspectionsByClientKeys(String submitter, Set<String> clientKeys) {
        Map<String, Inspection> found = new LinkedHashMap<>();
        if (!clientKeys.isEmpty()) {
            em.createQuery("select i from Inspection i where i.clientKey in :k and i.createdBy = :u", Inspection.class)
                    .setParameter("k", new ArrayList<>(clientKeys)).setParameter("u", submitter).getResultList()
                    .forEach(i -> found.put(i.clientKey(), i));
        }
        return found;
    }

    @Override
    public Optional<Inspection> inspection(long id) {
        return Optional.ofNullable(em.find(Inspection.class, id));
    }

    @Override
    public Page<Inspection> inspections(InspectionFilter f, PageRequest page) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (f.districts() != null) {
            where.append(" and i.districtCode in :ds");
            params.put("ds", f.districts().isEmpty() ? List.of("-") : new ArrayList<>(f.districts()));
        }
        if (f.communityCode() != null) {
            where.append(" and i.communityCode = :c");
            params.put("c", f.communityCode());
        }
        if (f.from() != null) {
            where.append(" and i.inspectedOn >= :from");
            params.put("from", f.from());
        }
        if (f.to() != null) {
            where.append(" and i.inspectedOn <= :to");
            params.put("to", f.to());
        }
        TypedQuery<Inspection> q = em.createQuery("select i from Inspection i" + where + " order by i.inspectedAt desc, i.id desc",
                Inspection.class);
        TypedQuery<Long> c = em.createQuery("select count(i) from Inspection i" + where, Long.class);
        params.forEach((k, v) -> {
            q.setParameter(k, v);
            c.setParameter(k, v);
        });
        return new Page<>(q.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(), c.getSingleResult());
    }

    @Override
    public List<Inspection> inspectionsIn(String districtCode, LocalDate from, LocalDate to) {
        TypedQuery<Inspection> q = em.createQuery("select i from Inspection i where i.inspectedOn between :from and :to"
                + (districtCode == null ? "" : " and i.districtCode = :d"), Inspection.class)
                .setParameter("from", from).setParameter("to", to);
        if (districtCode != null) {
            q.setParameter("d", districtCode);
        }
        return q.getResultList();
    }

    @Override
    public Optional<Rectification> unclosedRectification(String communityCode) {
        return em.createQuery("select r from Rectification r where r.communityCode = :c and r.status <> :closed", Rectification.class)
                .setParameter("c", communityCode).setParameter("closed", Rectification.Status.CLOSED)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    @Override
    public Optional<Rectification> rectification(long id) {
        return Optional.ofNullable(em.find(Rectification.class, id));
    }

    @Override
    public Page<Rectification> rectifications(RectificationFilter f, PageRequest page) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (f.districts() != null) {
            where.append(" and r.districtCode in :ds");
            params.put("ds", f.districts().isEmpty() ? List.of("-") : new ArrayList<>(f.districts()));
        }
        if (f.communityCode() != null) {
            where.append(" and r.communityCode = :c");
            params.put("c", f.communityCode());
        }
        if (f.status() != null) {
            where.append(" and r.status = :s");
            params.put("s", f.status());
        }
        if (f.overdueOn() != null) {
            // Rectification.isOverdueOn, as a query: due before the day, neither completed in time nor closed by then
            where.append(" and r.openedOn <= :day and r.dueDate < :day"
                    + " and (r.completedOn is null or r.completedOn > r.dueDate)"
                    + " and (r.closedOn is null or r.closedOn > :day)");
            params.put("day", f.overdueOn());
        }
        TypedQuery<Rectification> q = em.createQuery("select r from Rectification r" + where + " order by r.dueDate, r.id",
                Rectification.class);
        TypedQuery<Long> c = em.createQuery("select count(r) from Rectification r" + where, Long.class);
        params.forEach((k, v) -> {
            q.setParameter(k, v);
            c.setParameter(k, v);
        });
        List<Rectification> items = q.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new Page<>(items, c.getSingleResult());
    }

    @Override
    public List<Rectification> rectificationsOpenedBy(String districtCode, LocalDate day) {
        TypedQuery<Rectification> q = em.createQuery("select r from Rectification r where r.openedOn <= :day"
                + (districtCode == null ? "" : " and r.districtCode = :d"), Rectification.class).setParameter("day", day);
        if (districtCode != null) {
            q.setParameter("d", districtCode);
        }
        return q.getResultList();
    }

    @Override
    public List<Contamination> contaminationIn(String districtCode, LocalDate from, LocalDate to) {
        String w = districtCode == null ? "" : " and c.districtCode = :d";
        TypedQuery<Contamination> q = em.createQuery("select c from Contamination c where c.foundOn >= :f and c.foundOn <= :t" + w
                + " order by c.foundOn, c.id", Contamination.class).setParameter("f", from).setParameter("t", to);
        if (districtCode != null) {
            q.setParameter("d", districtCode);
        }
        return q.getResultList();
    }

    @Override
    public List<Contamination> contaminationAt(Collection<String> pointCodes, LocalDate from, LocalDate to) {
        if (pointCodes.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select c from Contamination c where c.pointCode in :p and c.foundOn >= :f and c.foundOn <= :t"
                        + " order by c.foundOn, c.id", Contamination.class).setParameter("p", new ArrayList<>(pointCodes))
                .setParameter("f", from).setParameter("t", to).getResultList();
    }
}
