package org.sendplan.plan.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.sendplan.account.SignatoryRole;
import org.sendplan.plan.Money;
import org.sendplan.plan.document.PlanDocument.Attachment;
import org.sendplan.plan.document.PlanDocument.BaselineSpend;
import org.sendplan.plan.document.PlanDocument.Blueprint;
import org.sendplan.plan.document.PlanDocument.BlueprintRow;
import org.sendplan.plan.document.PlanDocument.CoreRequirement;
import org.sendplan.plan.document.PlanDocument.Funding;
import org.sendplan.plan.document.PlanDocument.GovernanceMember;
import org.sendplan.plan.document.PlanDocument.GovernanceRow;
import org.sendplan.plan.document.PlanDocument.Header;
import org.sendplan.plan.document.PlanDocument.Quarter;
import org.sendplan.plan.document.PlanDocument.Quarters;
import org.sendplan.plan.document.PlanDocument.Risk;
import org.sendplan.plan.document.PlanDocument.RoadmapRow;
import org.sendplan.plan.document.PlanDocument.Signatory;
import org.sendplan.plan.document.PlanDocument.SpendLine;
import org.sendplan.plan.document.PlanDocument.Sro;
import org.sendplan.plan.document.PlanDocument.SuccessMeasure;
import org.sendplan.plan.document.PlanDocument.Workstream;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a submitted {@code sendplan/v1} document, checking its shape: JSON types, the
 * {@code format}, enumeration values, money, field names and the lengths the database holds.
 * It reports every problem with its path, not just the first. Whether the plan is complete or
 * follows the funding rules is for validation, not for this parser: a draft may be unfinished.
 *
 * <p>Missing and {@code null} fields are the same: text and money become {@code null}, lists
 * empty, booleans false. Only {@code format}, {@code planYear} and the identifying field of each
 * row ({@code role}, {@code kind}, {@code service}, {@code id}, {@code slot}) are required.
 * Unknown fields are errors, so a misspelt field name never drops data silently.
 */
@Component
public class PlanDocumentParser {

    /** Beyond this many the body is probably not a plan at all; listing more helps no one. */
    static final int MAX_ERRORS = 100;

    private static final Pattern PLAN_YEAR = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private static final int NAME_LENGTH = 200;
    private static final int EMAIL_LENGTH = 254;
    private static final int SERVICE_LENGTH = 30;
    private static final int FILENAME_LENGTH = 255;

    private static final Set<String> DOCUMENT_FIELDS = fields("format", "planYear", "header", "signatories",
            "narratives", "blueprint", "roadmap", "deliveryPlan", "funding", "risks", "governance",
            "coreRequirements", "attachments");
    private static final Set<String> HEADER_FIELDS = fields("localAuthority", "integratedCareBoard", "sro");
    private static final Set<String> SRO_FIELDS = fields("name", "jobTitle", "email", "organisationType");
    private static final Set<String> SIGNATORY_FIELDS = fields("role", "name", "email", "jobTitle");
    private static final Set<String> BLUEPRINT_FIELDS = fields("rows", "successMeasures");
    private static final Set<String> BLUEPRINT_ROW_FIELDS = fields("kind", "buildingBlock", "name", "whereWeAre",
            "whereWeWillBe");
    private static final Set<String> SUCCESS_MEASURE_FIELDS = fields("measure", "baseline", "target");
    private static final Set<String> ROADMAP_ROW_FIELDS = fields("kind", "buildingBlock", "name", "y2026_27",
            "y2027_28", "y2028_29");
    private static final Set<String> WORKSTREAM_FIELDS = fields("name", "buildingBlock", "outcome",
            "successMeasure", "lead", "quarters");
    private static final Set<String> QUARTERS_FIELDS = fields("Q2", "Q3", "Q4");
    private static final Set<String> QUARTER_FIELDS = fields("milestone", "trajectory");
    private static final Set<String> FUNDING_FIELDS = fields("eahAllocation", "spend", "baselineServiceSpend");
    private static final Set<String> SPEND_FIELDS = fields("category", "description", "fundingSource", "eahClass",
            "discipline", "q2", "q3", "q4");
    private static final Set<String> BASELINE_FIELDS = fields("service", "previousYear", "planYear");
    private static final Set<String> RISK_FIELDS = fields("description", "impact", "likelihood", "rag",
            "ragOverrideReason", "mitigation", "residualRag");
    private static final Set<String> GOVERNANCE_FIELDS = fields("mechanism", "kind", "purpose", "members",
            "cadence", "decisionRights", "escalationRoute", "includesSro");
    private static final Set<String> MEMBER_FIELDS = fields("name", "organisationType", "chair");
    private static final Set<String> CORE_REQUIREMENT_FIELDS = fields("id", "sections", "evidence");
    private static final Set<String> ATTACHMENT_FIELDS = fields("slot", "filename", "sha256");

