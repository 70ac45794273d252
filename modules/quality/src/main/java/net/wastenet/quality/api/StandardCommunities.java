package net.wastenet.quality.api;

import java.util.List;
import net.wastenet.shared.DateRange;

/** The 达标 status of communities, for other modules (reporting's indicator answer: standardCommunities). */
public interface StandardCommunities {
    /**
     * Every community in service by the period's end in a district (null: the whole city), with its verdict for the
     * period by the rule of the rubric valid on the period's last day.
     */
    List<CommunityStandard> verdicts(String districtCode, DateRange period);
}
