package ai.frontierwatch.articles.parsing;

import ai.frontierwatch.articles.parsing.Fields.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a document by its structure, never by its name: YAML front matter, Markdown blocks (HTML inside
 * read as blocks too), labelled fields. A document whose sections at one heading level each carry a labelled source (来源/Source), or
 * whose innermost sections each point to one original story (阅读原文/Read more), is a digest and yields one
 * article per such section; anything else is one article.
 */
public final class DocumentParser {

    private static final Pattern SUMMARY_SECTION = Pattern.compile(
            "执行摘要|執行摘要|重点摘要|重點摘要|摘要|概要|tl;dr|executive summary|summary|overview");
    private static final Pattern KEY_POINT_SECTION = Pattern.compile(
            "核心洞察|要点|要點|重点|重點|关键观点|關鍵觀點|key points|key takeaways|takeaways|highlights|tl;dr");
    /** A link line such as {@code 🔗 **[阅读原文](https://…)**}: the entry's own story, in digests without labels. */
    private static final Pattern READ_ORIGINAL = Pattern.compile(
            "阅读原文|閱讀原文|查看原文|原文链接|原文連結|原文|阅读全文|閱讀全文|read more|read the original|read original"
                    + "|original article|full story");
    /** A leading enumeration of an entry's title: "1. ", "2、", "3) ". */
    private static final Pattern ENUMERATION = Pattern.compile("^\\d{1,3}[.、)]\\s*");
    /** A short label before a value, "核心内容: …" or "Summary: …". */
    private static final Pattern LEADING_LABEL = Pattern.compile("^[^:：\\s]{1,12}\\s*[:：]\\s*");
    /** A trailing count in a section heading, "学术前沿 (5条)". */
    private static final Pattern HEADING_COUNT = Pattern.compile("\\s*[(（]\\s*\\d+\\s*[条條篇项項个個]?\\s*[)）]$");
    /** A source badge line before an entry's text, e.g. "Hacker News 🔥 25 upvotes" or "arXiv 📚 学术论文". */
    private static final Pattern BADGE = Pattern.compile("^([\\p{L}\\p{N}][\\p{L}\\p{N} .&'_-]{0,40}?)\\s*[\\p{So}·|•].*$");
    /** Unlabelled sections that each end in one read-the-original link make a digest only when there are several. */
    private static final int LINKED_ENTRIES_MIN = 3;
    private static final int SUMMARY_MAX = 600;
    private static final int FIRST_LINE_MAX = 200;
    /** A bold line this short, alone in its paragraph, names what follows ("**Base models**"). */
    private static final int LABEL_MAX = 60;
    /** A paragraph right under a table that starts like a note ("* with tools", "注：", "Note:") and is this short. */
    private static final int NOTE_MAX = 1000;
    private static final List<String> NOTE_STARTS = List.of("*", "＊", "^", "†", "‡", "§", "※", "¹", "²", "³", "注",
            "註", "备注", "備註", "说明", "說明", "以上", "上表", "表中", "note", "remark", "footnote", "n.b.");

    /** A heading and the blocks under it (up to the next heading of the same or a higher level). */
    private record Section(Block heading, List<Block> blocks) {
        String markdown() {
            StringBuilder sb = new StringBuilder(heading.markdown());
            blocks.forEach(b -> sb.append("\n\n").append(b.markdown()));
            return sb.toString();
        }

        List<Block> all() {
            List<Block> out = new ArrayList<>();
            out.add(heading);
            out.addAll(blocks);
            return out;
        }
    }

    public ParsedDocument parse(String text) {
        FrontMatter fm = FrontMatter.split(text);
        Blocks.Parsed parsed = Blocks.parse(TemplateNoise.clean(fm.body()));
        String body = parsed.markdown().strip();
        List<Block> blocks = parsed.blocks();
        List<String> docWarnings = new ArrayList<>(parsed.warnings());
        for (int level = 2; level <= 3; level++) {
            List<Section> sections = sections(blocks, level);
            List<Section> entries = sections.stream()
                    .filter(s -> Fields.readAll(s.blocks()).containsKey(Field.SOURCE)).toList();
            if (entries.size() >= 2) {
                return digest(fm, blocks, sections, entries, docWarnings);
            }
        }
        // Without labels, a digest's entries are the innermost sections that each point to one original story.
        List<Section> leaves = sections(blocks, 0);
        List<Section> linked = leaves.stream().filter(s -> readOriginalLink(s) != null).toList();
        if (linked.size() >= LINKED_ENTRIES_MIN) {
            return digest(fm, blocks, leaves, latestPerStory(linked), docWarnings);
        }
        if (body.isEmpty() && fm.text("title") == null) {
            throw new DocumentRejectedException(DocumentRejectedException.Reason.EMPTY,
                    "The document holds front matter but no text");
        }
        return new ParsedDocument(List.of(single(fm, body, blocks)), docWarnings);
    }

