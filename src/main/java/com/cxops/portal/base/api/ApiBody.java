package com.cxops.portal.base.api;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.lang.reflect.RecordComponent;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Reads a JSON object into a request record field by field, so that every field of the wrong type is reported at
 * its name (Jackson alone stops at the first). A property the record does not have is refused at its name, as
 * everywhere in the API: a misspelt field ("descripton") would otherwise be dropped silently, and what the shop sent
 * would be lost without anyone noticing.
 */
public final class ApiBody {

    private ApiBody() {
    }

    /**
     * The record, or null after adding an error per wrong field to {@code errors}, keyed {@code prefix + name}
     * (prefix "" for a single body, "[2]." for an item of an array).
     */
    public static <T extends Record> T read(JsonMapper json, JsonNode node, Class<T> type, String prefix, Map<String, String> errors) {
        String whole = prefix.endsWith(".") ? prefix.substring(0, prefix.length() - 1) : prefix;
        if (node == null || !node.isObject()) {
            errors.put(whole, prefix.isEmpty() ? "api.error.malformed" : "api.error.not-an-object");
            return null;
        }
        boolean ok = true;
        Set<String> known = new HashSet<>();
        for (RecordComponent component : type.getRecordComponents()) {
            known.add(component.getName());
        }
        for (String name : node.propertyNames()) {
            if (!known.contains(name)) {
                errors.put(prefix + name, "api.error.unknown-field");
                ok = false;
            }
        }
        for (RecordComponent component : type.getRecordComponents()) {
            JsonNode value = node.get(component.getName());
            if (value == null || value.isNull()) {
                continue;
            }
            try {
                json.treeToValue(value, json.constructType(component.getGenericType()));
            } catch (JacksonException e) {
                errors.put(prefix + component.getName(), component.getType().isEnum() ? "api.error.enum" : "api.error.type");
                ok = false;
            }
        }
        if (!ok) {
            return null;
        }
        try {
            return json.treeToValue(node, type);
        } catch (JacksonException e) {
            errors.put(whole, "api.error.malformed");
            return null;
        }
    }
}
