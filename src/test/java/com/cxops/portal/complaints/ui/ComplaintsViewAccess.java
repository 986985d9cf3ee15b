package com.cxops.portal.complaints.ui;

import com.cxops.portal.base.ui.SlaBadge;
import com.cxops.portal.complaints.Complaint;
import com.github.mvysny.kaributesting.v10.GridKt;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

/** Lets tests of other features read the queue's SLA badge ("text|tone") without widening the view's API. */
public class ComplaintsViewAccess {

    public String badge(int row) {
        ComplaintsView view = _get(ComplaintsView.class);
        Complaint c = GridKt._get(view.grid, row);
        SlaBadge.Display d = view.slaDisplay(c);
        return d.text() + "|" + d.tone().cssClass();
    }
}
