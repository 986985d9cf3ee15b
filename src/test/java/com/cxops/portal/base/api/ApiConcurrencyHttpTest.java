package com.cxops.portal.base.api;

import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Ten identical batches at the same moment through real HTTP: no error reaches the caller, one row per external id. */
class ApiConcurrencyHttpTest extends ApiHttpTestBase {

    private static final int PARALLEL = 10;

    private List<HttpResponse<String>> sendAtOnce(String path, String body) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        try {
            List<Future<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < PARALLEL; i++) {
                calls.add(pool.submit(() -> {
                    start.await();
                    return post(path, body);
                }));
            }
            start.countDown();
            List<HttpResponse<String>> responses = new ArrayList<>();
            for (var call : calls) {
                responses.add(call.get());
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Every answer is a success or a 409 problem the caller can retry; never a redirect, a 500 or a database error. */
    private void assertAllSucceededOrConflict(List<HttpResponse<String>> responses) {
        for (HttpResponse<String> r : responses) {
            if (r.statusCode() == 409) {
                assertThat(problem(r, 409).get("code").asString()).isEqualTo("api.error.conflict");
            } else {
                assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            }
        }
        assertThat(responses).anySatisfy(r -> assertThat(r.statusCode()).isEqualTo(200));
    }

    @Test
    void ten_identical_customer_and_order_batches_at_once_leave_exactly_one_row_per_external_id() throws Exception {
        String prefix = unique("P");
        List<String> customerIds = IntStream.range(0, 40).mapToObj(i -> prefix + "-C" + i).toList();
        String customers = customerIds.stream().map(id -> customerJson(id, "Name " + id)).collect(Collectors.joining(",", "[", "]"));
        assertAllSucceededOrConflict(sendAtOnce("/api/customers", customers));
        for (String id : customerIds) {
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM customer WHERE external_id = ?", Integer.class, id)).isEqualTo(1);
        }

        List<String> orderIds = IntStream.range(0, 40).mapToObj(i -> prefix + "-O" + i).toList();
        String orders = IntStream.range(0, 40).mapToObj(i -> "{\"externalId\":\"" + orderIds.get(i) + "\",\"customerExternalId\":\""
                        + customerIds.get(i) + "\",\"placedAt\":\"2026-03-01T10:00:00Z\",\"amount\":" + (i + 1) + ".50,\"currency\":\"CNY\",\"status\":\"PAID\"}")
                .collect(Collectors.joining(",", "[", "]"));
        assertAllSucceededOrConflict(sendAtOnce("/api/orders", orders));
        for (String id : orderIds) {
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM customer_order WHERE external_id = ?", Integer.class, id)).isEqualTo(1);
        }
    }
}
