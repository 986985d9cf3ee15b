package com.cxops.portal.concierge;

import com.cxops.portal.customers.CustomerLayer;
import com.cxops.portal.customers.MembershipLevel;
import com.cxops.portal.surveys.CustomerSurveyService;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One customer of a VIP manager's book with what tells who needs attention: no contact within the setting's days
 * comes first; {@code lastNps} is the customer's latest NPS answer (null: none), read from the surveys feature; {@code vip} false flags a customer who left high-net-worth but stays in the book until moved.
 */
public record BookRow(long customerId, String name, CustomerLayer layer, MembershipLevel membership, boolean vip,
                      Integer rfmRecency, Integer rfmFrequency, Integer rfmMonetary, Instant lastOrderAt,
                      Instant lastContactAt, LocalDate nextOccasion, OccasionKind nextOccasionKind, long openTasks,
                      boolean needsAttention, long version, CustomerSurveyService.LastNps lastNps) {

    public String rfm() {
        return rfmRecency == null ? "" : rfmRecency + "-" + rfmFrequency + "-" + rfmMonetary;
    }
}
