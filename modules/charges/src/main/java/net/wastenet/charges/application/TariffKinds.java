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
 * The bureau's price versions as the recording pipeline creates them: tariffs and compensation rates. Dated the day they
 * are recorded in no district: a version enters no district's records, and a locked month is protected by its frozen
 * figures instead (a version valid from a day in it prices the live figures only).
 */
final class TariffKinds {
    static final Text TARIFF = Text.of("tariff", "收费标准");

    private TariffKinds() {
    }

    static void bureauOnly(Actor actor, Text what) {
        if (!actor.has(Role.BUREAU)) {
            throw new NotYoursException(null, Text.of("only the bureau sets the " + what.en(), "只有市局可以制定" + what.zh()));
        }
    }

}
