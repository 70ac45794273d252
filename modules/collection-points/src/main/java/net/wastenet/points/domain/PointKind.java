package net.wastenet.points.domain;

/** The kinds of place in the one registry of both networks. */
public enum PointKind {
    /** 投放点: where residents drop sorted waste. */
    SORTING_POINT,
    /** 收集站: where collected waste is gathered and weighed before transport. */
    COLLECTION_STATION,
    /** 回收网点: a recyclables outlet of the recycling trade. */
    RECYCLING_OUTLET,
    /** 两网融合服务点: a merged service point of both networks. */
    MERGED_SERVICE_POINT
}
