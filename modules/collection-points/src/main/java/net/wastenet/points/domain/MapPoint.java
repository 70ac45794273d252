package net.wastenet.points.domain;

import java.math.BigDecimal;

/** A point as a map draws it: where it is, what it is, its status on a day. */
public record MapPoint(String code, BigDecimal longitude, BigDecimal latitude, PointKind kind, PointStatus status) {
}