    // ---------------------------------------------------------------- single article

    private ParsedArticle single(FrontMatter fm, String body, List<Block> blocks) {
        List<String> warnings = new ArrayList<>();
        String plain = plainText(blocks);
        String language = Languages.detect((fm.text("title") == null ? "" : fm.text("title")) + "\n" + plain);

        String title = fm.text("title");
        TitleSource titleSource = TitleSource.FRONT_MATTER;
        if (title == null) {
            title = headingTitle(blocks);
            titleSource = TitleSource.HEADING;
        }
        if (title == null) {
            title = firstLine(plain);
            titleSource = TitleSource.FIRST_LINE;
            warnings.add("The document has no title: its first line is used as the title");
        }

        Map<Field, InlineText> topFields = Fields.readAll(blocks.subList(0, Math.min(6, blocks.size())));
        Link sourceLink = topFields.containsKey(Field.SOURCE) ? topFields.get(Field.SOURCE).firstLink() : null;

        String url = firstUrl(fm.text("canonical", "canonical_url", "url", "link", "permalink", "source_url",
                "original_url", "source"));
        if (url == null && sourceLink != null) {
            url = sourceLink.url();
        }
        String source = fm.text("publisher", "site", "site_name", "outlet", "publication");
        if (source == null && fm.text("source") != null && firstUrl(fm.text("source")) == null) {
            source = fm.text("source");
        }
        if (source == null && sourceLink != null && sourceLink.text() != null && !sourceLink.text().isBlank()) {
            source = sourceLink.text();
        }
        if (source == null && topFields.containsKey(Field.SOURCE) && sourceLink == null) {
            source = topFields.get(Field.SOURCE).text().strip();
        }
        if (source == null && url != null) {
            source = Urls.host(url);
        }

        PublishedDate published = frontMatterDate(fm, language, warnings);
        if (published == null && !hasDateField(fm)) {
            published = Dates.findInText(title, language)
                    .or(() -> Dates.findInText(firstLines(plain, 5), language)).orElse(null);
        }

        List<String> authors = fm.list("author", "authors", "creator");
        String category = fm.text("category");
        List<String> categories = fm.list("categories");
        if (category == null && !categories.isEmpty()) {
            category = categories.get(0);
        }
        List<String> tags = fm.list("tags", "keywords");
        if (tags.isEmpty()) {
            tags = fm.list("topics");
        }

        String summary = summary(fm, title, blocks);
        List<String> keyPoints = keyPoints(blocks);
        Map<String, Object> metadata = new LinkedHashMap<>();
        if (!fm.isEmpty()) {
            metadata.put("frontMatter", fm.asMap());
        }
        return new ParsedArticle(clip(title, 500), titleSource, url, clip(source, 200),
                authors.isEmpty() ? null : clip(String.join(", ", authors), 300), published, language,
                clip(category, 200), cleanTags(tags), summary, keyPoints, body, plain, tables(blocks), links(blocks),
                images(blocks), metadata, warnings);
    }

    private static String headingTitle(List<Block> blocks) {
        for (Block b : blocks) {
            if (b.kind() == Block.Kind.HEADING && b.level() == 1 && !b.text().isBlank()) {
                return b.text().strip();
            }
        }
        for (int i = 0; i < Math.min(3, blocks.size()); i++) {
            Block b = blocks.get(i);
            if (b.kind() == Block.Kind.HEADING && !b.text().isBlank()) {
                return b.text().strip();
            }
        }
        return null;
    }

    private static String firstLine(String text) {
        for (String line : text.split("\n")) {
            String t = line.replaceAll("^[#>*\\-\\s]+", "").strip();
            if (!t.isEmpty()) {
                return t.length() <= FIRST_LINE_MAX ? t : t.substring(0, FIRST_LINE_MAX) + "…";
            }
        }
        return "(untitled)";
    }

    private static String firstLines(String text, int n) {
        String[] lines = text.split("\n", n + 1);
        return String.join("\n", java.util.Arrays.asList(lines).subList(0, Math.min(n, lines.length)));
    }

