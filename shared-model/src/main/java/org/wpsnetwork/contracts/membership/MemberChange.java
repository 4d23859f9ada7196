package org.wpsnetwork.contracts.membership;

/** A membership event about one member, carrying the member as it stands after the change. */
public sealed interface MemberChange extends MembershipEvent
        permits MemberAdmitted, MemberProfileUpdated, MemberWithdrew, FocalPointAppointed, FocalPointVacated {

    MemberSnapshot member();
}
