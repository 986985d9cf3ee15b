package com.cxops.portal.complaints;

import com.cxops.portal.customers.CustomerLayer;
import org.springframework.context.ApplicationContext;

import java.util.List;

/** Test access to the complaint demo generator: the real demo data set, for these customers, up to the clock's now. */
public final class DemoComplaints {

    private DemoComplaints() {
    }

    /** One customer of the demo set: id, name, layer, VIP. */
    public record Customer(long id, String name, CustomerLayer layer, boolean vip) {
    }

    public static void generate(ApplicationContext context, List<Customer> customers) {
        context.getBean(ComplaintDemoData.class).generate(customers.stream()
                .map(c -> new ComplaintDemoData.Cust(c.id(), c.name(), c.layer(), c.vip(), null)).toList());
    }

    /** The same set with fewer complaints (the history is shorter; the open ones are the same), for faster tests. */
    public static void generate(ApplicationContext context, List<Customer> customers, int complaints) {
        context.getBean(ComplaintDemoData.class).generate(customers.stream()
                .map(c -> new ComplaintDemoData.Cust(c.id(), c.name(), c.layer(), c.vip(), null)).toList(), complaints);
    }
}