    private static boolean hasDateField(FrontMatter fm) {
        return fm.text("date", "date_published", "published", "publishdate", "published_at", "pubdate") != null;
    }

    /**
     * A date that does not parse is not a reason to lose the article: it is stored with its date unknown
     * and a warning, so an editor can correct it; consumers already handle articles without a date.
     */
    private static PublishedDate frontMatterDate(FrontMatter fm, String language, List<String> warnings) {
        String raw = fm.text("date", "date_published", "published", "publishdate", "published_at", "pubdate");
        if (raw == null) {
            return null;
        }
        Optional<PublishedDate> date = Dates.parse(raw, language);
        if (date.isEmpty()) {
            warnings.add("The date '" + clip(raw, 60) + "' does not read as a date: the article is stored with its date unknown");
            return null;
        }
        return date.get();
    }

    private static String summary(FrontMatter fm, String title, List<Block> blocks) {
        String description = fm.text("description", "summary", "excerpt", "abstract");
        if (description != null) {
            String d = collapse(Blocks.plain(description.replaceAll("(^|\\s)>\\s", " ")));
            if (!d.isEmpty() && !d.equalsIgnoreCase(title)) {
                return clip(d, SUMMARY_MAX);
            }
        }
        for (Section s : sections(blocks, 0)) {
            if (SUMMARY_SECTION.matcher(s.heading().text().toLowerCase(Locale.ROOT)).find()) {
                for (Block b : s.blocks()) {
                    if (b.kind() == Block.Kind.PARAGRAPH || b.kind() == Block.Kind.QUOTE) {
                        return clip(collapse(b.text()), SUMMARY_MAX);
                    }
                    if (b.kind() == Block.Kind.LIST) {
                        return clip(collapse(String.join("; ", b.items().stream().map(InlineText::text).toList())), SUMMARY_MAX);
                    }
                }
            }
        }
        for (int i = 0; i < Math.min(2, blocks.size()); i++) {
            if (blocks.get(i).kind() == Block.Kind.QUOTE) {
                return clip(collapse(blocks.get(i).text()), SUMMARY_MAX);
            }
        }
        for (Block b : blocks) {
            if (b.kind() == Block.Kind.PARAGRAPH) {
                String p = collapse(b.text());
                if (!p.isEmpty() && !p.equals(title)) {
                    return clip(p, SUMMARY_MAX);
                }
            }
        }
        return null;
    }

    private static List<String> keyPoints(List<Block> blocks) {
        for (Section s : sections(blocks, 0)) {
            if (KEY_POINT_SECTION.matcher(s.heading().text().toLowerCase(Locale.ROOT)).find()) {
                for (Block b : s.blocks()) {
                    if (b.kind() == Block.Kind.LIST) {
                        return b.items().stream().map(i -> collapse(i.text())).filter(i -> !i.isEmpty()).toList();
                    }
                }
            }
        }
        return List.of();
    }

    // ---------------------------------------------------------------- digest

    private ParsedDocument digest(FrontMatter fm, List<Block> blocks, List<Section> sections, List<Section> entries,
            List<String> docWarnings) {
        String digestTitle = fm.text("title");
        if (digestTitle == null) {
            digestTitle = headingTitle(blocks);
        }
        String docLanguage = Languages.detect(plainText(blocks));
        List<String> dateWarnings = new ArrayList<>();
        PublishedDate digestDate = frontMatterDate(fm, docLanguage, dateWarnings);
        if (digestDate == null && !hasDateField(fm)) {
            digestDate = Dates.findInText(digestTitle, docLanguage).orElse(null);
        }
        List<String> digestTags = fm.list("tags", "keywords");
        for (Section s : sections) {
            if (!entries.contains(s) && !s.blocks().isEmpty() && readOriginalLink(s) == null) {
                int links = links(s.all()).size();
                docWarnings.add("Section '" + s.heading().text().strip() + "' is not an entry (no source): "
                        + "not stored as an article" + (links > 0 ? " (" + links + " links in it)" : ""));
            }
        }
        List<ParsedArticle> articles = new ArrayList<>();
        int index = 0;
        for (Section entry : entries) {
            index++;
            articles.add(entry(entry, parentHeading(blocks, entry.heading()), index, digestTitle, digestDate, digestTags,
                    dateWarnings));
        }
        return new ParsedDocument(articles, docWarnings);
    }

