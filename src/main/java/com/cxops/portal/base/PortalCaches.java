package com.cxops.portal.base;

import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

/**
 * The portal's caches: Spring's cache abstraction over Caffeine. A feature asks for its cache by name (created on
 * first use) and keeps its own rule of how long an entry is good, on the portal's clock; Caffeine bounds the number
 * of entries and drops any left unread for {@code portal.cache.expire}, so a cache never grows without limit.
 */
@Configuration
@EnableCaching
public class PortalCaches {

    @Bean
    CacheManager cacheManager(@Value("${portal.cache.max-entries:10000}") long maxEntries,
                              @Value("${portal.cache.expire:PT10M}") Duration expire) {
        CaffeineCacheManager manager = new CaffeineCacheManager();
        manager.setCaffeine(Caffeine.newBuilder().maximumSize(maxEntries).expireAfterAccess(expire));
        manager.setAllowNullValues(false);
        return manager;
    }
}
