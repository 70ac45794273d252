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
 * A compensation rate version through the recording pipeline: the bureau's only. Dated the day it is recorded, in no
 * district (a locked month is kept by its frozen figures).
 */
@ApplicationScoped
public class RateKind implements RecordKind<RateDraft, Boolean, CompensationRate> {
    static final Text RATE = Text.of("compensation rate", "补偿标准");
    @Inject
    ChargeBook book;
    @Inject
    CityClock clock;

    @Override
    public String name() {
        return "compensation-rate";
    }

    @Override
    public void checkScope(RateDraft d, Actor actor) {
        TariffKinds.bureauOnly(actor, RATE);
    }

    @Override
    public Map<String, CompensationRate> earlier(String submitter, Set<String> clientKeys) {
        return book.ratesByClientKeys(submitter, clientKeys);
    }

    @Override
    public String fingerprintOf(CompensationRate r) {
        return r.requestHash();
    }

    @Override
    public Boolean lookUp(List<RateDraft> drafts) {
        return Boolean.TRUE;
    }

    @Override
    public Dated dated(RateDraft d, Boolean refs) {
        return Dated.on(clock.today(), "validFrom");
    }

    @Override
    public CompensationRate make(RateDraft d, Boolean refs, Stamp stamp) {
        return CompensationRate.set(d.validFrom(), d.facilityKind(), d.yuanPerTonne(), stamp.clientKey(), stamp.fingerprint(), stamp.at(),
                stamp.who());
    }

    @Override
    public List<?> store(List<CompensationRate> records) {
        records.forEach(book::add);
        return List.of();
    }

    @Override
    public Object ref(CompensationRate r) {
        return r.id();
    }

    @Override
    public Object audited(CompensationRate r) {
        return Views.of(r);
    }
}
