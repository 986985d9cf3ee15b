package com.cxops.portal.concierge;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** A contact to log. The customer, the channel and a time not in the future are checked by the service. */
public record ContactForm(Long customerId, ContactChannel channel,
                          @NotNull(message = "{concierge.error.contact-time}") Instant contactedAt,
                          @Size(max = ContactEntry.NOTE_MAX) String note) {
}