    private ParsedArticle entry(Section section, Block parent, int index, String digestTitle, PublishedDate digestDate,
            List<String> digestTags, List<String> dateWarnings) {
        List<String> warnings = new ArrayList<>(dateWarnings);
        Map<Field, InlineText> fields = Fields.readAll(section.blocks());
        String markdown = section.markdown();
        List<Block> blocks = section.all();
        String plain = plainText(blocks);
        String language = Languages.detect(plain);
        String title = section.heading().text().strip();

        InlineText sourceValue = fields.get(Field.SOURCE);
        String url;
        String source;
        String category = fields.containsKey(Field.CATEGORY) ? collapse(fields.get(Field.CATEGORY).text()) : null;
        String insight = fields.containsKey(Field.INSIGHT) ? fields.get(Field.INSIGHT).text() : null;
        if (sourceValue != null) {
            Link link = sourceValue.firstLink();
            url = link == null ? null : link.url();
            source = link != null && link.text() != null && !link.text().isBlank() ? link.text()
                    : link == null ? collapse(sourceValue.text()) : Urls.host(link.url());
        } else {
            // an unlabelled entry: its story is the read-the-original link, its outlet the badge before the text
            Link link = readOriginalLink(section);
            url = link.url();
            source = outletBesideLink(section, link);
            if (source == null) {
                source = badge(section.blocks());
            }
            if (source == null) {
                source = Urls.host(url);
            }
            if (category == null && parent != null) {
                category = HEADING_COUNT.matcher(clip(headingLabel(parent), 200)).replaceFirst("");
            }
            if (insight == null) {
                insight = longestParagraph(section.blocks());
            }
            title = ENUMERATION.matcher(title).replaceFirst("");
        }

        PublishedDate published = digestDate;
        if (fields.containsKey(Field.DATE)) {
            Optional<PublishedDate> own = Dates.parse(fields.get(Field.DATE).text(), language);
            if (own.isPresent()) {
                published = own.get();
            } else {
                warnings.add("The entry date '" + clip(fields.get(Field.DATE).text(), 60) + "' does not read as a date");
            }
        }
        List<String> keyPoints = entryKeyPoints(section.blocks());
        String author = fields.containsKey(Field.AUTHOR) ? collapse(fields.get(Field.AUTHOR).text()) : null;
        Map<String, Object> metadata = new LinkedHashMap<>();
        if (digestTitle != null) {
            metadata.put("digest", digestTitle);
        }
        metadata.put("digestEntry", index);
        return new ParsedArticle(clip(title, 500), TitleSource.DIGEST_ENTRY, url, clip(source, 200), author,
                published, language,
                category == null || category.isEmpty() ? null : clip(category, 200),
                cleanTags(digestTags), insight == null ? null : clip(collapse(insight), 4000), keyPoints,
                markdown, plain, tables(blocks), links(blocks), images(blocks), metadata, warnings);
    }

    /** The one read-the-original link of a section without sub-headings, or null. */
    private static Link readOriginalLink(Section section) {
        Link found = null;
        for (Block b : section.blocks()) {
            if (b.kind() == Block.Kind.HEADING) {
                return null;
            }
            if (b.kind() != Block.Kind.PARAGRAPH && b.kind() != Block.Kind.QUOTE) {
                continue;
            }
            for (Link l : b.links()) {
                if (l.text() != null && READ_ORIGINAL.matcher(l.text().strip().toLowerCase(Locale.ROOT)).matches()
                        && Urls.isWeb(l.url())) {
                    if (found != null && !found.url().equals(l.url())) {
                        return null;
                    }
                    found = l;
                }
            }
        }
        return found;
    }

    /** A story listed twice (editor's picks, then its category) is one article: the later, more specific listing. */
    private static List<Section> latestPerStory(List<Section> entries) {
        Map<String, Section> byUrl = new LinkedHashMap<>();
        for (Section s : entries) {
            String url = readOriginalLink(s).url();
            byUrl.remove(url);
            byUrl.put(url, s);
        }
        return entries.stream().filter(byUrl::containsValue).toList();
    }

    /** The outlet on the line of the link, "📰 **MIT Technology Review** | ⭐ … | 🔗 [原文](…)", or null. */
    private static String outletBesideLink(Section section, Link link) {
        for (Block b : section.blocks()) {
            for (InlineText line : b.content().lines()) {
                String t = line.text();
                int bar = t.indexOf('|');
                if (bar < 0 || line.anchors().stream().noneMatch(a -> a.link().url().equals(link.url()))) {
                    continue;
                }
                String first = t.substring(0, bar);
                boolean linkBeforeBar = line.anchors().stream().anyMatch(a -> a.start() < bar);
                if (linkBeforeBar || first.contains(":") || first.contains("：")) {
                    return null;
                }
                String name = collapse(Texts.words(first));
                return name.isEmpty() ? null : name;
            }
        }
        return null;
    }

