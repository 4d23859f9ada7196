package org.wpsnetwork.membership.members;

import org.wpsnetwork.contracts.membership.FocalPoint;
import org.wpsnetwork.contracts.membership.FocalPointAppointed;
import org.wpsnetwork.contracts.membership.FocalPointVacated;
import org.wpsnetwork.contracts.membership.MemberAdmitted;
import org.wpsnetwork.contracts.membership.MemberProfileUpdated;
import org.wpsnetwork.contracts.membership.MemberSnapshot;
import org.wpsnetwork.contracts.membership.MemberStatus;
import org.wpsnetwork.contracts.membership.MemberType;
import org.wpsnetwork.contracts.membership.MemberWithdrew;
import org.wpsnetwork.contracts.membership.Region;
import org.wpsnetwork.kit.events.Change;
import org.wpsnetwork.kit.web.ApiProblemException;
import org.wpsnetwork.kit.web.FieldViolation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.wpsnetwork.contracts.membership.MembershipEvents.FOCAL_POINT_APPOINTED;
import static org.wpsnetwork.contracts.membership.MembershipEvents.FOCAL_POINT_VACATED;
import static org.wpsnetwork.contracts.membership.MembershipEvents.MEMBER_ADMITTED;
import static org.wpsnetwork.contracts.membership.MembershipEvents.MEMBER_PROFILE_UPDATED;
import static org.wpsnetwork.contracts.membership.MembershipEvents.MEMBER_WITHDREW;

/**
 * A member of the network: a UN member state or a regional organization. Immutable: every change checks the
 * member's rules and returns the member as it stands afterwards with the event that says what happened.
 */
