package com.cxops.portal.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.servlet.http.HttpServletResponse;

/** A page the person's roles may not open; says so in their language and points home. */
@ParentLayout(MainLayout.class)
public class AccessDeniedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException> {

    public AccessDeniedView() {
        setId("access-denied");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        add(new H2(getTranslation("error.access-denied.title")), new Paragraph(getTranslation("error.access-denied")),
                new Anchor("", getTranslation("error.go-home")));
        return HttpServletResponse.SC_FORBIDDEN;
    }

    /**
     * Unknown addresses get the same calm treatment. Open to every signed-in person: without an access annotation the
     * view-access check refused the not-found page itself, so a missing record read "access denied".
     */
    @ParentLayout(MainLayout.class)
    @jakarta.annotation.security.PermitAll
    public static class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

        public NotFoundView() {
            setId("not-found");
        }

        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
            removeAll();
            add(new H2(getTranslation("error.not-found.title")), new Paragraph(getTranslation("error.not-found.page")),
                    new Anchor("", getTranslation("error.go-home")));
            return HttpServletResponse.SC_NOT_FOUND;
        }
    }
}
