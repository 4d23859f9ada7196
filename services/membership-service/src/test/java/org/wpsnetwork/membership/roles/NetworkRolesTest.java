package org.wpsnetwork.membership.roles;

import org.junit.jupiter.api.Test;
import org.wpsnetwork.contracts.membership.NetworkRole;
import org.wpsnetwork.contracts.membership.NetworkRolesAssigned;
import org.wpsnetwork.contracts.membership.RoleAssignment;
import org.wpsnetwork.kit.events.Change;
import org.wpsnetwork.kit.web.ApiProblemException;
import org.wpsnetwork.kit.web.FieldViolation;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class NetworkRolesTest {

    private static final RoleAssignment NOR_CHAIR = new RoleAssignment("NOR", NetworkRole.CHAIR);
    private static final RoleAssignment ARG_CO_CHAIR = new RoleAssignment("ARG", NetworkRole.CO_CHAIR);
    private static final RoleAssignment AU_CO_CHAIR = new RoleAssignment("AU", NetworkRole.CO_CHAIR);

    @Test
    void assigningKeepsRoleThenMemberOrderAndTheEventNamesWhatWasThereBefore() {
        NetworkRoles roles = NetworkRoles.none(2025).assign(List.of(NOR_CHAIR)).state();

        Change<NetworkRoles> assigned = roles.assign(List.of(AU_CO_CHAIR, ARG_CO_CHAIR, NOR_CHAIR));

        assertThat(assigned.state().assignments()).containsExactly(NOR_CHAIR, ARG_CO_CHAIR, AU_CO_CHAIR);
        NetworkRolesAssigned event = (NetworkRolesAssigned) assigned.events().get(0).payload();
        assertThat(event.previousAssignments()).containsExactly(NOR_CHAIR);
    }

    @Test
    void theSameSetInAnotherOrderChangesNothing() {
        NetworkRoles roles = NetworkRoles.none(2025).assign(List.of(NOR_CHAIR, ARG_CO_CHAIR)).state();

        assertThat(roles.assign(List.of(ARG_CO_CHAIR, NOR_CHAIR)).changesNothing()).isTrue();
    }

    @Test
    void aMemberNamedTwiceInTheSameRoleIsRefusedNamingTheRepetition() {
        ApiProblemException problem = catchThrowableOfType(ApiProblemException.class,
                () -> NetworkRoles.none(2025).assign(List.of(ARG_CO_CHAIR, NOR_CHAIR, ARG_CO_CHAIR)));

        assertThat(problem.errors()).extracting(FieldViolation::field).containsExactly("assignments[2]");
        assertThat(problem.errors().get(0).message()).isEqualTo("repeats assignments[0]");
    }
}