    /** The outlet named at the start of a short first line ("Hacker News 🔥 25 upvotes" → "Hacker News"). */
    private static String badge(List<Block> blocks) {
        if (blocks.isEmpty() || blocks.get(0).kind() != Block.Kind.PARAGRAPH) {
            return null;
        }
        String line = blocks.get(0).text().strip();
        if (line.contains("\n") || line.length() > 80) {
            return null;
        }
        var m = BADGE.matcher(line);
        return m.matches() ? m.group(1).strip() : null;
    }

    /** The nearest heading above {@code heading} at a higher level, e.g. a digest's category section. */
    private static Block parentHeading(List<Block> blocks, Block heading) {
        int at = blocks.indexOf(heading);
        for (int i = at - 1; i >= 0; i--) {
            Block b = blocks.get(i);
            if (b.kind() == Block.Kind.HEADING && b.level() < heading.level()) {
                return b;
            }
        }
        return null;
    }

    /** A heading's words without the emoji and symbols that decorate it ("📈 行业动态" → "行业动态"). */
    private static String headingLabel(Block heading) {
        return collapse(Texts.words(heading.text()));
    }

    private static String longestParagraph(List<Block> blocks) {
        String best = null;
        for (Block b : blocks) {
            if (b.kind() == Block.Kind.PARAGRAPH) {
                String plain = LEADING_LABEL.matcher(collapse(b.text())).replaceFirst("");
                if (best == null || plain.length() > best.length()) {
                    best = plain;
                }
            }
        }
        return best;
    }

