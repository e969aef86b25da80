package ai.frontierwatch.gateway.http;

import ai.frontierwatch.gateway.error.TypedErrors;
import graphql.GraphQLError;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.schema.GraphQLSchema;
import graphql.validation.ValidationError;
import graphql.validation.Validator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Parses and validates a document before it is executed, so that the HTTP layer knows whether it can run at all
 * (status 400 under application/graphql-response+json) and which kind of operation it is (no mutation over
 * GET). Pages send the same few documents over and over: valid ones are remembered, so this costs one map
 * lookup per request.
 */
@ApplicationScoped
class DocumentCheck {

    /** Enough for every page and partner query in use; a flood of distinct documents just empties it. */
    private static final int REMEMBERED = 1_000;

    sealed interface Verdict {
    }

    record Valid(Document document) implements Verdict {
        /** The operation the request selects, when it can be told; execution reports the other cases. */
        int operationCount() {
            return document.getDefinitionsOfType(OperationDefinition.class).size();
        }

        Optional<OperationDefinition.Operation> operation(String operationName) {
            List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
            return operations.stream()
                    .filter(op -> operationName == null ? operations.size() == 1 : operationName.equals(op.getName()))
                    .map(OperationDefinition::getOperation).findFirst();
        }
    }

    record Rejected(String code, List<? extends GraphQLError> errors) implements Verdict {
    }

    private final Instance<GraphQLSchema> schemaSource;
    private final int maxDepth;
    private final int maxFields;
    private final Map<String, Document> valid = new ConcurrentHashMap<>();
    private volatile GraphQLSchema schema;

    DocumentCheck(Instance<GraphQLSchema> schemaSource,
            @ConfigProperty(name = "quarkus.smallrye-graphql.instrumentation-query-depth") Optional<Integer> maxDepth,
            @ConfigProperty(name = "quarkus.smallrye-graphql.instrumentation-query-complexity") Optional<Integer> maxFields) {
        this.schemaSource = schemaSource;
        this.maxDepth = maxDepth.orElse(Integer.MAX_VALUE);
        this.maxFields = maxFields.orElse(Integer.MAX_VALUE);
    }

    /** The verdict on a document checked before, or null: a map lookup, cheap enough for the event loop. */
    Valid known(String query) {
        Document known = valid.get(query);
        return known == null ? null : new Valid(known);
    }

    /** Parses and validates a document; for an unknown one this is work for a worker thread, not the event loop. */
    Verdict check(String query) {
        Valid known = known(query);
        if (known != null) {
            return known;
        }
        Document document;
        try {
            // The default options carry the configured token limit (quarkus.smallrye-graphql.parser-max-tokens).
            document = Parser.parse(ParserEnvironment.newParserEnvironment().document(query)
                    .parserOptions(ParserOptions.getDefaultOperationParserOptions()).build());
        } catch (InvalidSyntaxException e) {
            return new Rejected(TransportErrors.PARSE_FAILED, List.of(e.toInvalidSyntaxError()));
        }
        // the shape first: counted per fragment, it bounds what the validation below walks
        Optional<String> beyond = QueryShape.of(document).beyond(maxDepth, maxFields);
        if (beyond.isPresent()) {
            return rejectedShape(beyond.get());
        }
        List<ValidationError> errors = new Validator().validateDocument(schema(), document, Locale.ENGLISH);
        if (!errors.isEmpty()) {
            // an argument of the wrong type is the caller's input (BAD_USER_INPUT), the rest does not fit the schema
            return new Rejected(TransportErrors.VALIDATION_FAILED, errors.stream()
                    .map(e -> TypedErrors.typed(e, TransportErrors.VALIDATION_FAILED)).toList());
        }
        if (valid.size() >= REMEMBERED) {
            valid.clear();
        }
        valid.put(query, document);
        return new Valid(document);
    }

    private static Rejected rejectedShape(String message) {
        return new Rejected(TransportErrors.VALIDATION_FAILED,
                List.of(graphql.GraphqlErrorBuilder.newError().message(message).build()));
    }

    private GraphQLSchema schema() {
        GraphQLSchema current = schema;
        if (current == null) {
            current = schemaSource.get();
            schema = current;
        }
        return current;
    }
}
