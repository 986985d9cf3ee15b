package com.cxops.portal.base.ui;

import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.function.ValueProvider;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Combo box items read when the drop-down asks for them (filtered by the words the person types in their label), so
 * that a page's filter bar keeps no copy of every agent and team per open page: with a few hundred staff that is
 * tens of kilobytes in every session. Items are told apart by their id, so a value set from elsewhere (a saved
 * filter) matches the listed item.
 */
public final class LazyItems {

    private LazyItems() {
    }

    public static <T> void of(ComboBox<T> combo, SerializableSupplier<List<T>> items, ItemLabelGenerator<T> label,
                              ValueProvider<T, Object> id) {
        combo.setItemLabelGenerator(label);
        combo.setItems(new CallbackDataProvider<T, String>(
                query -> matching(items, label, query).skip(query.getOffset()).limit(query.getLimit()),
                query -> (int) matching(items, label, query).count(),
                id));
    }

    private static <T> Stream<T> matching(SerializableSupplier<List<T>> items, ItemLabelGenerator<T> label, Query<T, String> query) {
        String typed = query.getFilter().orElse("").trim().toLowerCase(Locale.ROOT);
        return items.get().stream().filter(t -> typed.isEmpty() || label.apply(t).toLowerCase(Locale.ROOT).contains(typed));
    }
}