    private final ObjectReader reader;

    PlanDocumentParser(JsonMapper mapper) {
        this.reader = mapper.reader()
                .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /**
     * @throws PlanDocumentInvalidException listing every problem when the body is not a
     *         well-formed {@code sendplan/v1} document
     */
    public PlanDocument parse(byte[] json) {
        JsonNode root;
        try {
            root = reader.readTree(json);
        }
        catch (JacksonException e) {
            throw new PlanDocumentInvalidException(List.of(new DocumentError("$", "Not valid JSON: " + describe(e))));
        }
        return parse(root);
    }

    /** Like {@link #parse(byte[])} for a document already read as a tree. */
    public PlanDocument parse(JsonNode root) {
        Parse parse = new Parse();
        PlanDocument document = parse.document(root);
        if (!parse.errors.isEmpty()) {
            throw new PlanDocumentInvalidException(parse.errors);
        }
        return document;
    }

    private static String describe(JacksonException e) {
        TokenStreamLocation location = e.getLocation();
        String message = e.getOriginalMessage();
        if (location == null || location.getLineNr() < 1) {
            return message;
        }
        return message + " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static Set<String> fields(String... names) {
        return new LinkedHashSet<>(Arrays.asList(names));
    }

    /** One parse: the errors found so far, so each check can carry on after a failure. */
    private static final class Parse {

        private final List<DocumentError> errors = new ArrayList<>();

        private void error(String path, String message) {
            if (errors.size() < MAX_ERRORS) {
                errors.add(new DocumentError(path, message));
            }
            else if (errors.size() == MAX_ERRORS) {
                errors.add(new DocumentError("$", "Too many errors: only the first " + MAX_ERRORS + " are listed"));
            }
        }

        PlanDocument document(JsonNode root) {
            if (root == null || root.isMissingNode() || !root.isObject()) {
                error("$", "The document must be a JSON object");
                return null;
            }
            JsonNode node = object(root, "$", DOCUMENT_FIELDS);
            String format = format(node);
            String planYear = planYear(node);
            Header header = header(node.get("header"), "$.header");
            List<Signatory> signatories = array(node.get("signatories"), "$.signatories", this::signatory);
            Map<NarrativeKey, String> narratives = narratives(node.get("narratives"), "$.narratives");
            Blueprint blueprint = blueprint(node.get("blueprint"), "$.blueprint");
            List<RoadmapRow> roadmap = array(node.get("roadmap"), "$.roadmap", this::roadmapRow);
            List<Workstream> deliveryPlan = array(node.get("deliveryPlan"), "$.deliveryPlan", this::workstream);
            Funding funding = funding(node.get("funding"), "$.funding");
            List<Risk> risks = array(node.get("risks"), "$.risks", this::risk);
            List<GovernanceRow> governance = array(node.get("governance"), "$.governance", this::governanceRow);
            List<CoreRequirement> coreRequirements = coreRequirements(node.get("coreRequirements"),
                    "$.coreRequirements");
            List<Attachment> attachments = array(node.get("attachments"), "$.attachments", this::attachment);
            if (!errors.isEmpty()) {
                return null;
            }
            return new PlanDocument(format, planYear, header, signatories,
                    narratives == null ? null : new TreeMap<>(narratives), blueprint, roadmap, deliveryPlan, funding,
                    risks, governance, coreRequirements, attachments);
        }

        private String format(JsonNode document) {
            JsonNode value = document.get("format");
            if (value == null || value.isNull()) {
                error("$.format", "is required and must be \"" + PlanDocument.FORMAT + "\"");
                return null;
            }
            if (!value.isString() || !PlanDocument.FORMAT.equals(value.stringValue())) {
                error("$.format", "must be \"" + PlanDocument.FORMAT + "\", not " + value);
                return null;
            }
            return PlanDocument.FORMAT;
        }

        private String planYear(JsonNode document) {
            JsonNode value = document.get("planYear");
            if (value == null || value.isNull()) {
                error("$.planYear", "is required, e.g. \"2026-27\"");
                return null;
            }
            if (!value.isString() || !PLAN_YEAR.matcher(value.stringValue()).matches()) {
                error("$.planYear", "must be a plan year such as \"2026-27\", not " + value);
                return null;
            }
            return value.stringValue();
        }

        private Header header(JsonNode value, String path) {
            JsonNode node = optionalObject(value, path, HEADER_FIELDS);
            if (node == null) {
                return null;
            }
            return new Header(text(node, "localAuthority", path, NAME_LENGTH),
                    text(node, "integratedCareBoard", path, NAME_LENGTH), sro(node.get("sro"), path + ".sro"));
        }

        private Sro sro(JsonNode value, String path) {
            JsonNode node = optionalObject(value, path, SRO_FIELDS);
            if (node == null) {
                return null;
            }
            return new Sro(text(node, "name", path, NAME_LENGTH), text(node, "jobTitle", path, NAME_LENGTH),
                    text(node, "email", path, EMAIL_LENGTH),
                    enumValue(node, "organisationType", path, OrganisationType.class, false));
        }

        private Signatory signatory(JsonNode value, String path) {
            JsonNode node = element(value, path, SIGNATORY_FIELDS);
            if (node == null) {
                return null;
            }
            SignatoryRole role = enumValue(node, "role", path, SignatoryRole.class, true);
            String name = text(node, "name", path, NAME_LENGTH);
            String email = text(node, "email", path, EMAIL_LENGTH);
            String jobTitle = text(node, "jobTitle", path, NAME_LENGTH);
            return role == null ? null : new Signatory(role, name, email, jobTitle);
        }

        private Map<NarrativeKey, String> narratives(JsonNode value, String path) {
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isObject()) {
                error(path, "must be an object keyed by narrative, e.g. {\"EXEC_SUMMARY\": \"...\"}");
                return null;
            }
            Map<NarrativeKey, String> narratives = new EnumMap<>(NarrativeKey.class);
            Map<String, NarrativeKey> keys = namesOf(NarrativeKey.class);
            for (Map.Entry<String, JsonNode> entry : value.properties()) {
                String keyPath = child(path, entry.getKey());
                NarrativeKey key = keys.get(entry.getKey());
                if (key == null) {
                    error(keyPath, "is not a narrative; expected one of " + String.join(", ", keys.keySet()));
                    continue;
                }
                JsonNode text = entry.getValue();
                if (text.isNull()) {
                    continue;
                }
                if (!text.isString()) {
                    error(keyPath, "must be a string");
                    continue;
                }
                if (checkText(text.stringValue(), keyPath, Integer.MAX_VALUE)) {
                    narratives.put(key, text.stringValue());
                }
            }
            return narratives;
        }

        private Blueprint blueprint(JsonNode value, String path) {
            JsonNode node = optionalObject(value, path, BLUEPRINT_FIELDS);
            if (node == null) {
                return null;
            }
            return new Blueprint(array(node.get("rows"), path + ".rows", this::blueprintRow),
                    array(node.get("successMeasures"), path + ".successMeasures", this::successMeasure));
        }

        private BlueprintRow blueprintRow(JsonNode value, String path) {
            JsonNode node = element(value, path, BLUEPRINT_ROW_FIELDS);
            if (node == null) {
                return null;
            }
            RowKind kind = enumValue(node, "kind", path, RowKind.class, true);
            if (kind != null && !kind.allowedInBlueprint()) {
                error(path + ".kind", "must be BUILDING_BLOCK or ENABLER in the blueprint; " + kind
                        + " rows belong in the roadmap");
                kind = null;
            }
            BuildingBlock buildingBlock = enumValue(node, "buildingBlock", path, BuildingBlock.class, false);
            String name = text(node, "name", path, NAME_LENGTH);
            String whereWeAre = text(node, "whereWeAre", path, Integer.MAX_VALUE);
            String whereWeWillBe = text(node, "whereWeWillBe", path, Integer.MAX_VALUE);
            return kind == null ? null : new BlueprintRow(kind, buildingBlock, name, whereWeAre, whereWeWillBe);
        }

        private SuccessMeasure successMeasure(JsonNode value, String path) {
            JsonNode node = element(value, path, SUCCESS_MEASURE_FIELDS);
            if (node == null) {
                return null;
            }
            return new SuccessMeasure(text(node, "measure", path, Integer.MAX_VALUE),
                    text(node, "baseline", path, Integer.MAX_VALUE), text(node, "target", path, Integer.MAX_VALUE));
        }

        private RoadmapRow roadmapRow(JsonNode value, String path) {
            JsonNode node = element(value, path, ROADMAP_ROW_FIELDS);
            if (node == null) {
                return null;
            }
            RowKind kind = enumValue(node, "kind", path, RowKind.class, true);
            BuildingBlock buildingBlock = enumValue(node, "buildingBlock", path, BuildingBlock.class, false);
            String name = text(node, "name", path, NAME_LENGTH);
            String year1 = text(node, "y2026_27", path, Integer.MAX_VALUE);
            String year2 = text(node, "y2027_28", path, Integer.MAX_VALUE);
            String year3 = text(node, "y2028_29", path, Integer.MAX_VALUE);
            return kind == null ? null : new RoadmapRow(kind, buildingBlock, name, year1, year2, year3);
        }

        private Workstream workstream(JsonNode value, String path) {
            JsonNode node = element(value, path, WORKSTREAM_FIELDS);
            if (node == null) {
                return null;
            }
            return new Workstream(text(node, "name", path, NAME_LENGTH),
                    enumValue(node, "buildingBlock", path, BuildingBlock.class, false),
                    text(node, "outcome", path, Integer.MAX_VALUE),
                    text(node, "successMeasure", path, Integer.MAX_VALUE), text(node, "lead", path, NAME_LENGTH),
                    quarters(node.get("quarters"), path + ".quarters"));
        }

        private Quarters quarters(JsonNode value, String path) {
            JsonNode node = optionalObject(value, path, QUARTERS_FIELDS);
            if (node == null) {
                return null;
            }
            return new Quarters(quarter(node.get("Q2"), path + ".Q2"), quarter(node.get("Q3"), path + ".Q3"),
                    quarter(node.get("Q4"), path + ".Q4"));
        }

        private Quarter quarter(JsonNode value, String path) {
            JsonNode node = optionalObject(value, path, QUARTER_FIELDS);
            if (node == null) {
                return null;
            }
            return new Quarter(text(node, "milestone", path, Integer.MAX_VALUE),
                    text(node, "trajectory", path, Integer.MAX_VALUE));
        }

        private Funding funding(JsonNode value, String path) {
            JsonNode node = optionalObject(value, path, FUNDING_FIELDS);
            if (node == null) {
                return null;
            }
            return new Funding(money(node, "eahAllocation", path),
                    array(node.get("spend"), path + ".spend", this::spendLine),
                    array(node.get("baselineServiceSpend"), path + ".baselineServiceSpend", this::baselineSpend));
        }

        private SpendLine spendLine(JsonNode value, String path) {
            JsonNode node = element(value, path, SPEND_FIELDS);
            if (node == null) {
                return null;
            }
            return new SpendLine(enumValue(node, "category", path, SpendCategory.class, false),
                    text(node, "description", path, Integer.MAX_VALUE),
                    enumValue(node, "fundingSource", path, FundingSource.class, false),
                    enumValue(node, "eahClass", path, EahClass.class, false),
                    enumValue(node, "discipline", path, Discipline.class, false), money(node, "q2", path),
                    money(node, "q3", path), money(node, "q4", path));
        }

        private BaselineSpend baselineSpend(JsonNode value, String path) {
            JsonNode node = element(value, path, BASELINE_FIELDS);
            if (node == null) {
                return null;
            }
            String service = text(node, "service", path, SERVICE_LENGTH);
            JsonNode given = node.get("service");
            if (given == null || given.isNull() || given.isString() && given.stringValue().isBlank()) {
                error(path + ".service", "is required, e.g. \"SALT\"");
            }
            Money previousYear = money(node, "previousYear", path);
            Money planYear = money(node, "planYear", path);
            return service == null ? null : new BaselineSpend(service, previousYear, planYear);
        }

        private Risk risk(JsonNode value, String path) {
            JsonNode node = element(value, path, RISK_FIELDS);
            if (node == null) {
                return null;
            }
            return new Risk(text(node, "description", path, Integer.MAX_VALUE),
                    enumValue(node, "impact", path, Impact.class, false),
                    enumValue(node, "likelihood", path, Likelihood.class, false),
                    enumValue(node, "rag", path, Rag.class, false),
                    text(node, "ragOverrideReason", path, Integer.MAX_VALUE),
                    text(node, "mitigation", path, Integer.MAX_VALUE),
                    enumValue(node, "residualRag", path, Rag.class, false));
        }

        private GovernanceRow governanceRow(JsonNode value, String path) {
            JsonNode node = element(value, path, GOVERNANCE_FIELDS);
            if (node == null) {
                return null;
            }
            return new GovernanceRow(text(node, "mechanism", path, NAME_LENGTH),
                    enumValue(node, "kind", path, GovernanceKind.class, false),
                    text(node, "purpose", path, Integer.MAX_VALUE),
                    array(node.get("members"), path + ".members", this::governanceMember),
                    text(node, "cadence", path, NAME_LENGTH), text(node, "decisionRights", path, Integer.MAX_VALUE),
                    text(node, "escalationRoute", path, Integer.MAX_VALUE), bool(node, "includesSro", path));
        }

        private GovernanceMember governanceMember(JsonNode value, String path) {
            JsonNode node = element(value, path, MEMBER_FIELDS);
            if (node == null) {
                return null;
            }
            return new GovernanceMember(text(node, "name", path, NAME_LENGTH),
                    enumValue(node, "organisationType", path, OrganisationType.class, false),
                    bool(node, "chair", path));
        }

        /** Each requirement at most once; the first occurrence is the one reported against. */
        private List<CoreRequirement> coreRequirements(JsonNode value, String path) {
            Map<CoreRequirementId, String> firstPath = new EnumMap<>(CoreRequirementId.class);
            return array(value, path, (item, itemPath) -> {
                CoreRequirement requirement = coreRequirement(item, itemPath);
                if (requirement == null) {
                    return null;
                }
                String first = firstPath.putIfAbsent(requirement.id(), itemPath);
                if (first != null) {
                    error(itemPath + ".id", requirement.id().code() + " is given twice (also at " + first + ")");
                    return null;
                }
                return requirement;
            });
        }

        private CoreRequirement coreRequirement(JsonNode value, String path) {
            JsonNode node = element(value, path, CORE_REQUIREMENT_FIELDS);
            if (node == null) {
                return null;
            }
            CoreRequirementId id = coreRequirementId(node, path);
            List<CoreRequirementSection> sections = sections(node.get("sections"), path + ".sections");
            String evidence = text(node, "evidence", path, Integer.MAX_VALUE);
            return id == null ? null : new CoreRequirement(id, sections, evidence);
        }

        private CoreRequirementId coreRequirementId(JsonNode node, String path) {
            JsonNode value = node.get("id");
            String idPath = path + ".id";
            if (value == null || value.isNull()) {
                error(idPath, "is required, e.g. \"EAH-1\"");
                return null;
            }
            CoreRequirementId id = value.isString() ? CoreRequirementId.fromCode(value.stringValue()).orElse(null)
                    : null;
            if (id == null) {
                error(idPath, describe(value) + " is not a core requirement; expected EAH-1..EAH-11, SUF-1..SUF-8, "
                        + "UNI-1..UNI-5, EY-1..EY-3, P16-1, P16-2, PART-1..PART-6, COP-1..COP-4, MED-1 or MED-2");
            }
            return id;
        }

        private List<CoreRequirementSection> sections(JsonNode value, String path) {
            Map<String, CoreRequirementSection> names = namesOf(CoreRequirementSection.class);
            List<CoreRequirementSection> sections = array(value, path, (item, itemPath) -> {
                CoreRequirementSection section = item.isString() ? names.get(item.stringValue()) : null;
                if (section == null) {
                    error(itemPath, describe(item) + " is not a section; expected one of "
                            + String.join(", ", names.keySet()));
                }
                return section;
            });
            Set<CoreRequirementSection> distinct = new LinkedHashSet<>(sections);
            if (distinct.size() < sections.size()) {
                error(path, "lists a section more than once");
            }
            return List.copyOf(distinct);
        }

        private Attachment attachment(JsonNode value, String path) {
            JsonNode node = element(value, path, ATTACHMENT_FIELDS);
            if (node == null) {
                return null;
            }
            AttachmentSlot slot = enumValue(node, "slot", path, AttachmentSlot.class, true);
            String filename = text(node, "filename", path, FILENAME_LENGTH);
            String sha256 = text(node, "sha256", path, 64);
            return slot == null ? null : new Attachment(slot, filename, sha256);
        }

        /** A nested object that may be missing or null (then the caller uses the empty value). */
        private JsonNode optionalObject(JsonNode value, String path, Set<String> fields) {
            if (value == null || value.isNull()) {
                return null;
            }
            return object(value, path, fields);
        }

        /** An array element: null is not a row. */
        private JsonNode element(JsonNode value, String path, Set<String> fields) {
            if (value.isNull()) {
                error(path, "must be an object, not null");
                return null;
            }
            return object(value, path, fields);
        }

        private JsonNode object(JsonNode value, String path, Set<String> fields) {
            if (!value.isObject()) {
                error(path, "must be an object, not " + typeOf(value));
                return null;
            }
            for (String name : value.propertyNames()) {
                if (!fields.contains(name)) {
                    error(child(path, name), "is not a field here; expected " + String.join(", ", fields));
                }
            }
            return value;
        }

        private <T> List<T> array(JsonNode value, String path, BiFunction<JsonNode, String, T> element) {
            if (value == null || value.isNull()) {
                return List.of();
            }
            if (!value.isArray()) {
                error(path, "must be an array, not " + typeOf(value));
                return List.of();
            }
            List<T> items = new ArrayList<>(value.size());
            for (int i = 0; i < value.size(); i++) {
                T item = element.apply(value.get(i), path + "[" + i + "]");
                if (item != null) {
                    items.add(item);
                }
            }
            return items;
        }

        private String text(JsonNode node, String field, String path, int maxLength) {
            JsonNode value = node.get(field);
            String fieldPath = path + "." + field;
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isString()) {
                error(fieldPath, "must be a string or null, not " + typeOf(value));
                return null;
            }
            return checkText(value.stringValue(), fieldPath, maxLength) ? value.stringValue() : null;
        }

