package org.wpsnetwork.membership.members;

import org.wpsnetwork.contracts.membership.MemberType;
import org.wpsnetwork.kit.web.FieldViolation;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Member codes: ISO 3166-1 alpha-3 for states (ARG, CIV, KOR), short upper-case codes for regional
 * organizations (AU, EU, NATO, OSCE) that must not be mistaken for a country.
 */
final class MemberCodes {

    private static final Set<String> COUNTRY_CODES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);

    private MemberCodes() {
    }

    /** What is wrong with {@code code} for a member of {@code type}, if anything. */
    static Optional<FieldViolation> problemWith(String code, MemberType type) {
        boolean country = COUNTRY_CODES.contains(code);
        if (type == MemberType.STATE && !country) {
            return Optional.of(FieldViolation.of("code", "must be an ISO 3166-1 alpha-3 country code for a state", code));
        }
        if (type == MemberType.REGIONAL_ORGANIZATION && country) {
            return Optional.of(FieldViolation.of("code",
                    "is the ISO 3166-1 code of a country; a regional organization needs its own code", code));
        }
        return Optional.empty();
    }
}