public record Member(
        String code,
        String name,
        MemberType type,
        Region region,
        MemberStatus status,
        LocalDate joinedOn,
        LocalDate withdrawnOn,
        String withdrawalReason,
        FocalPoint focalPoint) {

    /** The foundational meeting in New York launched the network; nobody joined earlier. */
    public static final LocalDate NETWORK_FOUNDED_ON = LocalDate.of(2016, 9, 23);

    /**
     * Admits a member; {@code today} bounds the joining date.
     *
     * @throws ApiProblemException 400 for a code that does not fit the type, 422 for a region or date that does not fit
     */
    public static Change<Member> admit(String code, String name, MemberType type, Region region, LocalDate joinedOn,
                                       LocalDate today) {
        MemberCodes.problemWith(code, type).ifPresent(problem -> {
            throw ApiProblemException.invalid(problem);
        });
        List<FieldViolation> broken = new ArrayList<>();
        regionProblem(type, region).ifPresent(broken::add);
        if (joinedOn.isAfter(today)) {
            broken.add(FieldViolation.of("joinedOn", "must not be in the future", joinedOn.toString()));
        }
        if (joinedOn.isBefore(NETWORK_FOUNDED_ON)) {
            broken.add(FieldViolation.of("joinedOn", "must not be before the network was founded on "
                    + NETWORK_FOUNDED_ON, joinedOn.toString()));
        }
        ApiProblemException.requireNoRuleViolated("The member cannot be admitted", broken);
        Member admitted = new Member(code, name.trim(), type, region, MemberStatus.ACTIVE, joinedOn, null, null, null);
        return Change.of(admitted, MEMBER_ADMITTED, new MemberAdmitted(admitted.snapshot()));
    }

    public boolean isActive() {
        return status == MemberStatus.ACTIVE;
    }

    /** Whether it was a member for at least part of {@code year}. */
    public boolean wasMemberDuring(int year) {
        return joinedOn.getYear() <= year && (withdrawnOn == null || withdrawnOn.getYear() >= year);
    }

    /** Corrects the name, the region or both (null keeps one as it is); the same profile again changes nothing. */
    public Change<Member> updateProfile(String newName, Region newRegion) {
        if (newRegion != null) {
            regionProblem(type, newRegion).ifPresent(problem -> {
                throw ApiProblemException.ruleViolated("The region does not fit the member", List.of(problem));
            });
        }
        String name = newName == null ? this.name : newName.trim();
        Region region = newRegion == null ? this.region : newRegion;
        List<String> changed = new ArrayList<>();
        if (!name.equals(this.name)) {
            changed.add("name");
        }
        if (region != this.region) {
            changed.add("region");
        }
        if (changed.isEmpty()) {
            return Change.none(this);
        }
        Member updated = new Member(code, name, type, region, status, joinedOn, withdrawnOn, withdrawalReason,
                focalPoint);
        return Change.of(updated, MEMBER_PROFILE_UPDATED, new MemberProfileUpdated(updated.snapshot(), changed));
    }

    /**
     * Records a withdrawal that is effective (not before joining, not after {@code today}). It also leaves the
     * focal point post vacant: a former member has no focal point in the network.
     */
    public Change<Member> withdraw(LocalDate effectiveOn, String reason, LocalDate today) {
        if (!isActive()) {
            throw ApiProblemException.conflict(code + " already withdrew from the network on " + withdrawnOn);
        }
        List<FieldViolation> broken = new ArrayList<>();
        if (effectiveOn.isBefore(joinedOn)) {
            broken.add(FieldViolation.of("effectiveOn", "must not be before the member joined on " + joinedOn,
                    effectiveOn.toString()));
        }
        if (effectiveOn.isAfter(today)) {
            broken.add(FieldViolation.of("effectiveOn", "must not be in the future; record a withdrawal once it is "
                    + "effective", effectiveOn.toString()));
        }
        ApiProblemException.requireNoRuleViolated("The withdrawal cannot be recorded", broken);
        String why = reason == null || reason.isBlank() ? null : reason.trim();
        Member withdrawn = new Member(code, name, type, region, MemberStatus.WITHDRAWN, joinedOn, effectiveOn, why,
                null);
        return Change.of(withdrawn, MEMBER_WITHDREW, new MemberWithdrew(withdrawn.snapshot(), effectiveOn, why));
    }

    /** Appoints a focal point, replacing the one there is; the same person again changes nothing. */
    public Change<Member> appointFocalPoint(FocalPoint appointed, LocalDate today) {
        if (!isActive()) {
            throw ApiProblemException.conflict(code + " withdrew from the network on " + withdrawnOn
                    + " and cannot appoint a focal point");
        }
        if (appointed.appointedOn().isAfter(today)) {
            throw ApiProblemException.ruleViolated("The appointment cannot be recorded", List.of(FieldViolation.of(
                    "appointedOn", "must not be in the future", appointed.appointedOn().toString())));
        }
        if (appointed.equals(focalPoint)) {
            return Change.none(this);
        }
        Member updated = withFocalPoint(appointed);
        return Change.of(updated, FOCAL_POINT_APPOINTED,
                new FocalPointAppointed(updated.snapshot(), appointed, focalPoint));
    }

    public Change<Member> vacateFocalPoint() {
        if (focalPoint == null) {
            throw ApiProblemException.notFound(code + " has no focal point to vacate");
        }
        Member updated = withFocalPoint(null);
        return Change.of(updated, FOCAL_POINT_VACATED, new FocalPointVacated(updated.snapshot(), focalPoint));
    }

    /** The member without its focal point's e-mail address, for readers who may not see personal data. */
    Member withoutPersonalData() {
        return focalPoint == null ? this : withFocalPoint(focalPoint.withoutEmail());
    }

    /** The member as its events carry it. */
    MemberSnapshot snapshot() {
        return new MemberSnapshot(code, name, type, region, status, joinedOn, withdrawnOn, focalPoint);
    }

    private Member withFocalPoint(FocalPoint appointed) {
        return new Member(code, name, type, region, status, joinedOn, withdrawnOn, withdrawalReason, appointed);
    }

    private static Optional<FieldViolation> regionProblem(MemberType type, Region region) {
        if (type == MemberType.STATE && region == Region.TRANSREGIONAL) {
            return Optional.of(FieldViolation.of("region",
                    "TRANSREGIONAL is for regional organizations that span several regions; a state has one UN region",
                    region.name()));
        }
        return Optional.empty();
    }
}
