package io.jenkins.plugins.dwp.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * The heap one adopted lease costs a broker, everything it keeps for it included: the pod in its
 * informer's cache, the observed worker, the lease record and its place in the check schedule.
 * Measured as the heap in use after full collections, before and after a broker adopts
 * {@code N} workers (see {@link AdoptedLeases}), less the same for a broker with none, over N.
 *
 * <p>Usage: {@code LeaseFootprint N OUTPUT.json}; writes {@code bytesPerLease} and
 * {@code bytesPerLeaseMeasuredWith} (N). Run it with a heap of fixed size.
 */
public final class LeaseFootprint {

    private LeaseFootprint() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: LeaseFootprint N OUTPUT.json");
            System.exit(2);
        }
        // Exits either way: threads vert.x leaves behind would keep the JVM, and bench/run, waiting.
        try {
            int leases = Integer.parseInt(args[0]);
            long none = brokerHeap(0);
            long many = brokerHeap(leases);
            ObjectNode figures = new ObjectMapper().createObjectNode();
            figures.put("bytesPerLease", Math.round((double) (many - none) / leases));
            figures.put("bytesPerLeaseMeasuredWith", leases);
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(new File(args[1]), figures);
        } catch (IOException | RuntimeException | Error e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    /** The heap a broker holds once it has adopted {@code workers} workers, its server and their pods' JSON not counted. */
    private static long brokerHeap(int workers) {
        try (AdoptedLeases adopted = AdoptedLeases.serve(workers)) {
            long before = heapAfterCollection();
            adopted.adopt();
            long after = heapAfterCollection();
            if (adopted.broker().scheduled() != workers) {
                throw new IllegalStateException("the broker let workers go while measured");
            }
            return after - before;
        }
    }

    private static long heapAfterCollection() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        // Several times: a collection can leave what a finalizer or reference handler frees only for the next.
        for (int i = 0; i < 4; i++) {
            memory.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
