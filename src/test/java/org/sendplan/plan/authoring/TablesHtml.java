package org.sendplan.plan.authoring;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.attoparser.config.ParseConfiguration;
import org.attoparser.dom.DOMMarkupParser;
import org.attoparser.dom.Document;
import org.attoparser.dom.Element;
import org.attoparser.dom.INestableNode;
import org.attoparser.dom.INode;
import org.attoparser.dom.Text;
import org.springframework.test.web.servlet.ResultActions;
import org.unbescape.html.HtmlEscape;

/**
 * A rendered page parsed into elements (with the HTML parser Thymeleaf itself uses), so tests can
 * ask what a field holds by its id instead of matching markup.
 */
final class TablesHtml {

    private final List<Element> elements = new ArrayList<>();

    private TablesHtml(Document document) {
        collect(document);
    }

    static TablesHtml of(ResultActions result) throws Exception {
        String html = result.andReturn().getResponse().getContentAsString();
        return new TablesHtml(new DOMMarkupParser(ParseConfiguration.htmlConfiguration()).parse(html));
    }

    boolean has(String id) {
        return byId(id) != null;
    }

    Element byId(String id) {
        return first(element -> id.equals(attr(element, "id")));
    }

    /** What an input or textarea holds, as the browser would submit it. */
    String value(String id) {
        Element element = byId(id);
        if (element == null) {
            throw new AssertionError("No element with id " + id);
        }
        return element.elementNameMatches("textarea") ? rawText(element) : attr(element, "value");
    }

    String attr(String id, String name) {
        Element element = byId(id);
        return element == null ? null : attr(element, name);
    }

    /** Text content with whitespace collapsed, as a reader hears it. */
    String text(String id) {
        Element element = byId(id);
        return element == null ? null : text(element);
    }

    String title() {
        return text(first(element -> element.elementNameMatches("title")));
    }

    /** The text of the first link to this href, or null. */
    String linkText(String href) {
        Element link = first(element -> element.elementNameMatches("a") && href.equals(attr(element, "href")));
        return link == null ? null : text(link);
    }

    Element button(String value) {
        return first(element -> element.elementNameMatches("button") && value.equals(attr(element, "value")));
    }

    List<Element> all(Predicate<Element> test) {
        return elements.stream().filter(test).toList();
    }

    List<String> duplicateIds() {
        Set<String> seen = new HashSet<>();
        List<String> duplicates = new ArrayList<>();
        for (Element element : elements) {
            String id = attr(element, "id");
            if (id != null && !seen.add(id)) {
                duplicates.add(id);
            }
        }
        return duplicates;
    }

    static String attr(Element element, String name) {
        String value = element.getAttributeValue(name);
        return value == null ? null : HtmlEscape.unescapeHtml(value);
    }

    static String text(Element element) {
        return rawText(element).replaceAll("\\s+", " ").trim();
    }

    private static String rawText(INestableNode node) {
        StringBuilder text = new StringBuilder();
        for (INode child : node.getChildren()) {
            if (child instanceof Text content) {
                text.append(HtmlEscape.unescapeHtml(content.getContent()));
            }
            else if (child instanceof INestableNode nested) {
                text.append(rawText(nested));
            }
        }
        return text.toString();
    }

    private Element first(Predicate<Element> test) {
        return elements.stream().filter(test).findFirst().orElse(null);
    }

    private void collect(INestableNode node) {
        for (INode child : node.getChildren()) {
            if (child instanceof Element element) {
                elements.add(element);
            }
            if (child instanceof INestableNode nested) {
                collect(nested);
            }
        }
    }
}
