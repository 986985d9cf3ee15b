package com.cxops.portal.customers;

import com.cxops.portal.SpringTestBase;
import net.javacrumbs.shedlock.core.LockProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** With scheduling on (as in production), the nightly recomputation is planned and guarded by ShedLock. */
@TestPropertySource(properties = "portal.scheduling.enabled=true")
// closed afterwards, so no scheduled job keeps running beside the other tests
@DirtiesContext
class LayerJobSchedulingTest extends SpringTestBase {

    @Autowired List<ScheduledTaskHolder> holders;
    @Autowired LockProvider lockProvider;
    @Autowired LayerJob job;

    @Test
    void the_nightly_recomputation_is_scheduled_and_runs_under_the_lock() {
        assertThat(holders.stream().flatMap(h -> h.getScheduledTasks().stream())).isNotEmpty();
        assertThat(lockProvider).isNotNull();
        job.nightly(); // through the ShedLock proxy; completes without error
    }
}
