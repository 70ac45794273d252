package net.wastenet.charges.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The charges module's records: tariff versions, compensation rate versions, frozen months. */
public interface ChargeBook {
    List<Tariff> tariffs();

    Optional<Tariff> tariff(String code);

    Map<String, Tariff> tariffsByClientKeys(String submitter, Collection<String> clientKeys);

    List<CompensationRate> rates();

    Map<String, CompensationRate> ratesByClientKeys(String submitter, Collection<String> clientKeys);

    /** A district's frozen versions of a month, oldest first. */
    List<FrozenMonth> frozen(String districtCode, String month);

    /** The latest frozen version of each district named for a month. */
    Map<String, FrozenMonth> latestFrozen(Collection<String> districtCodes, String month);

    void add(Object entity);
}
