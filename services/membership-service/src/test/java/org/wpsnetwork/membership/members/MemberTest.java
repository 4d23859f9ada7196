package org.wpsnetwork.membership.members;

import org.junit.jupiter.api.Test;
import org.wpsnetwork.contracts.membership.FocalPoint;
import org.wpsnetwork.contracts.membership.FocalPointAppointed;
import org.wpsnetwork.contracts.membership.MemberAdmitted;
import org.wpsnetwork.contracts.membership.MemberProfileUpdated;
import org.wpsnetwork.contracts.membership.MemberStatus;
import org.wpsnetwork.contracts.membership.MemberType;
import org.wpsnetwork.contracts.membership.MemberWithdrew;
import org.wpsnetwork.contracts.membership.Region;
import org.wpsnetwork.kit.events.Change;
import org.wpsnetwork.kit.web.ApiProblemException;
import org.wpsnetwork.kit.web.FieldViolation;
import org.wpsnetwork.kit.web.ProblemType;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A member's rules, without a database: each change gives the member afterwards and the event it produced. */
class MemberTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final FocalPoint FOCAL_POINT = new FocalPoint("Ana Pérez", "Director", "Ministry of Foreign Affairs",
            "ana@example.org", LocalDate.of(2024, 3, 1));

    private static Member argentina() {
        return Member.admit("ARG", " Argentina ", MemberType.STATE, Region.AMERICAS,
                LocalDate.of(2016, 9, 23), TODAY).state();
    }

    @Test
    void admittingGivesAnActiveMemberAndTheEventCarryingIt() {
        Change<Member> admitted = Member.admit("ARG", " Argentina ", MemberType.STATE,
                Region.AMERICAS, LocalDate.of(2016, 9, 23), TODAY);

        assertThat(admitted.state().name()).isEqualTo("Argentina");
        assertThat(admitted.state().status()).isEqualTo(MemberStatus.ACTIVE);
        assertThat(admitted.events()).singleElement().satisfies(event ->
                assertThat(((MemberAdmitted) event.payload()).member()).isEqualTo(admitted.state().snapshot()));
    }

    @Test
    void aStateNeedsACountryCodeOneRegionAndAJoiningDateInTheNetworksLifetime() {
        assertThat(refused(() -> Member.admit("ZZZ", "Nowhere", MemberType.STATE, Region.AFRICA,
                LocalDate.of(2020, 1, 1), TODAY)).type()).isEqualTo(ProblemType.INVALID_REQUEST);
        ApiProblemException broken = refused(() -> Member.admit("NOR", "Norway", MemberType.STATE,
                Region.TRANSREGIONAL, LocalDate.of(2015, 1, 1), TODAY));
        assertThat(broken.type()).isEqualTo(ProblemType.RULE_VIOLATED);
        assertThat(broken.errors()).extracting(FieldViolation::field).containsExactly("region", "joinedOn");
        assertThat(refused(() -> Member.admit("NOR", "Norway", MemberType.STATE, Region.EUROPE,
                TODAY.plusDays(1), TODAY)).errors()).extracting(FieldViolation::field).containsExactly("joinedOn");
    }

    @Test
    void theSameProfileAgainChangesNothingAndAChangeNamesTheFieldsItChanged() {
        Member member = argentina();

        assertThat(member.updateProfile(" Argentina", null).changesNothing()).isTrue();
        Change<Member> renamed = member.updateProfile("Argentine Republic", Region.AMERICAS);
        assertThat(renamed.state().name()).isEqualTo("Argentine Republic");
        assertThat(((MemberProfileUpdated) renamed.events().get(0).payload()).changedFields()).containsExactly("name");
        assertThat(refused(() -> member.updateProfile(null, Region.TRANSREGIONAL)).type())
                .isEqualTo(ProblemType.RULE_VIOLATED);
    }

    @Test
    void withdrawingLeavesTheFocalPointVacantAndHappensOnce() {
        Member member = argentina().appointFocalPoint(FOCAL_POINT, TODAY).state();

        Change<Member> withdrawn = member.withdraw(LocalDate.of(2026, 6, 30), "  ", TODAY);

        assertThat(withdrawn.state().status()).isEqualTo(MemberStatus.WITHDRAWN);
        assertThat(withdrawn.state().focalPoint()).isNull();
        assertThat(((MemberWithdrew) withdrawn.events().get(0).payload()).reason()).isNull();
        assertThat(refused(() -> withdrawn.state().withdraw(TODAY, null, TODAY)).type()).isEqualTo(ProblemType.CONFLICT);
        assertThat(refused(() -> withdrawn.state().appointFocalPoint(FOCAL_POINT, TODAY)).type())
                .isEqualTo(ProblemType.CONFLICT);
        assertThat(refused(() -> member.withdraw(LocalDate.of(2016, 1, 1), null, TODAY)).errors())
                .extracting(FieldViolation::field).containsExactly("effectiveOn");
    }

    @Test
    void appointingTheSamePersonChangesNothingAndAReplacementNamesWhoItReplaced() {
        Member member = argentina().appointFocalPoint(FOCAL_POINT, TODAY).state();
        FocalPoint successor = new FocalPoint("Luis Gómez", null, "Ministry of Foreign Affairs", "luis@example.org", TODAY);

        assertThat(member.appointFocalPoint(FOCAL_POINT, TODAY).changesNothing()).isTrue();
        FocalPointAppointed replaced = (FocalPointAppointed) member.appointFocalPoint(successor, TODAY).events().get(0)
                .payload();
        assertThat(replaced.replaced()).isEqualTo(FOCAL_POINT);
        assertThat(refused(() -> member.appointFocalPoint(new FocalPoint("Soon", null, "Ministry", "soon@example.org",
                TODAY.plusDays(1)), TODAY)).type()).isEqualTo(ProblemType.RULE_VIOLATED);
        assertThat(refused(() -> argentina().vacateFocalPoint()).type()).isEqualTo(ProblemType.NOT_FOUND);
        assertThat(member.vacateFocalPoint().state().focalPoint()).isNull();
    }

    private static ApiProblemException refused(org.assertj.core.api.ThrowableAssert.ThrowingCallable change) {
        ApiProblemException problem = catchThrowableOfType(ApiProblemException.class, change);
        assertThat(problem).as("the change is refused").isNotNull();
        return problem;
    }
}
