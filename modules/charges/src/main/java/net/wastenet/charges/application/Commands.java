package net.wastenet.charges.application;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies the module's endpoints take. */
public final class Commands {
    private Commands() {
    }

    @Schema(name = "NewTariffTier", description = "A tier above the monthly quota: from aboveKg past the quota, each kilogram at priceYuan a tonne")
    public record NewTier(@Schema(description = "kilograms past the quota where the tier starts; the first tier starts at 0",
                                  example = "0", minimum = "0", maximum = "100000000", required = true) BigDecimal aboveKg,
                          @Schema(description = "yuan a tonne, at most two decimals, dearer than the price below", example = "450",
                                  minimum = "0", maximum = "1000000", required = true) BigDecimal priceYuan) {
    }

    @Schema(name = "NewTariff", description = "A tariff version (收费标准) for a producer class and category, valid from a day until the next version")
    public record NewTariff(@Schema(example = "NR-KITCHEN-2027", pattern = "^[A-Za-z0-9-]{1,32}$", maxLength = 32, required = true) String code,
                            @Schema(example = "2027-01-01", format = "date", required = true) String validFrom,
                            @Schema(enumeration = {"RESIDENTIAL", "NON_RESIDENTIAL"}, example = "NON_RESIDENTIAL", required = true) String producerClass,
                            @Schema(enumeration = {"RECYCLABLE", "HAZARDOUS", "KITCHEN", "RESIDUAL"}, example = "KITCHEN", required = true) String category,
                            @Schema(enumeration = {"PER_TONNE", "PER_HOUSEHOLD_MONTH"}, example = "PER_TONNE", required = true) String basis,
                            @Schema(description = "yuan per tonne or per household and month, at most two decimals", example = "300",
                                    minimum = "0", maximum = "1000000", required = true) BigDecimal priceYuan,
                            @Schema(description = "kilograms a month charged at the base price (per tonne only)", example = "3000",
                                    minimum = "0", maximum = "100000000") BigDecimal quotaKgPerMonth,
                            @Schema(description = "the tiers above the quota, rising") List<NewTier> tiers,
                            @Schema(example = "tariff-nr-kitchen-2027", minLength = 1, maxLength = 64) String clientKey) {
    }

    @Schema(name = "NewCompensationRate", description = "A compensation rate version for a kind of plant, valid from a day until the next version")
    public record NewCompensationRate(@Schema(example = "2027-01-01", format = "date", required = true) String validFrom,
                                      @Schema(description = "a kind of plant that treats or disposes of waste (the contract lists them)",
                                              required = true) String facilityKind,
                                      @Schema(description = "yuan a tonne, at most two decimals", example = "80", minimum = "0", maximum = "1000000",
                                              required = true) BigDecimal yuanPerTonne,
                                      @Schema(example = "rate-incineration-2027", minLength = 1, maxLength = 64) String clientKey) {
    }
}