    /** Bullets after a "内容简介"/"Key points" label, else the section's first list. */
    private static List<String> entryKeyPoints(List<Block> blocks) {
        int start = 0;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.kind() == Block.Kind.PARAGRAPH || b.kind() == Block.Kind.QUOTE) {
                for (InlineText line : b.content().lines()) {
                    Map.Entry<Field, InlineText> f = Fields.read(line);
                    if (f != null && f.getKey() == Field.KEY_POINTS) {
                        start = i + 1;
                    }
                }
            }
        }
        for (int i = start; i < blocks.size(); i++) {
            if (blocks.get(i).kind() == Block.Kind.LIST) {
                return blocks.get(i).items().stream().map(s -> collapse(s.text())).filter(s -> !s.isEmpty()).toList();
            }
        }
        return List.of();
    }

    // ---------------------------------------------------------------- shared pieces

    /** Sections at one heading level (0: at every level, each heading with the blocks up to the next heading). */
    private static List<Section> sections(List<Block> blocks, int level) {
        List<Section> out = new ArrayList<>();
        Block heading = null;
        List<Block> content = new ArrayList<>();
        for (Block b : blocks) {
            boolean boundary = b.kind() == Block.Kind.HEADING && (level == 0 || b.level() <= level);
            if (boundary) {
                if (heading != null && (level == 0 || heading.level() == level)) {
                    out.add(new Section(heading, content));
                }
                heading = b;
                content = new ArrayList<>();
            } else if (heading != null) {
                content.add(b);
            }
        }
        if (heading != null && (level == 0 || heading.level() == level)) {
            out.add(new Section(heading, content));
        }
        return out;
    }

    /**
     * The readable text: headings, paragraphs, quotes, list items and code, one block per paragraph (blank
     * lines between). A table is given as its rows, each a line framed by bars ("| MMLU | 85.2 |"), so that
     * its words are found in the text while a reader of sentences can tell its rows from prose (the cells
     * themselves are read from the article's tables).
     */
    static String plainText(List<Block> blocks) {
        StringBuilder sb = new StringBuilder();
        for (Block b : blocks) {
            String part = switch (b.kind()) {
                case HEADING, PARAGRAPH, QUOTE, CODE -> b.text();
                case LIST -> String.join("\n", b.items().stream().map(InlineText::text).toList());
                case TABLE -> tableText(b.table());
                case RULE -> "";
            };
            if (!part.isBlank()) {
                if (!sb.isEmpty()) {
                    sb.append("\n\n");
                }
                sb.append(part.strip());
            }
        }
        return sb.toString();
    }

    /** A table's own caption (if it has one) on its own line, then its rows framed by bars. */
    private static String tableText(ParsedTable t) {
        StringBuilder sb = new StringBuilder(t.caption() == null ? "" : t.caption());
        List<List<String>> lines = new ArrayList<>();
        lines.add(t.header());
        lines.addAll(t.rows());
        for (List<String> row : lines) {
            if (row.stream().allMatch(String::isBlank)) {
                continue;
            }
            if (!sb.isEmpty()) {
                sb.append('\n');
            }
            sb.append("| ").append(String.join(" | ", row)).append(" |");
        }
        return sb.toString();
    }

    /**
     * The tables with what they are about: their own caption, else the nearest heading above, joined with a
     * bold label line closer to the table ("Benchmarks / Instruction tuned models"); and the short note right
     * under a table, where conditions such as "with tools" are stated.
     */
    static List<ParsedTable> tables(List<Block> blocks) {
        List<ParsedTable> out = new ArrayList<>();
        String heading = null;
        String label = null;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.kind() == Block.Kind.HEADING && !b.text().isBlank()) {
                heading = b.text().strip();
                label = null;
            } else if (isLabel(b)) {
                label = Texts.stripTrailing(b.text().strip(), ":：");
            } else if (b.kind() == Block.Kind.TABLE) {
                ParsedTable t = b.table();
                String caption = t.caption() != null ? t.caption()
                        : heading != null && label != null ? heading + " / " + label
                        : label != null ? label : heading;
                out.add(t.withCaptionAndNotes(caption, i + 1 < blocks.size() ? note(blocks.get(i + 1)) : null));
            }
        }
        return out;
    }

    /**
     * A short paragraph all in bold on one line that is not a sentence or a labelled value ("**Base models**",
     * "**模型说明：**"): it names what follows, like a heading.
     */
    private static boolean isLabel(Block b) {
        if (b.kind() != Block.Kind.PARAGRAPH || !b.boldOnly() || b.text().contains("\n")) {
            return false;
        }
        String t = Texts.stripTrailing(b.text().strip(), ":：");
        if (t.isEmpty() || t.length() > LABEL_MAX || ".。!！?？;；,，".indexOf(t.charAt(t.length() - 1)) >= 0) {
            return false;
        }
        String lower = t.toLowerCase(Locale.ROOT);
        return (t.indexOf(':') < 0 && t.indexOf('：') < 0) || lower.startsWith("table") || lower.startsWith("表");
    }

    /** The text of a note under a table ("* with tools", "注：…", "Note: …", a paragraph in italics), or null. */
    private static String note(Block b) {
        String text = switch (b.kind()) {
            case PARAGRAPH, QUOTE -> b.text().strip();
            case LIST -> String.join("\n", b.items().stream().map(InlineText::text).toList()).strip();
            default -> "";
        };
        if (text.isEmpty() || text.length() > NOTE_MAX || isLabel(b)) {
            return null;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        String written = b.markdown() == null ? "" : b.markdown().strip();
        boolean italic = b.kind() == Block.Kind.PARAGRAPH && written.length() > 1
                && (written.charAt(0) == '*' || written.charAt(0) == '_') && written.charAt(1) != written.charAt(0)
                && !Character.isWhitespace(written.charAt(1));
        return italic || NOTE_STARTS.stream().anyMatch(lower::startsWith) ? text : null;
    }

    /** Links in document order, once per target (the one with a text wins). */
    private static List<Link> links(List<Block> blocks) {
        List<Link> all = new ArrayList<>();
        blocks.forEach(b -> all.addAll(b.links()));
        return dedupe(all);
    }

    private static List<Link> images(List<Block> blocks) {
        List<Link> all = new ArrayList<>();
        blocks.forEach(b -> all.addAll(b.images()));
        return dedupe(all);
    }

    private static List<Link> dedupe(List<Link> links) {
        Map<String, Link> byUrl = new LinkedHashMap<>();
        for (Link l : links) {
            byUrl.merge(l.url(), l, (a, b) -> a.text() == null ? b : a);
        }
        return List.copyOf(byUrl.values());
    }

    private static String firstUrl(String value) {
        return value != null && Urls.isWeb(value.strip()) ? value.strip() : null;
    }

    private static List<String> cleanTags(List<String> tags) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String t : tags) {
            String c = Texts.stripTrailing(collapse(t), "，,、。;；");
            if (!c.isEmpty() && out.size() < 50) {
                out.add(clip(c, 100));
            }
        }
        return List.copyOf(out);
    }

    static String collapse(String s) {
        return Texts.collapse(s);
    }

    static String clip(String s, int max) {
        return Texts.clip(s, max);
    }
}
