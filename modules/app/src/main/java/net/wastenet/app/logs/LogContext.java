package net.wastenet.app.logs;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Fields added to every log record written on this thread while they are set: Liberty's LogRecordContext, which its
 * JSON log format (wastenet.log.format=json) writes as {@code ext_<name>} beside the message. Outside Liberty (a plain
 * unit test) it does nothing.
 */
public final class LogContext {
    private static final MethodHandle ADD;
    private static final MethodHandle REMOVE;

    static {
        MethodHandle add = null;
        MethodHandle remove = null;
        try {
            Class<?> c = Class.forName("com.ibm.websphere.logging.hpel.LogRecordContext");
            add = MethodHandles.publicLookup().findStatic(c, "addExtension", MethodType.methodType(void.class, String.class, String.class));
            remove = MethodHandles.publicLookup().findStatic(c, "removeExtension", MethodType.methodType(boolean.class, String.class));
        } catch (ReflectiveOperationException | LinkageError e) {
            // not on Liberty: nothing to add to
        }
        ADD = add;
        REMOVE = remove;
    }

    private LogContext() {
    }

    public static void put(String name, String value) {
        if (ADD != null && value != null) {
            try {
                ADD.invoke(name, value);
            } catch (Throwable e) {
                // logging context is best effort: never fail a request for it
            }
        }
    }

    public static void remove(String name) {
        if (REMOVE != null) {
            try {
                REMOVE.invoke(name);
            } catch (Throwable e) {
                // as above
            }
        }
    }
}
