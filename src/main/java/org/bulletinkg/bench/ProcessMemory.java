package org.bulletinkg.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The memory of this process as the benchmark reports it: the heap (its bound and the peak used since the
 * last reset) apart from resident memory, which on Linux splits into anonymous pages (heap, stacks, native
 * buffers: what the process itself holds) and file pages (TDB2's memory-mapped database files, which the
 * kernel can drop at will). A TDB2 process's plain RSS says little about its heap.
 */
record ProcessMemory(long heapMax, long heapPeak, long rssAnon, long rssFile, long vmHwm) {

    static ProcessMemory now() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return new ProcessMemory(Runtime.getRuntime().maxMemory(), peak, status("RssAnon"), status("RssFile"), status("VmHWM"));
    }

    /** Heap in use right after a full collection: what the process still holds, garbage aside. */
    static long liveAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Starts a new peak (the peaks of the heap's pools, summed: an upper bound of the heap's peak). */
    static void resetPeak() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** A field of /proc/self/status in bytes, or -1 where there is none (not Linux). */
    private static long status(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(field + ":")) {
                    String[] parts = line.substring(field.length() + 1).trim().split("\\s+");
                    return Long.parseLong(parts[0]) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    /** The machine's one-minute load average (how much other work shared the cores), or -1 where unknown. */
    static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    String describe() {
        // the pools peak at different times, so their peaks summed can exceed the heap's bound
        return String.format(Locale.ROOT, "heap max %s, heap pools' peaks summed %s (an upper bound of the peak);"
                        + " RssAnon %s, RssFile %s (mapped files), VmHWM %s",
                mb(heapMax), mb(heapPeak), mb(rssAnon), mb(rssFile), mb(vmHwm));
    }

    static String mb(long bytes) {
        return bytes < 0 ? "n/a" : String.format(Locale.ROOT, "%,d MB", bytes / (1024 * 1024));
    }
}
