package kz.senim.support;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * CPU time spent by this JVM and by the embedded PostgreSQL (the postmaster and all its children). On a
 * machine shared with other work, CPU per operation is a steadier figure than operations per second.
 */
public final class CpuMeter {

    private static final double TICK_NANOS = 1e9 / 100; // USER_HZ on Linux

    private final long postmaster;

    public CpuMeter(JdbcClient jdbc) {
        long backend = jdbc.sql("select pg_backend_pid()").query(Long.class).single();
        this.postmaster = parentOf(backend);
    }

    /** A reading: nanoseconds of CPU in the JVM and in PostgreSQL so far. */
    public record Reading(long jvmNanos, long postgresNanos) {
        public Reading minus(Reading earlier) {
            return new Reading(jvmNanos - earlier.jvmNanos, postgresNanos - earlier.postgresNanos);
        }

        /** "JVM x µs + PostgreSQL y µs" per operation. */
        public String perOperation(long operations) {
            return String.format("%.0f + %.0f", jvmNanos / 1e3 / operations, postgresNanos / 1e3 / operations);
        }
    }

    public Reading read() {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return new Reading(os.getProcessCpuTime(), postgresTicks() * (long) TICK_NANOS);
    }

    private long postgresTicks() {
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            return procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .mapToLong(p -> {
                        String[] f = stat(p);
                        if (f == null) {
                            return 0;
                        }
                        long pid = Long.parseLong(p.getFileName().toString());
                        if (pid == postmaster) {
                            // Its own time and that of the backends and workers that have exited since.
                            return Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
                        }
                        return Long.parseLong(f[1]) == postmaster ? Long.parseLong(f[11]) + Long.parseLong(f[12]) : 0;
                    }).sum();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long parentOf(long pid) {
        String[] f = stat(Path.of("/proc", Long.toString(pid)));
        if (f == null) {
            throw new IllegalStateException("no process " + pid);
        }
        return Long.parseLong(f[1]);
    }

    /** Fields of /proc/pid/stat after the command name: [0] state, [1] ppid, … [11] utime, [12] stime, [13] cutime, [14] cstime. */
    private static String[] stat(Path proc) {
        try {
            String s = Files.readString(proc.resolve("stat"));
            return s.substring(s.lastIndexOf(')') + 2).split(" ");
        } catch (IOException | RuntimeException e) {
            return null; // the process ended meanwhile
        }
    }
}
