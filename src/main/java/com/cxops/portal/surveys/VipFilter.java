package com.cxops.portal.surveys;

public enum VipFilter {
    ANY, VIP, NOT_VIP;

    public String messageKey() {
        return "surveys.vip." + name();
    }
}
