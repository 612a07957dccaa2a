package org.sendplan.signoff;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.sendplan.plan.document.PlanDocument;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The content hash every signatory signs: SHA-256 over the plan's canonical {@code sendplan/v1}
 * JSON, with object keys sorted and no insignificant whitespace. Attachments are in the document
 * by their own SHA-256, so replacing a file changes the hash as surely as changing a word.
 */
@Component
public class ContentHash {

    private final JsonMapper json;

    ContentHash(JsonMapper json) {
        this.json = json;
    }

    /** The canonical JSON bytes (UTF-8): the same plan always gives the same bytes. */
    public byte[] canonicalJson(PlanDocument document) {
        JsonNode sorted = sorted(json.valueToTree(document));
        return json.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(sorted)
                .getBytes(StandardCharsets.UTF_8);
    }

    public String of(PlanDocument document) {
        return sha256(canonicalJson(document));
    }

    /** Lower-case hex SHA-256. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            List<String> names = new ArrayList<>(node.propertyNames());
            names.sort(null);
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            names.forEach(name -> copy.set(name, sorted(node.get(name))));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(element -> copy.add(sorted(element)));
            return copy;
        }
        return node;
    }
}
