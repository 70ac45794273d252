package net.wastenet.charges.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.wastenet.charges.application.ChargeDrafts.RateDraft;
import net.wastenet.charges.application.ChargeDrafts.TariffDraft;
import net.wastenet.charges.domain.ChargeBook;
import net.wastenet.charges.domain.CompensationRate;
import net.wastenet.charges.domain.Tariff;
import net.wastenet.shared.Actor;
import net.wastenet.shared.CityClock;
import net.wastenet.shared.ConflictException;
import net.wastenet.shared.NotYoursException;
import net.wastenet.shared.Role;
import net.wastenet.shared.Text;
import net.wastenet.shared.recording.Dated;
import net.wastenet.shared.recording.RecordKind;
import net.wastenet.shared.recording.Stamp;

/**
 * A tariff version through the recording pipeline: the bureau's only; a code names one version. Dated the day it is
 * recorded, in no district: a version enters no district's records, and a locked month is kept by its frozen figures.
 */
@ApplicationScoped
public class TariffKind implements RecordKind<TariffDraft, List<Tariff>, Tariff> {
    @Inject
    ChargeBook book;
    @Inject
    CityClock clock;

    @Override
    public String name() {
        return "tariff";
    }

    @Override
    public void checkScope(TariffDraft d, Actor actor) {
        TariffKinds.bureauOnly(actor, TariffKinds.TARIFF);
    }

    @Override
    public Map<String, Tariff> earlier(String submitter, Set<String> clientKeys) {
        return book.tariffsByClientKeys(submitter, clientKeys);
    }

    @Override
    public String fingerprintOf(Tariff t) {
        return t.requestHash();
    }

    @Override
    public List<Tariff> lookUp(List<TariffDraft> drafts) {
        return new ArrayList<>(book.tariffs());
    }

    @Override
    public Dated dated(TariffDraft d, List<Tariff> refs) {
        return Dated.on(clock.today(), "validFrom");
    }

    @Override
    public Tariff make(TariffDraft d, List<Tariff> existing, Stamp stamp) {
        Tariff t = Tariff.define(d.code(), d.validFrom(), d.producerClass(), d.category(), d.basis(), d.priceYuan(), d.quotaKgPerMonth(),
                d.tiers(), stamp.clientKey(), stamp.fingerprint(), stamp.at(), stamp.who());
        if (existing.stream().anyMatch(e -> e.code().equals(d.code()))) {
            throw ConflictException.duplicateCode(TariffKinds.TARIFF, d.code());
        }
        existing.add(t);
        return t;
    }

    @Override
    public List<?> store(List<Tariff> records) {
        records.forEach(book::add);
        return List.of();
    }

    @Override
    public Object ref(Tariff t) {
        return t.code();
    }

    @Override
    public Object audited(Tariff t) {
        return Views.of(t);
    }
}
