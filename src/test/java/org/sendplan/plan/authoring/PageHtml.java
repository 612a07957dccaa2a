package org.sendplan.plan.authoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/**
 * Just enough reading of the pages our templates write (HTML5, attributes always double-quoted) to
 * check fields, values and messages by id. MockMvc's xpath needs XML, which HTML5 void elements are not.
 */
final class PageHtml {

    private static final Pattern START_TAG = Pattern.compile("<([a-zA-Z][a-zA-Z0-9]*)((?:\\s+[^\\s=>]+(?:=\"[^\"]*\")?)*)\\s*/?>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([^\\s=>]+)(?:=\"([^\"]*)\")?");

    /** A start tag: its name, attributes (unescaped) and where it ends in the page. */
    record Tag(String name, Map<String, String> attributes, int end) {

        String attr(String attribute) {
            return attributes.get(attribute);
        }

        boolean has(String attribute) {
            return attributes.containsKey(attribute);
        }
    }

    private final String html;
    private final List<Tag> tags = new ArrayList<>();

    private PageHtml(String html) {
        this.html = html;
        Matcher matcher = START_TAG.matcher(html);
        while (matcher.find()) {
            Map<String, String> attributes = new LinkedHashMap<>();
            Matcher attribute = ATTRIBUTE.matcher(matcher.group(2));
            while (attribute.find()) {
                attributes.put(attribute.group(1),
                        attribute.group(2) == null ? "" : HtmlUtils.htmlUnescape(attribute.group(2)));
            }
            tags.add(new Tag(matcher.group(1).toLowerCase(), attributes, matcher.end()));
        }
    }

    static PageHtml of(String html) {
        return new PageHtml(html);
    }

    String html() {
        return html;
    }

    Optional<Tag> byId(String id) {
        return tags.stream().filter(tag -> id.equals(tag.attr("id"))).findFirst();
    }

    Tag get(String id) {
        return byId(id).orElseThrow(() -> new AssertionError("No element with id " + id));
    }

    /** Tags with this name whose attribute has this value (any value when {@code value} is null). */
    List<Tag> tags(String name, String attribute, String value) {
        return tags.stream().filter(tag -> tag.name().equals(name) && tag.has(attribute)
                && (value == null || value.equals(tag.attr(attribute)))).toList();
    }

    /** The value of the input with this id. */
    String value(String id) {
        return get(id).attr("value");
    }

    boolean checked(String id) {
        return get(id).has("checked");
    }

    /** The text inside the element with this id, tags removed, whitespace collapsed. */
    String text(String id) {
        return textOf(get(id));
    }

    /** The text of the link to {@code href} (e.g. "#header-sro-email"), or null when there is none. */
    String linkText(String href) {
        return tags("a", "href", href).stream().findFirst().map(this::textOf).orElse(null);
    }

    /** The raw text of a textarea. */
    String textarea(String id) {
        Tag tag = get(id);
        return HtmlUtils.htmlUnescape(html.substring(tag.end(), html.indexOf("</textarea>", tag.end())));
    }

    String title() {
        int start = html.indexOf("<title>") + "<title>".length();
        return HtmlUtils.htmlUnescape(html.substring(start, html.indexOf("</title>", start)));
    }

    private String textOf(Tag tag) {
        String close = "</" + tag.name() + ">";
        int end = html.indexOf(close, tag.end());
        String inner = html.substring(tag.end(), end);
        return HtmlUtils.htmlUnescape(inner.replaceAll("<[^>]*>", " ")).replaceAll("\\s+", " ").strip();
    }
}
