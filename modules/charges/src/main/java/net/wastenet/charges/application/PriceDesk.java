package net.wastenet.charges.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import net.wastenet.charges.application.Commands.NewCompensationRate;
import net.wastenet.charges.application.Commands.NewTariff;
import net.wastenet.charges.application.Views.RateView;
import net.wastenet.charges.application.Views.TariffView;
import net.wastenet.charges.domain.ChargeBook;
import net.wastenet.shared.Actor;
import net.wastenet.shared.Text;
import net.wastenet.shared.UnknownCodeException;
import net.wastenet.shared.recording.Outcome;
import net.wastenet.shared.recording.Recording;

/** The bureau's tariff and compensation-rate versions: added through the recording pipeline, never edited. */
@ApplicationScoped
@Transactional
public class PriceDesk {
    @Inject
    ChargeBook book;
    @Inject
    Recording recording;
    @Inject
    TariffKind tariffKind;
    @Inject
    RateKind rateKind;

    /** What a create answered: the record, and whether this request stored it (false: a replay of the same key). */
    public record Created<V>(V view, boolean created) {
    }

    public Created<TariffView> addTariff(NewTariff cmd, Actor actor) {
        Outcome<TariffView> o = recording.create(tariffKind, ChargeDrafts.TariffDraft.of(cmd), actor).map(Views::of);
        return new Created<>(o.record(), o.created());
    }

    public Created<RateView> addRate(NewCompensationRate cmd, Actor actor) {
        Outcome<RateView> o = recording.create(rateKind, ChargeDrafts.RateDraft.of(cmd), actor).map(Views::of);
        return new Created<>(o.record(), o.created());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TariffView> tariffs() {
        return book.tariffs().stream().map(Views::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TariffView tariff(String code) {
        return book.tariff(code).map(Views::of).orElseThrow(() -> new UnknownCodeException("code", TariffKinds.TARIFF, code));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RateView> rates() {
        return book.rates().stream().map(Views::of).toList();
    }

    static Text rate() {
        return Text.of("compensation rate", "补偿标准");
    }
}
