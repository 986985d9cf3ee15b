package com.cxops.portal.notifications;

import com.cxops.portal.SpringTestBase;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class JobLockTest extends SpringTestBase {

    @Autowired
    LockProvider lockProvider;

    @Test
    void a_job_lock_is_held_by_one_runner_at_a_time_on_this_database() {
        String name = unique("job-");
        LockConfiguration config = new LockConfiguration(Instant.now(), name, Duration.ofMinutes(1), Duration.ZERO);
        Optional<SimpleLock> first = lockProvider.lock(config);
        assertThat(first).isPresent();
        assertThat(lockProvider.lock(new LockConfiguration(Instant.now(), name, Duration.ofMinutes(1), Duration.ZERO)))
                .as("second node").isEmpty();
        first.get().unlock();
        Optional<SimpleLock> again = lockProvider.lock(new LockConfiguration(Instant.now(), name, Duration.ofMinutes(1), Duration.ZERO));
        assertThat(again).as("after unlock").isPresent();
        again.get().unlock();
    }
}
