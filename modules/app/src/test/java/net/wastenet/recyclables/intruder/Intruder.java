package net.wastenet.recyclables.intruder;

import net.wastenet.points.api.PointSummary;
import net.wastenet.points.domain.CollectionPoint;

/** A test fixture that breaks the border on purpose: another module reaching for a points entity. */
public class Intruder {
    PointSummary allowed;
    CollectionPoint forbidden;
}
