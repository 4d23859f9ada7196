package org.wpsnetwork.membership.members;

import java.util.List;
import java.util.Map;

/** The network roles members held, by year; provided by the roles feature. */
public interface MemberRoles {

    List<MemberResponse.YearRole> of(String memberCode);

    Map<String, List<MemberResponse.YearRole>> ofEveryMember();
}
