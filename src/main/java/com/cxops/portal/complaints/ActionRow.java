package com.cxops.portal.complaints;

/** A corrective action with the complaint number and the finding it answers, for the managers' list. */
public record ActionRow(CorrectiveAction action, String complaintNumber, RcaDimension dimension, String finding) {
}
