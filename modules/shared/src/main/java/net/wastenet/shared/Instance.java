package net.wastenet.shared;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** This server among several on one database: host and Liberty server name. Work it started, it resumes after a crash. */
public final class Instance {
    private Instance() {
    }

    public static String name() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        return host + "/" + System.getProperty("wlp.server.name", "wastenet");
    }
}
