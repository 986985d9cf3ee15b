package com.cxops.portal.base.validation;

import com.cxops.portal.base.i18n.TranslationProvider;
import com.vaadin.flow.component.UI;
import jakarta.validation.MessageInterpolator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

import java.util.Locale;

/**
 * Bean Validation messages from the portal's own bundles, in the viewer's language, with the constraint's bounds
 * filled in and formatted as every other message ("Too long: at most 4,000 characters."). Named in
 * META-INF/validation.xml, so the validator Vaadin's BeanValidationBinder builds uses it too; which key and which
 * arguments a constraint has is {@link ConstraintMessages}'s to say.
 */
public class PortalMessageInterpolator implements MessageInterpolator {

    private final TranslationProvider texts = new TranslationProvider();
    /** A message that is not a portal key (a library's own constraint) keeps the validator's English text. */
    private final MessageInterpolator fallback = new ParameterMessageInterpolator();

    @Override
    public String interpolate(String template, Context context) {
        UI ui = UI.getCurrent();
        return interpolate(template, context, ui != null ? ui.getLocale() : TranslationProvider.ENGLISH);
    }

    @Override
    public String interpolate(String template, Context context, Locale locale) {
        return ConstraintMessages.of(template, context.getConstraintDescriptor())
                .filter(m -> texts.find(locale, m.key()).isPresent())
                .map(m -> texts.translate(locale, m.key(), m.arguments()))
                .orElseGet(() -> fallback.interpolate(template, context, locale));
    }
}
