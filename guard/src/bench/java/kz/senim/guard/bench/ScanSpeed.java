package kz.senim.guard.bench;

import java.io.File;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Thread CPU time per scan, which a busy shared machine disturbs far less than wall time. Each argument is a
 * classes directory (or jar) of the guard, loaded in its own class loader, so an old build can be measured
 * against the new one in the same JVM, alternating in rounds:
 *
 * <pre>
 * java -cp guard/target/test-classes kz.senim.guard.bench.ScanSpeed [--parts] [--same] guard/target/classes /tmp/old
 * </pre>
 *
 * --tokenizer times scans without detectors, --detector=ID (e.g. person-name) with that one only; --parts also times the tokenizer alone and each built-in detector on its own (minus the tokenizer);
 * --synthetic or --news measures one corpus only; --same checks that every version gives the same findings, on each corpus and on each of its paragraphs.
 * A re2j jar found in ~/.m2 is added to each loader (only custom patterns need it).
 */
public final class ScanSpeed {

    private static final int WARMUP = 200;
    private static final int ROUNDS = 10;
    private static final int PER_ROUND = 20;

    private record Version(String dir, ClassLoader loader, MethodHandle scan, MethodHandle scanAll, Object full) {
    }

    public static void main(String[] args) throws Throwable {
        boolean parts = false;
        boolean same = false;
        boolean tokenizerOnly = false;
        String detector = null;
        String only = null;
        List<Version> versions = new ArrayList<>();
        for (String a : args) {
            switch (a) {
                case "--parts" -> parts = true;
                case "--tokenizer" -> tokenizerOnly = true;
                case "--same" -> same = true;
                case "--synthetic", "--news" -> only = a.substring(2);
                default -> {
                    if (a.startsWith("--detector=")) {
                        detector = a.substring("--detector=".length());
                    } else {
                        versions.add(load(a));
                    }
                }
            }
        }
        String[] names = {"synthetic", "news"};
        String[] texts = {ScanBenchmark.corpus(1 << 20), ScanBenchmark.news()};
        for (int c = 0; c < texts.length; c++) {
            if (only != null && !only.equals(names[c])) {
                continue;
            }
            int bytes = texts[c].getBytes(StandardCharsets.UTF_8).length;
            if (same) {
                checkSame(versions, names[c], texts[c]);
            }
            List<Object> guards = new ArrayList<>();
            for (Version v : versions) {
                guards.add(tokenizerOnly ? noDetectors(v) : detector != null ? oneDetector(v, detector) : v.full);
            }
            long[][] cpu = measure(versions, guards, texts[c]);
            for (int v = 0; v < versions.size(); v++) {
                report(names[c] + " " + versions.get(v).dir, cpu[v], bytes);
            }
            if (parts) {
                for (Version v : versions) {
                    parts(v, names[c], texts[c]);
                }
            }
        }
    }

    private static Version load(String dir) throws Throwable {
        List<URL> urls = new ArrayList<>(List.of(new File(dir).toURI().toURL()));
        File re2j = new File(System.getProperty("user.home"), ".m2/repository/com/google/re2j/re2j/1.8/re2j-1.8.jar");
        if (re2j.exists()) {
            urls.add(re2j.toURI().toURL());
        }
        ClassLoader cl = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        Class<?> lg = cl.loadClass("kz.senim.guard.LeakGuard");
        MethodHandle scan = MethodHandles.publicLookup()
                .findVirtual(lg, "scan", MethodType.methodType(List.class, String.class))
                .asType(MethodType.methodType(List.class, Object.class, String.class));
        MethodHandle scanAll = MethodHandles.publicLookup()
                .findVirtual(lg, "scanAll", MethodType.methodType(List.class, String.class))
                .asType(MethodType.methodType(List.class, Object.class, String.class));
        Object full = lg.getMethod("defaults").invoke(null);
        return new Version(dir, cl, scan, scanAll, full);
    }

    /** CPU nanoseconds per scan, [version][scan], versions alternating every PER_ROUND scans. */
    private static long[][] measure(List<Version> versions, List<Object> guards, String text) throws Throwable {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (int v = 0; v < versions.size(); v++) {
            for (int i = 0; i < WARMUP; i++) {
                List<?> r = (List<?>) versions.get(v).scan.invokeExact(guards.get(v), text);
                blackhole += r.size();
            }
        }
        long[][] cpu = new long[versions.size()][ROUNDS * PER_ROUND];
        for (int r = 0; r < ROUNDS; r++) {
            for (int v = 0; v < versions.size(); v++) {
                MethodHandle scan = versions.get(v).scan;
                Object g = guards.get(v);
                for (int i = 0; i < PER_ROUND; i++) {
                    long t0 = mx.getCurrentThreadCpuTime();
                    List<?> res = (List<?>) scan.invokeExact(g, text);
                    cpu[v][r * PER_ROUND + i] = mx.getCurrentThreadCpuTime() - t0;
                    blackhole += res.size();
                }
            }
        }
        return cpu;
    }

