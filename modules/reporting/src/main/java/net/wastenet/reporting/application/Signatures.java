package net.wastenet.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.List;
import java.util.Optional;
import net.wastenet.reporting.domain.ReturnBook;
import net.wastenet.reporting.domain.SignedReturn;
import net.wastenet.shared.DateRange;

/** Signed figures: stored as the JSON of the indicator answer at the lock, read back as they were. */
@ApplicationScoped
class Signatures {
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    ReturnBook returns;

    String toJson(IndicatorAnswer figures) {
        return JSON.toJson(figures);
    }

    ReturnDesk.SignedView view(SignedReturn s) {
        return new ReturnDesk.SignedView(s.lockNo(), s.signedAt(), s.signedBy(), s.definitionSet(),
                JSON.fromJson(s.figures(), IndicatorAnswer.class));
    }

    /** The latest signed figures of the LOCKED return whose period is exactly this one, marked as signed. */
    Optional<IndicatorAnswer> lockedFigures(String districtCode, DateRange period) {
        return returns.lockedCovering(districtCode, period.from())
                .flatMap(label -> returns.find(districtCode, label))
                .filter(r -> r.period().from().equals(period.from()) && r.period().to().equals(period.to()))
                .flatMap(r -> {
                    List<SignedReturn> signed = returns.signed(r.id());
                    if (signed.isEmpty()) {
                        return Optional.empty();
                    }
                    SignedReturn last = signed.get(signed.size() - 1);
                    return Optional.of(view(last).figures().signedAs(
                            new IndicatorAnswer.Signature(r.period().label(), last.lockNo(), last.signedAt(), last.signedBy())));
                });
    }
}
