package com.cxops.portal.surveys;

/**
 * How many customers a campaign's segment holds, how many of them are left out and why, and how many it will invite
 * after the sample.
 */
public record Reach(long inSegment, long noEmail, long optedOut, long quietPeriod, long eligible, long willInvite) {
}
