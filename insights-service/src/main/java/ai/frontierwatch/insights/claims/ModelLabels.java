package ai.frontierwatch.insights.claims;

import ai.frontierwatch.insights.domain.EntityKind;
import ai.frontierwatch.insights.matching.Catalogue;
import ai.frontierwatch.insights.matching.NameHit;
import ai.frontierwatch.text.Conditions;
import ai.frontierwatch.text.FoldedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Table headers and labels that name models: which look like a model name, which checkpoint (base or
 * instruct/chat) a label means, and the catalogue model a label names as a whole. The model-name shape is one
 * predicate, {@link #looksLikeModel}, kept here so that a shared recogniser can replace it.
 */
final class ModelLabels {

    /** Which checkpoint of a model a label or a table section is about. */
    enum Variant {
        BASE, INSTRUCT, UNKNOWN
    }

    /** Family or brand names that start a model name. */
    private static final Pattern BRAND = Pattern.compile("(?i)(?<![a-z])(gpt|chatgpt|o[1-9]|claude|gemini|gemma|llama|codellama"
            + "|qwen|qwq|deepseek|glm|chatglm|codegeex|internlm|internvl|mistral|mixtral|codestral|ministral|pixtral|phi"
            + "|yi|baichuan|kimi|moonshot|minicpm|hunyuan|ernie|grok|nemotron|falcon|olmo|doubao|minimax|abab|skywork"
            + "|jamba|dbrx|starcoder|vicuna|llava|hermes|tulu|smollm|granite|mimo|longcat|xverse|aquila|telechat|pangu"
            + "|sensechat|command[- ]r|step[- ]?\\d|seed[- ]?\\d|spark)(?![a-uw-z])(?!v[a-z])|文心|通义|千问|混元|豆包|星火|智谱|盘古|百川");
    /** A version or size after the brand, or a variant word ("Hunyuan-Large", "Kimi-Chat"). */
    private static final Pattern AFTER_BRAND = Pattern.compile("(?i)^[\\s\\-_.]*(v?\\d|[a-z]*\\d|(large|chat|instruct|base|pro"
            + "|max|plus|turbo|mini|flash|lite|ultra|medium|small|nano|opus|sonnet|haiku|coder|math|vl|k\\d)(?![a-z]))");
    /** A size such as "7B", "8x22B", "1.8B" next to a name. */
    private static final Pattern SIZE = Pattern.compile("(?i)[a-z][\\w.]*[\\s\\-_]+\\d+(\\.\\d+)?(x\\d+)?[bm](?![a-z])");
    /** Words of benchmark names: a label with one is a benchmark even when it carries a brand ("SEED-Bench-2"). */
    private static final Pattern BENCHMARK_WORD = Pattern.compile("(?i)bench|eval|arena|leaderboard|mmlu|(?<![a-z])(qa|test)(?![a-z])");

    private static final Pattern INSTRUCT_MARK = Pattern.compile(
            "(?i)(?<![a-z])(inst\\.?|instruct|chat|it|sft|rlhf|dpo)(?![a-z])|对话|指令");
    private static final Pattern BASE_MARK = Pattern.compile("(?i)(?<![a-z])(base|pre-?trained|pretrain)(?![a-z])|基座|预训练");
    private static final Pattern BASE_SECTION = Pattern.compile(
            "(?i)(?<![a-z])(pre-?trained|pretrain(ing)?|base|foundation)(?![a-z])|预训练|基座|基础模型|底座");
    private static final Pattern INSTRUCT_SECTION = Pattern.compile("(?i)(?<![a-z])(instruct(ion)?([- ]tuned)?|chat|post-?trained"
            + "|aligned|sft|rlhf)(?![a-z])|对话|指令|微调|后训练");
    private static final Pattern INST_ABBREVIATION = Pattern.compile("(?i)(?<![a-z])inst\\.?(?![a-z])");
    private static final Pattern QUALIFIERS = Pattern.compile("[(（][^()（）]{0,80}[)）]");
    private static final Pattern SCORE_WORDS = Pattern.compile("(?i)\\s*(分数|分數|得分|成绩|成績|score|scores)$");

    private static final Pattern DATED = Pattern.compile("[(（]\\s*\\d{4}([.\\-/]\\d{1,2}){0,2}\\s*[)）]|[(（]\\s*\\d{2}/\\d{2}\\s*[)）]");
    private static final Pattern REPORTED_BY = Pattern.compile(
            "(?i)[(（]\\s*(?:from|reported by|via|source:?)\\s+([^()（）]{1,40})[)）]");
    /** "MiniCPM 3.0 x MR": a model run inside a system (scaffold, agent framework). */
    private static final Pattern INSIDE_SYSTEM = Pattern.compile(
            "(?i)^(.*\\S)\\s+[x×]\\s+(\\S.{0,40})$|^(.*\\d[bm])[x×]\\s+([a-z]\\S{0,40})$");

    private ModelLabels() {
    }

    /**
     * A model as a table writes it: the name (the label without its parenthesised notes, a dated snapshot
     * "(2024.06)" kept), the catalogue model it resolves to, and the conditions its notes state ("(thinking)",
     * "(From InfiniteBench)", a system it ran inside).
     */
    record Written(String name, Optional<String> id, String conditions) {
    }

    static Written written(String label, Catalogue catalogue, Variant section) {
        List<String> conditions = new ArrayList<>();
        StringBuilder name = new StringBuilder();
        Matcher q = QUALIFIERS.matcher(label);
        int last = 0;
        while (q.find()) {
            if (!DATED.matcher(q.group()).matches()) {
                name.append(label, last, q.start());
                last = q.end();
                conditions.add(Conditions.detect(q.group()));
                Matcher reported = REPORTED_BY.matcher(q.group());
                if (reported.find()) {
                    conditions.add(Conditions.normalize("reported-by-" + reported.group(1)));
                }
            }
        }
        name.append(label.substring(last));
        String n = SCORE_WORDS.matcher(name.toString().strip().replaceAll("\\s+", " ")).replaceAll("");
        Matcher system = INSIDE_SYSTEM.matcher(n);
        if (system.matches()) {
            int g = system.group(1) != null ? 1 : 3;
            n = system.group(g);
            conditions.add(Conditions.normalize(system.group(g + 1)));
        }
        if (n.isEmpty()) {
            n = label;
        }
        Optional<String> id = resolve(catalogue, n, section);
        if (id.isEmpty() && (section == Variant.UNKNOWN || written(n) != Variant.UNKNOWN)) {
            // A model the catalogue does not know: the discovered model (or family) its name is known by, unless
            // the table's section would make a bare name another checkpoint than the one the name alone means.
            id = provisional(catalogue, forResolution(n));
        }
        return new Written(n, id, Conditions.merge(conditions.toArray(String[]::new)));
    }

    /** Whether a header or label looks like a model name: a catalogue model, or a brand with a version or size. */
    static boolean looksLikeModel(Catalogue catalogue, String label) {
        if (label.isEmpty() || label.length() > TableText.MAX_LABEL
                || BENCHMARK_WORD.matcher(QUALIFIERS.matcher(label).replaceAll(" ")).find()) {
            return false;
        }
        if (exact(catalogue, forResolution(label)).isPresent()) {
            return true;
        }
        var brand = BRAND.matcher(label);
        while (brand.find()) {
            if (AFTER_BRAND.matcher(label.substring(brand.end())).lookingAt() || brand.group().matches("(?i)o[1-9]")) {
                return true;
            }
        }
        return SIZE.matcher(label).find() && !TableText.notAScore(label);
    }

    /** The checkpoint a label names explicitly ("Inst.", "-Chat", "-Base"), if any. */
    static Variant written(String label) {
        boolean instruct = INSTRUCT_MARK.matcher(label).find();
        boolean base = BASE_MARK.matcher(label).find();
        return instruct == base ? Variant.UNKNOWN : instruct ? Variant.INSTRUCT : Variant.BASE;
    }

    /** The checkpoint a caption or section title says its table is about ("Pre-trained models", "Chat/Instruct"). */
    static Variant section(String text) {
        if (text == null || text.isBlank()) {
            return Variant.UNKNOWN;
        }
        boolean base = BASE_SECTION.matcher(text).find();
        boolean instruct = INSTRUCT_SECTION.matcher(text).find();
        return base == instruct ? Variant.UNKNOWN : base ? Variant.BASE : Variant.INSTRUCT;
    }

    /** A label as resolved against the catalogue: parenthesised notes and score words dropped, "Inst." spelled out. */
    static String forResolution(String label) {
        String s = QUALIFIERS.matcher(label).replaceAll(" ");
        s = SCORE_WORDS.matcher(s.strip()).replaceAll("");
        return INST_ABBREVIATION.matcher(s).replaceAll("Instruct").strip();
    }

    /**
     * The catalogue model a label names, for a table section about {@code section} checkpoints. The whole label
     * must name the model (no prefix match dropping "Inst." or "Base"), and the checkpoint must agree: in a base
     * section a label never lands on a chat/instruct entry; an entry whose name marks no checkpoint counts as
     * the base one only when the catalogue also has its instruct/chat sibling, and a section's bare label lands
     * on a sibling named with the section's checkpoint ("Llama 3.1 405B" among instruction-tuned models).
     */
    static Optional<String> resolve(Catalogue catalogue, String label, Variant section) {
        String name = forResolution(label);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> id = exact(catalogue, name);
        Variant written = written(name);
        Variant wanted = written != Variant.UNKNOWN ? written : section;
        if (wanted == Variant.UNKNOWN) {
            return id;
        }
        if (id.isEmpty()) {
            return written == Variant.UNKNOWN ? sibling(catalogue, name, wanted) : Optional.empty();
        }
        Variant entry = catalogue.model(id.get()).map(m -> written(m.name())).orElse(Variant.UNKNOWN);
        if (entry == wanted) {
            return id;
        }
        if (entry != Variant.UNKNOWN || written != Variant.UNKNOWN) {
            return Optional.empty();
        }
        Optional<String> sibling = sibling(catalogue, name, wanted);
        if (sibling.isPresent()) {
            return sibling;
        }
        if (wanted == Variant.INSTRUCT) {
            return id;
        }
        return sibling(catalogue, name, Variant.INSTRUCT).isPresent() ? id : Optional.empty();
    }

    private static Optional<String> sibling(Catalogue catalogue, String name, Variant variant) {
        List<String> suffixes = variant == Variant.BASE ? List.of(" Base") : List.of(" Instruct", " Chat");
        for (String suffix : suffixes) {
            Optional<String> id = exact(catalogue, name + suffix);
            if (id.isPresent()) {
                return id;
            }
        }
        return Optional.empty();
    }

    /** The catalogue model named by the whole of {@code name} (by any spelling of it), if exactly one is. */
    static Optional<String> exact(Catalogue catalogue, String name) {
        return wholeName(catalogue, name).filter(id -> Catalogue.provisionalKind(id) == null);
    }

    /** The discovered model or family the whole of {@code name} is known by, if it is one. */
    static Optional<String> provisional(Catalogue catalogue, String name) {
        return wholeName(catalogue, name).filter(id -> Catalogue.provisionalKind(id) != null);
    }

    private static Optional<String> wholeName(Catalogue catalogue, String name) {
        String s = name.strip();
        if (s.isEmpty()) {
            return Optional.empty();
        }
        List<NameHit> hits = catalogue.findNames(FoldedText.of(s)).stream()
                .filter(h -> Catalogue.idOf(h, EntityKind.MODEL).isPresent()).toList();
        if (hits.size() != 1 || hits.get(0).start() != 0 || hits.get(0).end() < s.replaceAll("[\\s.。]+$", "").length()) {
            return Optional.empty();
        }
        return Catalogue.idOf(hits.get(0), EntityKind.MODEL);
    }

    /** A label without its checkpoint marks: "LLama3.1 405B Inst." and "LLama3.1-405B" name one model family. */
    static String withoutVariant(String label) {
        String s = INSTRUCT_MARK.matcher(label).replaceAll(" ");
        return BASE_MARK.matcher(s).replaceAll(" ").strip();
    }

}
