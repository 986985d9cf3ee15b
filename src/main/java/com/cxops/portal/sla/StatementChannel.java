package com.cxops.portal.sla;

/** Where a public statement was published (DOMAIN.md: public negative opinion needs a statement). */
public enum StatementChannel {
    WEIBO, WECHAT, DOUYIN, XIAOHONGSHU, WEBSITE, PRESS, OTHER;

    public String messageKey() {
        return "sla.statement.channel." + name();
    }
}
