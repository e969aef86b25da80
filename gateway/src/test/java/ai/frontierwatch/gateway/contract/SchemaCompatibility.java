package ai.frontierwatch.gateway.contract;

import graphql.language.AstPrinter;
import graphql.language.Value;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLDirective;
import graphql.schema.GraphQLDirectiveContainer;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLImplementingType;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedSchemaElement;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;
import graphql.schema.InputValueWithState;
import graphql.schema.idl.ScalarInfo;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Compares the committed schema with a new one by what clients can rely on, and classifies every difference
 * (see docs/GUIDE.md, "Schema changes").
 *
 * <p>Breaking: a removed type, field, argument, input field, enum value, union member, interface or directive; a
 * field or argument of another type; a new required argument or input field; an argument or input field made
 * non-null; an output field made nullable. A removal is allowed only of an element the committed schema deprecates
 * with a reason saying {@code removal after YYYY-MM-DD}, once that date has passed (a type: once every place that
 * used it is removed so). A new deprecation must name such a date at least {@link #DEPRECATION_DAYS} days ahead.
 *
 * <p>graphql-java's own {@code SchemaDiff} is not used: it has no notion of removal dates, and it only compares what
 * the root types reach.
 */
public final class SchemaCompatibility {

    /** Days a deprecated element keeps working before it may be removed. */
    public static final int DEPRECATION_DAYS = 180;

    static final Pattern REMOVAL_AFTER = Pattern.compile("removal after (\\d{4}-\\d{2}-\\d{2})");

    public enum Kind {
        /** Breaks a client written against the committed schema. */
        BREAKING,
        /** A deprecation that does not follow the policy. */
        POLICY,
        /** Removal of an element whose announced removal date has passed. */
        ALLOWED_REMOVAL,
        /** Something new; existing clients are unaffected. */
        ADDITIVE,
        /** Deprecations, descriptions, default values: unaffected clients, visible in review. */
        CHANGED
    }

    public record Change(Kind kind, String coordinate, String what) {
        @Override
        public String toString() {
            return coordinate + ": " + what;
        }
    }

    public record Report(List<Change> changes) {

        public List<Change> of(Kind kind) {
            return changes.stream().filter(c -> c.kind() == kind).toList();
        }

        /** What must not be merged: breaking changes and deprecations outside the policy. */
        public List<Change> refused() {
            return changes.stream().filter(c -> c.kind() == Kind.BREAKING || c.kind() == Kind.POLICY).toList();
        }

        public String describe() {
            StringBuilder out = new StringBuilder();
            for (Kind kind : Kind.values()) {
                List<Change> some = of(kind);
                if (!some.isEmpty()) {
                    out.append(kind).append(" (").append(some.size()).append("):\n");
                    some.forEach(c -> out.append("  - ").append(c).append('\n'));
                }
            }
            return out.toString();
        }
    }

    private final LocalDate today;
    private final List<Change> changes = new ArrayList<>();
    /** Coordinates of removed fields, arguments and input fields whose removal is allowed. */
    private final Set<String> allowedRemovals = new HashSet<>();

    private SchemaCompatibility(LocalDate today) {
        this.today = today;
    }

    /** Parses both SDL documents (each must be complete, scalars and directives declared) and compares them. */
    public static Report compare(String committedSdl, String newSdl, LocalDate today) {
        return compare(parse(committedSdl), parse(newSdl), today);
    }

    public static GraphQLSchema parse(String sdl) {
        return UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(sdl));
    }

    public static Report compare(GraphQLSchema committed, GraphQLSchema changed, LocalDate today) {
        SchemaCompatibility diff = new SchemaCompatibility(today);
        diff.run(committed, changed);
        return new Report(List.copyOf(diff.changes));
    }

    private void run(GraphQLSchema before, GraphQLSchema after) {
        Map<String, GraphQLNamedType> oldTypes = types(before);
        Map<String, GraphQLNamedType> newTypes = types(after);
        List<GraphQLNamedType> removedTypes = new ArrayList<>();
        for (GraphQLNamedType old : oldTypes.values()) {
            GraphQLNamedType now = newTypes.get(old.getName());
            if (now == null) {
                removedTypes.add(old);
            } else if (!kind(old).equals(kind(now))) {
                add(Kind.BREAKING, old.getName(), "was " + kind(old) + ", is now " + kind(now));
            } else {
                compareType(old, now);
            }
        }
        // after the members, so that a type is known to be unused once every use of it is gone as allowed
        Set<String> removedNames = removedTypes.stream().map(GraphQLNamedType::getName).collect(Collectors.toSet());
        for (GraphQLNamedType old : removedTypes) {
            List<String> uses = usesOf(before, old.getName(), removedNames);
            if (isRoot(before, old.getName()) || !uses.isEmpty()) {
                add(Kind.BREAKING, old.getName(), kind(old) + " removed"
                        + (uses.isEmpty() ? "" : " (still used by " + String.join(", ", uses) + " until they go)"));
            } else {
                add(Kind.ALLOWED_REMOVAL, old.getName(), kind(old) + " removed; every use of it was removed as announced");
            }
        }
        for (GraphQLNamedType now : newTypes.values()) {
            if (!oldTypes.containsKey(now.getName())) {
                add(Kind.ADDITIVE, now.getName(), kind(now) + " added");
                newDeprecations(now);
            }
        }
        compareDirectives(before, after);
    }

    private void compareType(GraphQLNamedType old, GraphQLNamedType now) {
        describedAlike(old.getName(), old, now);
        if (old instanceof GraphQLFieldsContainer o && now instanceof GraphQLFieldsContainer n) {
            compareFields(o, n);
        }
        if (old instanceof GraphQLImplementingType o && now instanceof GraphQLImplementingType n) {
            members(old.getName(), "interface", names(o.getInterfaces()), names(n.getInterfaces()));
        }
        if (old instanceof GraphQLUnionType o && now instanceof GraphQLUnionType n) {
            members(old.getName(), "member", names(o.getTypes()), names(n.getTypes()));
        }
        if (old instanceof GraphQLEnumType o && now instanceof GraphQLEnumType n) {
            compareEnum(o, n);
        }
        if (old instanceof GraphQLInputObjectType o && now instanceof GraphQLInputObjectType n) {
            compareInputFields(o, n);
        }
    }

    private void compareFields(GraphQLFieldsContainer old, GraphQLFieldsContainer now) {
        Map<String, GraphQLFieldDefinition> newFields = byName(now.getFieldDefinitions(), GraphQLFieldDefinition::getName);
        for (GraphQLFieldDefinition field : old.getFieldDefinitions()) {
            String at = old.getName() + "." + field.getName();
            GraphQLFieldDefinition next = newFields.get(field.getName());
            if (next == null) {
                removed(at, "field", field);
                continue;
            }
            if (!outputCompatible(field.getType(), next.getType())) {
                add(Kind.BREAKING, at, "type " + print(field.getType()) + " became " + print(next.getType()));
            } else if (!print(field.getType()).equals(print(next.getType()))) {
                add(Kind.CHANGED, at, "type " + print(field.getType()) + " became " + print(next.getType()));
            }
            deprecation(at, field, next);
            describedAlike(at, field, next);
            compareArguments(at, field.getArguments(), next.getArguments());
        }
        for (GraphQLFieldDefinition next : now.getFieldDefinitions()) {
            if (old.getFieldDefinition(next.getName()) == null) {
                String at = now.getName() + "." + next.getName();
                add(Kind.ADDITIVE, at, "field added");
                deprecation(at, null, next);
                for (GraphQLArgument argument : next.getArguments()) {
                    deprecation(at + "(" + argument.getName() + ":)", null, argument);
                }
            }
        }
    }

    private void compareArguments(String field, List<GraphQLArgument> before, List<GraphQLArgument> after) {
        Map<String, GraphQLArgument> newArguments = byName(after, GraphQLArgument::getName);
        Set<String> oldNames = new HashSet<>();
        for (GraphQLArgument argument : before) {
            oldNames.add(argument.getName());
            String at = field + "(" + argument.getName() + ":)";
            GraphQLArgument next = newArguments.get(argument.getName());
            if (next == null) {
                removed(at, "argument", argument);
                continue;
            }
            inputChange(at, argument.getType(), next.getType());
            defaults(at, argument.getArgumentDefaultValue(), next.getArgumentDefaultValue());
            deprecation(at, argument, next);
            describedAlike(at, argument, next);
        }
        for (GraphQLArgument next : after) {
            if (!oldNames.contains(next.getName())) {
                String at = field + "(" + next.getName() + ":)";
                boolean required = GraphQLTypeUtil.isNonNull(next.getType()) && !next.hasSetDefaultValue();
                add(required ? Kind.BREAKING : Kind.ADDITIVE, at,
                        required ? "new required argument " + print(next.getType()) : "optional argument added");
                deprecation(at, null, next);
            }
        }
    }

    private void compareInputFields(GraphQLInputObjectType old, GraphQLInputObjectType now) {
        for (GraphQLInputObjectField field : old.getFieldDefinitions()) {
            String at = old.getName() + "." + field.getName();
            GraphQLInputObjectField next = now.getField(field.getName());
            if (next == null) {
                removed(at, "input field", field);
                continue;
            }
            inputChange(at, field.getType(), next.getType());
            defaults(at, field.getInputFieldDefaultValue(), next.getInputFieldDefaultValue());
            deprecation(at, field, next);
            describedAlike(at, field, next);
        }
        for (GraphQLInputObjectField next : now.getFieldDefinitions()) {
            if (old.getField(next.getName()) == null) {
                String at = now.getName() + "." + next.getName();
                boolean required = GraphQLTypeUtil.isNonNull(next.getType()) && !next.hasSetDefaultValue();
                add(required ? Kind.BREAKING : Kind.ADDITIVE, at,
                        required ? "new required input field " + print(next.getType()) : "optional input field added");
                deprecation(at, null, next);
            }
        }
    }

    private void compareEnum(GraphQLEnumType old, GraphQLEnumType now) {
        for (GraphQLEnumValueDefinition value : old.getValues()) {
            String at = old.getName() + "." + value.getName();
            GraphQLEnumValueDefinition next = now.getValue(value.getName());
            if (next == null) {
                removed(at, "enum value", value);
            } else {
                deprecation(at, value, next);
                describedAlike(at, value, next);
            }
        }
        for (GraphQLEnumValueDefinition next : now.getValues()) {
            if (old.getValue(next.getName()) == null) {
                String at = now.getName() + "." + next.getName();
                add(Kind.ADDITIVE, at, "enum value added");
                deprecation(at, null, next);
            }
        }
    }

    private void compareDirectives(GraphQLSchema before, GraphQLSchema after) {
        for (GraphQLDirective directive : before.getDirectives()) {
            GraphQLDirective next = after.getDirective(directive.getName());
            if (next == null) {
                add(Kind.BREAKING, "@" + directive.getName(), "directive removed");
            } else if (!next.validLocations().containsAll(directive.validLocations())) {
                add(Kind.BREAKING, "@" + directive.getName(), "allowed at fewer locations");
            }
        }
        for (GraphQLDirective next : after.getDirectives()) {
            if (before.getDirective(next.getName()) == null) {
                add(Kind.ADDITIVE, "@" + next.getName(), "directive added");
            }
        }
    }

    /** A removal: allowed once the date its deprecation announced has passed, breaking otherwise. */
    private void removed(String at, String what, GraphQLDirectiveContainer element) {
        Optional<LocalDate> due = removalDate(element);
        if (due.isPresent() && today.isAfter(due.get())) {
            allowedRemovals.add(at);
            add(Kind.ALLOWED_REMOVAL, at, what + " removed, as announced for after " + due.get());
        } else if (due.isPresent()) {
            add(Kind.BREAKING, at, what + " removed before its announced removal date " + due.get());
        } else {
            add(Kind.BREAKING, at, what + " removed" + (deprecationReason(element) == null
                    ? "; deprecate it first with @deprecated(reason: \"... removal after YYYY-MM-DD\")"
                    : "; its deprecation names no date (\"removal after YYYY-MM-DD\")"));
        }
    }

    /** A deprecation the committed schema lacks must announce a removal date far enough ahead. */
    private void deprecation(String at, GraphQLDirectiveContainer old, GraphQLDirectiveContainer now) {
        String reason = deprecationReason(now);
        if (reason == null && old != null && deprecationReason(old) != null) {
            add(Kind.CHANGED, at, "no longer deprecated");
        }
        if (reason == null || (old != null && Objects.equals(reason, deprecationReason(old)))) {
            return;
        }
        Optional<LocalDate> due = removalDate(now);
        LocalDate earliest = today.plusDays(DEPRECATION_DAYS);
        if (due.isEmpty()) {
            add(Kind.POLICY, at, "deprecated without a removal date; say \"removal after " + earliest + "\" (or later)");
        } else if (due.get().isBefore(earliest) && (old == null || !due.equals(removalDate(old)))) {
            add(Kind.POLICY, at, "removal after " + due.get() + " is less than " + DEPRECATION_DAYS
                    + " days ahead; the earliest is " + earliest);
        } else {
            add(Kind.CHANGED, at, "deprecated: " + reason);
        }
    }

    private void newDeprecations(GraphQLNamedType type) {
        if (type instanceof GraphQLFieldsContainer fields) {
            for (GraphQLFieldDefinition field : fields.getFieldDefinitions()) {
                deprecation(type.getName() + "." + field.getName(), null, field);
                for (GraphQLArgument argument : field.getArguments()) {
                    deprecation(type.getName() + "." + field.getName() + "(" + argument.getName() + ":)", null, argument);
                }
            }
        } else if (type instanceof GraphQLEnumType values) {
            values.getValues().forEach(v -> deprecation(type.getName() + "." + v.getName(), null, v));
        } else if (type instanceof GraphQLInputObjectType input) {
            input.getFieldDefinitions().forEach(f -> deprecation(type.getName() + "." + f.getName(), null, f));
        }
    }

    private void members(String at, String what, Set<String> before, Set<String> after) {
        before.stream().filter(m -> !after.contains(m))
                .forEach(m -> add(Kind.BREAKING, at, what + " " + m + " removed"));
        after.stream().filter(m -> !before.contains(m))
                .forEach(m -> add(Kind.ADDITIVE, at, what + " " + m + " added"));
    }

    private void inputChange(String at, GraphQLType before, GraphQLType after) {
        if (!inputCompatible(before, after)) {
            String made = GraphQLTypeUtil.isNonNull(after) && !GraphQLTypeUtil.isNonNull(before) ? " (made required)" : "";
            add(Kind.BREAKING, at, "type " + print(before) + " became " + print(after) + made);
        } else if (!print(before).equals(print(after))) {
            add(Kind.CHANGED, at, "type " + print(before) + " became " + print(after));
        }
    }

    private void defaults(String at, InputValueWithState before, InputValueWithState after) {
        String was = printDefault(before);
        String is = printDefault(after);
        if (!Objects.equals(was, is)) {
            add(Kind.CHANGED, at, "default " + (was == null ? "none" : was) + " became " + (is == null ? "none" : is));
        }
    }

    private void describedAlike(String at, GraphQLNamedSchemaElement before, GraphQLNamedSchemaElement after) {
        if (!Objects.equals(before.getDescription(), after.getDescription())) {
            add(Kind.CHANGED, at, "description changed");
        }
    }

    /** An output field may become stricter (never null) but not looser, and keeps its named type. */
    static boolean outputCompatible(GraphQLType before, GraphQLType after) {
        if (before instanceof GraphQLNonNull b) {
            return after instanceof GraphQLNonNull a && outputCompatible(b.getWrappedType(), a.getWrappedType());
        }
        if (after instanceof GraphQLNonNull a) {
            return outputCompatible(before, a.getWrappedType());
        }
        if (before instanceof GraphQLList b) {
            return after instanceof GraphQLList a && outputCompatible(b.getWrappedType(), a.getWrappedType());
        }
        return !(after instanceof GraphQLList) && sameName(before, after);
    }

    /** An input may become looser (null allowed) but not stricter, and keeps its named type. */
    static boolean inputCompatible(GraphQLType before, GraphQLType after) {
        if (after instanceof GraphQLNonNull a) {
            return before instanceof GraphQLNonNull b && inputCompatible(b.getWrappedType(), a.getWrappedType());
        }
        if (before instanceof GraphQLNonNull b) {
            return inputCompatible(b.getWrappedType(), after);
        }
        if (after instanceof GraphQLList a) {
            return before instanceof GraphQLList b && inputCompatible(b.getWrappedType(), a.getWrappedType());
        }
        return !(before instanceof GraphQLList) && sameName(before, after);
    }

    private static boolean sameName(GraphQLType before, GraphQLType after) {
        return before instanceof GraphQLNamedType b && after instanceof GraphQLNamedType a && b.getName().equals(a.getName());
    }

    /** Where the committed schema uses {@code type}, other than from elements removed as allowed or removed types. */
    private List<String> usesOf(GraphQLSchema schema, String type, Set<String> removedTypes) {
        List<String> uses = new ArrayList<>();
        for (GraphQLNamedType owner : types(schema).values()) {
            if (removedTypes.contains(owner.getName()) || owner.getName().equals(type)) {
                continue;
            }
            if (owner instanceof GraphQLFieldsContainer fields) {
                for (GraphQLFieldDefinition field : fields.getFieldDefinitions()) {
                    String at = owner.getName() + "." + field.getName();
                    if (allowedRemovals.contains(at)) {
                        continue;
                    }
                    if (named(field.getType()).equals(type)) {
                        uses.add(at);
                    }
                    for (GraphQLArgument argument : field.getArguments()) {
                        String arg = at + "(" + argument.getName() + ":)";
                        if (!allowedRemovals.contains(arg) && named(argument.getType()).equals(type)) {
                            uses.add(arg);
                        }
                    }
                }
            }
            if (owner instanceof GraphQLInputObjectType input) {
                for (GraphQLInputObjectField field : input.getFieldDefinitions()) {
                    String at = owner.getName() + "." + field.getName();
                    if (!allowedRemovals.contains(at) && named(field.getType()).equals(type)) {
                        uses.add(at);
                    }
                }
            }
            if (owner instanceof GraphQLImplementingType implementing && names(implementing.getInterfaces()).contains(type)) {
                uses.add(owner.getName());
            }
            if (owner instanceof GraphQLUnionType union && names(union.getTypes()).contains(type)) {
                uses.add(owner.getName());
            }
        }
        return uses;
    }

    static Optional<LocalDate> removalDate(GraphQLDirectiveContainer element) {
        String reason = deprecationReason(element);
        if (reason == null) {
            return Optional.empty();
        }
        Matcher m = REMOVAL_AFTER.matcher(reason);
        try {
            return m.find() ? Optional.of(LocalDate.parse(m.group(1))) : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static String deprecationReason(GraphQLDirectiveContainer element) {
        if (element instanceof GraphQLFieldDefinition f) {
            return f.isDeprecated() ? Objects.requireNonNullElse(f.getDeprecationReason(), "") : null;
        }
        if (element instanceof GraphQLEnumValueDefinition v) {
            return v.isDeprecated() ? Objects.requireNonNullElse(v.getDeprecationReason(), "") : null;
        }
        if (element instanceof GraphQLArgument a) {
            return a.isDeprecated() ? Objects.requireNonNullElse(a.getDeprecationReason(), "") : null;
        }
        if (element instanceof GraphQLInputObjectField i) {
            return i.isDeprecated() ? Objects.requireNonNullElse(i.getDeprecationReason(), "") : null;
        }
        return null;
    }

    private static String printDefault(InputValueWithState value) {
        if (value == null || value.isNotSet()) {
            return null;
        }
        return value.isLiteral() && value.getValue() instanceof Value<?> literal
                ? AstPrinter.printAst(literal) : String.valueOf(value.getValue());
    }

    private static boolean isRoot(GraphQLSchema schema, String type) {
        return Stream.of(schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType())
                .filter(Objects::nonNull).anyMatch(root -> root.getName().equals(type));
    }

    /** The schema's own named types, without introspection and the scalars every schema has. */
    private static Map<String, GraphQLNamedType> types(GraphQLSchema schema) {
        Map<String, GraphQLNamedType> types = new TreeMap<>();
        for (GraphQLNamedType type : schema.getAllTypesAsList()) {
            if (!type.getName().startsWith("__") && !ScalarInfo.isGraphqlSpecifiedScalar(type.getName())) {
                types.put(type.getName(), type);
            }
        }
        return types;
    }

    private static String kind(GraphQLNamedType type) {
        return switch (type) {
            case GraphQLObjectType t -> "type";
            case GraphQLInterfaceType t -> "interface";
            case GraphQLUnionType t -> "union";
            case GraphQLEnumType t -> "enum";
            case GraphQLInputObjectType t -> "input";
            default -> "scalar";
        };
    }

    private static String named(GraphQLType type) {
        return GraphQLTypeUtil.unwrapAll(type).getName();
    }

    private static String print(GraphQLType type) {
        return GraphQLTypeUtil.simplePrint(type);
    }

    private static Set<String> names(List<? extends GraphQLNamedType> types) {
        return types.stream().map(GraphQLNamedType::getName).collect(Collectors.toSet());
    }

    private static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
        return items.stream().collect(Collectors.toMap(name, Function.identity()));
    }

    private void add(Kind kind, String at, String what) {
        changes.add(new Change(kind, at, what));
    }

}
