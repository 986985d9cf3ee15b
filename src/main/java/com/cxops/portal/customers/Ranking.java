package com.cxops.portal.customers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Positions and scores for the top-share cut and RFM quintiles, pure so that the boundaries are unit-tested; the
 * values at these positions are read in SQL ({@link LayerRecomputation}).
 *
 * <p>Ties never split: every customer whose value equals the value at the cut is in the top share, and equal values
 * always get the same RFM score (a customer's score depends only on how many customers have a strictly lower value).
 */
public final class Ranking {

    private Ranking() {
    }

    /** How many customers (at least one when there are any) make up the top {@code percent} of {@code population}. */
    public static long topCount(long population, BigDecimal percent) {
        if (population <= 0) {
            return 0;
        }
        long count = BigDecimal.valueOf(population).multiply(percent)
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING).longValueExact();
        return Math.max(1, Math.min(population, count));
    }

    /**
     * Zero-based offsets, in ascending order of value, of the values that separate the quintiles: a customer
     * whose value is greater than the value at {@code offsets[i]} scores at least {@code i + 2}. Empty offsets mean
     * there is nobody to rank.
     */
    public static List<Long> quintileOffsets(long population) {
        if (population <= 0) {
            return List.of();
        }
        return java.util.stream.LongStream.rangeClosed(1, 4)
                .map(i -> ceilDiv(i * population, 5) - 1)
                .boxed().toList();
    }

    /**
     * Score 1-5: one plus the number of quintile boundaries the value is strictly greater than.
     *
     * @param boundaries the values at {@link #quintileOffsets(long)}, ascending
     */
    public static <T extends Comparable<? super T>> int score(T value, List<T> boundaries) {
        int score = 1;
        for (T boundary : boundaries) {
            if (value.compareTo(boundary) > 0) {
                score++;
            }
        }
        return score;
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }
}
