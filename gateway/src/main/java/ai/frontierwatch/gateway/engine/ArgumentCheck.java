package ai.frontierwatch.gateway.engine;

import ai.frontierwatch.contracts.InputRules;
import ai.frontierwatch.gateway.error.FieldErrors;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks the arguments of every field before its resolver runs, by the rules every edge of the system applies
 * ({@link InputRules}): strings and ids are parameters (one line, no control characters, no lone surrogates, at
 * most {@value InputRules#MAX_PARAMETER_CHARS} characters), the free texts ({@link #FREE_TEXT}) are texts, dates
 * are dates of the years the system records, and an Int is a whole number (a variable's 1.5 reaches the resolvers
 * otherwise). A value that breaks a rule answers the field with BAD_USER_INPUT naming
 * the argument (as {@code input.sources[0].quote} inside input objects), and nothing is asked of any service.
 * Loaded by the engine through {@code META-INF/services}, always on.
 */
public class ArgumentCheck extends FetcherRewrite {

    /** Arguments and input fields that carry prose or documents rather than names. */
    static final Set<String> FREE_TEXT = Set.of("document", "note", "quote");

    @Override
    protected void rewrite(GraphQLSchema draft, GraphQLCodeRegistry registry, GraphQLCodeRegistry.Builder out) {
        for (var type : draft.getAllTypesAsList()) {
            if (!(type instanceof GraphQLObjectType object) || object.getName().startsWith("__")) {
                continue;
            }
            for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
                if (!field.getArguments().isEmpty()) {
                    FieldCoordinates coordinates = FieldCoordinates.coordinates(object, field);
                    out.dataFetcher(coordinates, new Checked(field.getArguments(),
                            registry.getDataFetcher(coordinates, field)));
                }
            }
        }
    }

    /** A field's resolver behind the check of its arguments. */
    record Checked(List<GraphQLArgument> arguments, DataFetcher<?> resolver) implements DataFetcher<Object> {

        @Override
        public Object get(DataFetchingEnvironment environment) throws Exception {
            for (GraphQLArgument argument : arguments) {
                Object value = environment.getArguments().get(argument.getName());
                Optional<Problem> problem = check(argument.getType(), argument.getName(), argument.getName(), value);
                if (problem.isPresent()) {
                    return FieldErrors.badUserInput(environment, problem.get().path(), problem.get().reason());
                }
            }
            return resolver.get(environment);
        }
    }

    record Problem(String path, String reason) {
    }

    /** The first rule {@code value}, given for an input of {@code type} named {@code name}, breaks. */
    static Optional<Problem> check(GraphQLInputType type, String name, String path, Object value) {
        if (value == null) {
            return Optional.empty();
        }
        GraphQLType inner = type instanceof GraphQLNonNull nonNull ? nonNull.getWrappedType() : type;
        if (inner instanceof GraphQLList list && value instanceof List<?> items) {
            for (int i = 0; i < items.size(); i++) {
                Optional<Problem> p = check((GraphQLInputType) list.getWrappedType(), name, path + "[" + i + "]",
                        items.get(i));
                if (p.isPresent()) {
                    return p;
                }
            }
        } else if (inner instanceof GraphQLInputObjectType object && value instanceof Map<?, ?> fields) {
            for (GraphQLInputObjectField field : object.getFieldDefinitions()) {
                Optional<Problem> p = check(field.getType(), field.getName(), path + "." + field.getName(),
                        fields.get(field.getName()));
                if (p.isPresent()) {
                    return p;
                }
            }
        } else if (inner instanceof GraphQLScalarType scalar) {
            return scalar(scalar.getName(), name, value).map(reason -> new Problem(path, reason));
        }
        return Optional.empty();
    }

    /** Whether a number given for an Int is one: a variable's JSON number reaches the engine as it was sent. */
    private static boolean isInt(Number n) {
        try {
            new java.math.BigDecimal(n.toString()).intValueExact();
            return true;
        } catch (ArithmeticException | NumberFormatException e) {
            return false;
        }
    }

    private static Optional<String> scalar(String scalar, String name, Object value) {
        if (scalar.equals("Date")) {
            LocalDate date;
            try {
                date = value instanceof LocalDate d ? d : LocalDate.parse(value.toString());
            } catch (DateTimeParseException e) {
                return Optional.of("must be a date like 2025-12-31, not '" + value + "'");
            }
            return InputRules.date(date);
        }
        if (scalar.equals("Int") && value instanceof Number n && !isInt(n)) {
            return Optional.of("must be an integer (Int), not " + value);
        }
        if (value instanceof String s) {
            return FREE_TEXT.contains(name) ? InputRules.text(s) : InputRules.parameter(s);
        }
        return Optional.empty();
    }
}
