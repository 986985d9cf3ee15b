package com.cxops.portal.base.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;

import java.util.List;
import java.util.Map;

/**
 * Descriptions, examples and required fields of the bodies the controllers take and give, named by their schema
 * (the records carry only their public schema name). What a field means is written here once for every client.
 */
final class ApiSchemaDocs {

    private ApiSchemaDocs() {
    }

    static void apply(OpenAPI api) {
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        if (schemas == null) {
            return;
        }
        document(schemas.get("ComplaintRequest"), "A complaint as another system logs it; codes for the enumerations",
                List.of("customerExternalId", "channel", "category", "subject", "description"),
                field("customerExternalId", "The shop's id of the customer; the customer must exist", "C10001"),
                field("orderExternalId", "The order the complaint is about, if any; it must be the customer's", "O20260001"),
                field("channel", "How the complaint came in", "SOCIAL_MEDIA"),
                field("category", "What the complaint is about", "LATE_DELIVERY"),
                field("subject", "A short subject, at most 200 characters", "Parcel a week late"),
                field("description", "The complaint's text, at most 4 000 characters; read for the tier",
                        "Posted on Weibo that the parcel is a week late"),
                field("spreadRisk", "How public the complaint is; PRIVATE when left out", "PUBLIC_POST"),
                field("affectedCount", "How many customers are affected (1 when left out); when left at 1, a count in the "
                        + "text is taken instead and affectedInferred is set", 1));
        bounds(schemas.get("ComplaintRequest"), "subject", 200);
        bounds(schemas.get("ComplaintRequest"), "description", 4000);

        document(schemas.get("Complaint"), "A complaint as the portal holds it",
                List.of("id", "number", "tier", "tierReason", "status", "createdAt", "affectedCount", "affectedInferred"),
                field("id", "The complaint's id, for GET /api/complaints/{id}", 1042),
                field("number", "The readable number staff and customers use", "CX-2026-000123"),
                field("tier", "The tier from the portal's tiering rules", "URGENT"),
                field("tierReason", "Why the complaint has this tier, in English", "Urgent: public post; public post (text)"),
                field("status", "Where the complaint is in its workflow", "NEW"),
                field("createdAt", "When the portal logged it (UTC)", "2026-11-30T09:15:00Z"),
                field("affectedCount", "How many customers are affected", 1),
                field("affectedInferred", "Whether affectedCount was taken from the complaint's text", false));

        document(schemas.get("StatementRequest"), "A public statement about a complaint; a link, a text or both",
                List.of("channel", "publishedBy", "publishedAt"),
                field("channel", "Where it was published", "WEIBO"),
                field("link", "An http(s) address of the statement, at most 500 characters", "https://weibo.com/1234567890/Nx1aB2"),
                field("text", "The statement's text, at most 2 000 characters",
                        "We are sorry for the delay and have sent a replacement today."),
                field("publishedBy", "Who published it, at most 100 characters", "PR desk"),
                field("publishedAt", "When it was published (not in the future, not before the complaint)", "2026-11-30T10:05:00Z"));
        bounds(schemas.get("StatementRequest"), "link", 500);
        bounds(schemas.get("StatementRequest"), "text", 2000);
        bounds(schemas.get("StatementRequest"), "publishedBy", 100);

        document(schemas.get("Statement"), "A recorded public statement",
                List.of("id", "complaintId", "channel", "publishedBy", "publishedAt", "recordedBy", "recordedAt"),
                field("id", "The statement's id", 77),
                field("complaintId", "The complaint it is about", 1042),
                field("channel", "Where it was published", "WEIBO"),
                field("link", "Its address, if sent", "https://weibo.com/1234567890/Nx1aB2"),
                field("text", "Its text, if sent", "We are sorry for the delay and have sent a replacement today."),
                field("publishedBy", "Who published it", "PR desk"),
                field("publishedAt", "When it was published (UTC)", "2026-11-30T10:05:00Z"),
                field("recordedBy", "Who recorded it: api:<integration> for the API", "api:social-desk"),
                field("recordedAt", "When the portal recorded it (UTC)", "2026-11-30T10:06:12Z"));

        // Request bodies are strict: a property they do not have is refused (api.error.unknown-field), see ApiBody.
        for (String request : List.of("ComplaintRequest", "StatementRequest", "CustomerData", "OrderData")) {
            if (schemas.get(request) != null) {
                schemas.get(request).setAdditionalProperties(false);
            }
        }

        document(schemas.get("UpsertResult"), "What a batch did", List.of("received", "inserted", "updated"),
                field("received", "Items in the request", 2),
                field("inserted", "New records", 1),
                field("updated", "Known records updated (also when nothing changed)", 1));
    }

    private record Field(String name, String description, Object example) {
    }

    private static Field field(String name, String description, Object example) {
        return new Field(name, description, example);
    }

    @SuppressWarnings("unchecked")
    private static void document(Schema<?> schema, String description, List<String> required, Field... fields) {
        if (schema == null || schema.getProperties() == null) {
            return;
        }
        schema.setDescription(description);
        schema.setRequired(required.stream().filter(schema.getProperties()::containsKey).toList());
        for (Field f : fields) {
            Schema<Object> property = (Schema<Object>) schema.getProperties().get(f.name());
            if (property != null) {
                property.setDescription(f.description());
                property.setExample(f.example());
            }
        }
    }

    private static void bounds(Schema<?> schema, String property, int maxLength) {
        if (schema != null && schema.getProperties() != null && schema.getProperties().get(property) != null) {
            schema.getProperties().get(property).setMaxLength(maxLength);
        }
    }
}
