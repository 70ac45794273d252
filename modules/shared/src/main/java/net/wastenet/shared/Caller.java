package net.wastenet.shared;

/** The actor of the request being served; the deployable provides it from the signed-in user. */
public interface Caller {
    Actor actor();
}
