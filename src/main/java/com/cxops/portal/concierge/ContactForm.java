package com.cxops.portal.concierge;

import java.time.Instant;

/** A contact to log (the note at most ContactEntry.NOTE_MAX characters; the time not in the future). */
public record ContactForm(Long customerId, ContactChannel channel, Instant contactedAt, String note) {
}
