package net.wastenet.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The resident memory of a process (Linux: VmRSS in /proc/PID/status), given its pid file. */
final class Memory {
    private Memory() {
    }

    static long residentMiB(String pidFile) throws IOException {
        String pid = Files.readString(Path.of(pidFile)).strip();
        for (String line : Files.readAllLines(Path.of("/proc", pid, "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        throw new IOException("no VmRSS for process " + pid);
    }
}
