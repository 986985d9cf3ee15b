package com.cxops.portal.complaints;

/**
 * A person changed a complaint's tier by hand (published inside the change's transaction, before the new tier is
 * set): the tier and stored reason the rules gave, the tier chosen and why. Kept as a labelled example.
 */
public record ComplaintTierCorrected(Complaint complaint, Tier given, String reasonGiven, Tier chosen, String why, String actor) {
}
