package io.precog.models.application.config;

import io.precog.models.domain.error.InvalidConfigException;
import java.util.HashMap;
import java.util.Map;
import org.snakeyaml.engine.v2.api.ConstructNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * YAML 1.2 core schema whose numbers are built from their text, never through {@code double}: plain
 * scalars such as {@code 32.0} and quoted ones such as {@code "32.0"} both become the decimal 32.0.
 */
final class ExactNumberSchema extends CoreSchema {

    @Override
    public Map<Tag, ConstructNode> getSchemaTagConstructors() {
        Map<Tag, ConstructNode> constructors = new HashMap<>(super.getSchemaTagConstructors());
        constructors.put(Tag.INT, ExactNumberSchema::constructNumber);
        constructors.put(Tag.FLOAT, ExactNumberSchema::constructNumber);
        constructors.put(Tag.STR, ExactNumberSchema::constructString);
        return constructors;
    }

    private static Object constructNumber(Node node) {
        String text = ((ScalarNode) node).getValue();
        if (ExactNumbers.isNonFinite(text)) {
            throw new InvalidConfigException("", "the value " + text + " " + position(node)
                    + " is not a finite number; write a decimal such as 0.5");
        }
        return ExactNumbers.parse(text).orElseThrow(() -> new InvalidConfigException("",
                "the value " + text + " " + position(node) + " is not a number"));
    }

    private static Object constructString(Node node) {
        String text = ((ScalarNode) node).getValue();
        return ExactNumbers.parse(text).orElse(text);
    }

    private static String position(Node node) {
        return node.getStartMark()
                .map(mark -> "at line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1))
                .orElse("");
    }
}
