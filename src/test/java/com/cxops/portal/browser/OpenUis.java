package com.cxops.portal.browser;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Remembers the UIs the server creates, so that a browser test can change one from a server thread and see the
 * change arrive in the browser by push (there is no request from the browser to carry it).
 */
@TestConfiguration
public class OpenUis {

    private final List<UI> uis = new CopyOnWriteArrayList<>();

    @Bean
    VaadinServiceInitListener openUisListener() {
        return event -> event.getSource().addUIInitListener(e -> {
            UI ui = e.getUI();
            uis.add(ui);
            ui.addDetachListener(d -> uis.remove(ui));
        });
    }

    /** The newest UI of the HTTP session with this id (the browser's JSESSIONID cookie). */
    Optional<UI> newestOf(String httpSessionId) {
        List<UI> mine = uis.stream()
                .filter(ui -> ui.getSession() != null && ui.getSession().getSession() != null)
                .filter(ui -> httpSessionId.equals(ui.getSession().getSession().getId()))
                .toList();
        return mine.isEmpty() ? Optional.empty() : Optional.of(mine.getLast());
    }
}
