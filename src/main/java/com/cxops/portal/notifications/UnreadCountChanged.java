package com.cxops.portal.notifications;

/** Published inside the transaction that changes a person's notifications; broadcast only after it commits. */
record UnreadCountChanged(String username) {
}