        private boolean checkText(String text, String path, int maxLength) {
            if (text.indexOf('\u0000') >= 0) {
                error(path, "must not contain the NUL character (\\u0000)");
                return false;
            }
            if (maxLength != Integer.MAX_VALUE && text.codePointCount(0, text.length()) > maxLength) {
                error(path, "must be at most " + maxLength + " characters");
                return false;
            }
            return true;
        }

        private <E extends Enum<E>> E enumValue(JsonNode node, String field, String path, Class<E> type,
                boolean required) {
            JsonNode value = node.get(field);
            String fieldPath = path + "." + field;
            Map<String, E> names = namesOf(type);
            if (value == null || value.isNull()) {
                if (required) {
                    error(fieldPath, "is required; expected one of " + String.join(", ", names.keySet()));
                }
                return null;
            }
            E constant = value.isString() ? names.get(value.stringValue()) : null;
            if (constant == null) {
                error(fieldPath, describe(value) + " is not allowed; expected one of "
                        + String.join(", ", names.keySet()));
            }
            return constant;
        }

        private Money money(JsonNode node, String field, String path) {
            JsonNode value = node.get(field);
            String fieldPath = path + "." + field;
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isString()) {
                error(fieldPath, "must be an amount in a string, e.g. \"1234.56\", not " + typeOf(value));
                return null;
            }
            if (value.stringValue().isBlank()) {
                return null;
            }
            try {
                return Money.parse(value.stringValue());
            }
            catch (Money.InvalidMoneyException e) {
                error(fieldPath, describe(value) + " is not a valid amount: " + e.getMessage());
                return null;
            }
        }

        private boolean bool(JsonNode node, String field, String path) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                return false;
            }
            if (!value.isBoolean()) {
                error(path + "." + field, "must be true or false, not " + typeOf(value));
                return false;
            }
            return value.booleanValue();
        }
    }

    private static <E extends Enum<E>> Map<String, E> namesOf(Class<E> type) {
        return Arrays.stream(type.getEnumConstants())
                .collect(Collectors.toMap(Enum::name, constant -> constant, (a, b) -> a,
                        LinkedHashMap::new));
    }

    /** JSONPath member access: dot notation for plain names, brackets for anything else. */
    static String child(String path, String name) {
        if (IDENTIFIER.matcher(name).matches()) {
            return path + "." + name;
        }
        return path + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }

    private static String describe(JsonNode value) {
        String text = value.toString();
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }

    private static String typeOf(JsonNode value) {
        if (value.isString()) {
            return "a string";
        }
        if (value.isNumber()) {
            return "a number";
        }
        if (value.isBoolean()) {
            return "a boolean";
        }
        if (value.isArray()) {
            return "an array";
        }
        if (value.isObject()) {
            return "an object";
        }
        return "null";
    }
}