    private static long blackhole;

    private static void report(String label, long[] cpu, int bytes) {
        long[] s = cpu.clone();
        Arrays.sort(s);
        double med = s[s.length / 2] / 1e6;
        double min = s[0] / 1e6;
        System.out.printf("%-40s cpu ms/scan median %.3f min %.3f  MB/s (median) %.0f  (min) %.0f%n", label, med,
                min, bytes / med / 1e3, bytes / min / 1e3);
    }

    private static Object noDetectors(Version v) throws Throwable {
        Class<?> lg = v.loader.loadClass("kz.senim.guard.LeakGuard");
        Object b = lg.getMethod("builder").invoke(null);
        return v.loader.loadClass("kz.senim.guard.LeakGuard$Builder").getMethod("build").invoke(b);
    }

    private static Object oneDetector(Version v, String id) throws Throwable {
        ClassLoader cl = v.loader;
        Class<?> builder = cl.loadClass("kz.senim.guard.LeakGuard$Builder");
        Class<?> factory = cl.loadClass("kz.senim.guard.DetectorFactory");
        Class<?> config = cl.loadClass("kz.senim.guard.DetectorConfig");
        Object b = cl.loadClass("kz.senim.guard.LeakGuard").getMethod("builder").invoke(null);
        for (Object f : (List<?>) cl.loadClass("kz.senim.guard.detectors.BuiltInDetectors").getMethod("factories")
                .invoke(null)) {
            if (factory.getMethod("id").invoke(f).equals(id)) {
                b = builder.getMethod("add", factory, config).invoke(b, f, config.getField("EMPTY").get(null));
            }
        }
        return builder.getMethod("build").invoke(b);
    }

    /** The tokenizer alone (no detectors), then each built-in detector alone minus that. */
    private static void parts(Version v, String corpus, String text) throws Throwable {
        ClassLoader cl = v.loader;
        Class<?> lg = cl.loadClass("kz.senim.guard.LeakGuard");
        Class<?> builder = cl.loadClass("kz.senim.guard.LeakGuard$Builder");
        Class<?> factory = cl.loadClass("kz.senim.guard.DetectorFactory");
        Class<?> config = cl.loadClass("kz.senim.guard.DetectorConfig");
        Object empty = config.getField("EMPTY").get(null);
        List<?> factories = (List<?>) cl.loadClass("kz.senim.guard.detectors.BuiltInDetectors")
                .getMethod("factories").invoke(null);
        List<String> labels = new ArrayList<>(List.of("tokenizer"));
        List<Object> guards = new ArrayList<>(List.of(builder.getMethod("build").invoke(lg.getMethod("builder")
                .invoke(null))));
        for (Object f : factories) {
            labels.add((String) factory.getMethod("id").invoke(f));
            Object b = lg.getMethod("builder").invoke(null);
            b = builder.getMethod("add", factory, config).invoke(b, f, empty);
            guards.add(builder.getMethod("build").invoke(b));
        }
        List<Version> same = new ArrayList<>();
        for (int i = 0; i < guards.size(); i++) {
            same.add(v);
        }
        long[][] cpu = measure(same, guards, text);
        double tok = median(cpu[0]);
        System.out.printf("  %s %s parts (median cpu ms): tokenizer %.3f", corpus, v.dir, tok);
        for (int i = 1; i < cpu.length; i++) {
            System.out.printf(", %s %.3f", labels.get(i), median(cpu[i]) - tok);
        }
        System.out.println();
    }

    private static double median(long[] cpu) {
        long[] s = cpu.clone();
        Arrays.sort(s);
        return s[s.length / 2] / 1e6;
    }

    private static void checkSame(List<Version> versions, String corpus, String text) throws Throwable {
        List<String> pieces = new ArrayList<>(List.of(text));
        pieces.addAll(Arrays.asList(text.split("\n")));
        int differ = 0;
        long findings = 0;
        for (String p : pieces) {
            String first = null;
            for (Version v : versions) {
                // resolved findings, then every raw candidate
                String got = ((List<?>) v.scan.invokeExact(v.full, p)).toString() + "\n"
                        + ((List<?>) v.scanAll.invokeExact(v.full, p)).toString();
                if (first == null) {
                    first = got;
                    findings += ((List<?>) v.scan.invokeExact(v.full, p)).size();
                } else if (!first.equals(got)) {
                    differ++;
                    if (differ <= 3) {
                        System.out.println("DIFFERENT on " + corpus + ": " + p.substring(0, Math.min(p.length(),
                                200)) + "\n  " + first + "\n  " + got);
                    }
                }
            }
        }
        System.out.printf("%s: %d texts (whole + paragraphs), %d findings, %d differ%n", corpus, pieces.size(),
                findings, differ);
    }
}
