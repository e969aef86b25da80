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
 * Reads a document by its structure, never by its name: YAML front matter, Markdown blocks, labelled
 * fields. A document whose sections at one heading level each carry a labelled source (来源/Source), or
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

    /** A heading and the blocks under it (up to the next heading of the same or a higher level). */
    private record Section(Block heading, List<Block> blocks) {
        String markdown() {
            StringBuilder sb = new StringBuilder(heading.source());
            blocks.forEach(b -> sb.append("\n\n").append(b.source()));
            return sb.toString();
        }
    }

    public ParsedDocument parse(String text) {
        FrontMatter fm = FrontMatter.split(text);
        String body = TemplateNoise.clean(fm.body()).strip();
        List<Block> blocks = Blocks.parse(body);
        List<String> docWarnings = new ArrayList<>();
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
            title = firstLine(body.isEmpty() ? plain : body);
            titleSource = TitleSource.FIRST_LINE;
            warnings.add("The document has no title: its first line is used as the title");
        }

        Map<Field, String> topFields = Fields.readAll(blocks.subList(0, Math.min(6, blocks.size())));
        Link sourceLink = topFields.containsKey(Field.SOURCE) ? Inline.firstLink(topFields.get(Field.SOURCE)) : null;

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
            source = Inline.plain(topFields.get(Field.SOURCE)).strip();
        }
        if (source == null && url != null) {
            source = Urls.host(url);
        }

        PublishedDate published = frontMatterDate(fm, language, warnings);
        if (published == null && !hasDateField(fm)) {
            published = Dates.findInText(title, language)
                    .or(() -> Dates.findInText(firstLines(body, 5), language)).orElse(null);
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
                clip(category, 200), cleanTags(tags), summary, keyPoints, body, plain, tables(blocks), links(body),
                images(body), metadata, warnings);
    }

    private static String headingTitle(List<Block> blocks) {
        for (Block b : blocks) {
            if (b.kind() == Block.Kind.HEADING && b.level() == 1 && !b.text().isBlank()) {
                return Inline.plain(b.text()).strip();
            }
        }
        for (int i = 0; i < Math.min(3, blocks.size()); i++) {
            Block b = blocks.get(i);
            if (b.kind() == Block.Kind.HEADING && !b.text().isBlank()) {
                return Inline.plain(b.text()).strip();
            }
        }
        return null;
    }

    private static String firstLine(String text) {
        for (String line : text.split("\n")) {
            String t = Inline.plain(line).replaceAll("^[#>*\\-\\s]+", "").strip();
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
            String d = collapse(Inline.plain(description.replaceAll("(^|\\s)>\\s", " ")));
            if (!d.isEmpty() && !d.equalsIgnoreCase(title)) {
                return clip(d, SUMMARY_MAX);
            }
        }
        for (Section s : sections(blocks, 0)) {
            if (SUMMARY_SECTION.matcher(s.heading().text().toLowerCase(Locale.ROOT)).find()) {
                for (Block b : s.blocks()) {
                    if (b.kind() == Block.Kind.PARAGRAPH || b.kind() == Block.Kind.QUOTE) {
                        return clip(collapse(Inline.plain(b.text())), SUMMARY_MAX);
                    }
                    if (b.kind() == Block.Kind.LIST) {
                        return clip(collapse(String.join("; ", b.items().stream().map(Inline::plain).toList())), SUMMARY_MAX);
                    }
                }
            }
        }
        for (int i = 0; i < Math.min(2, blocks.size()); i++) {
            if (blocks.get(i).kind() == Block.Kind.QUOTE) {
                return clip(collapse(Inline.plain(blocks.get(i).text())), SUMMARY_MAX);
            }
        }
        for (Block b : blocks) {
            if (b.kind() == Block.Kind.PARAGRAPH) {
                String p = collapse(Inline.plain(b.text()));
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
                        return b.items().stream().map(i -> collapse(Inline.plain(i))).filter(i -> !i.isEmpty()).toList();
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
                int links = links(s.markdown()).size();
                docWarnings.add("Section '" + Inline.plain(s.heading().text()).strip() + "' is not an entry (no source): "
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
        Map<Field, String> fields = Fields.readAll(section.blocks());
        String markdown = section.markdown();
        List<Block> blocks = new ArrayList<>();
        blocks.add(section.heading());
        blocks.addAll(section.blocks());
        String plain = plainText(blocks);
        String language = Languages.detect(plain);
        String title = Inline.plain(section.heading().text()).strip();

        String sourceValue = fields.get(Field.SOURCE);
        String url;
        String source;
        String category = fields.containsKey(Field.CATEGORY) ? collapse(Inline.plain(fields.get(Field.CATEGORY))) : null;
        String insight = fields.get(Field.INSIGHT);
        if (sourceValue != null) {
            Link link = Inline.firstLink(sourceValue);
            url = link == null ? null : link.url();
            source = link != null && link.text() != null && !link.text().isBlank() ? link.text()
                    : link == null ? collapse(Inline.plain(sourceValue)) : Urls.host(link.url());
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
                category = HEADING_COUNT.matcher(headingLabel(parent)).replaceFirst("");
            }
            if (insight == null) {
                insight = longestParagraph(section.blocks());
            }
            title = ENUMERATION.matcher(title).replaceFirst("");
        }

        PublishedDate published = digestDate;
        if (fields.containsKey(Field.DATE)) {
            Optional<PublishedDate> own = Dates.parse(Inline.plain(fields.get(Field.DATE)), language);
            if (own.isPresent()) {
                published = own.get();
            } else {
                warnings.add("The entry date '" + clip(fields.get(Field.DATE), 60) + "' does not read as a date");
            }
        }
        List<String> keyPoints = entryKeyPoints(section.blocks());
        String author = fields.containsKey(Field.AUTHOR) ? collapse(Inline.plain(fields.get(Field.AUTHOR))) : null;
        Map<String, Object> metadata = new LinkedHashMap<>();
        if (digestTitle != null) {
            metadata.put("digest", digestTitle);
        }
        metadata.put("digestEntry", index);
        return new ParsedArticle(clip(title, 500), TitleSource.DIGEST_ENTRY, url, clip(source, 200), author,
                published, language,
                category == null || category.isEmpty() ? null : clip(category, 200),
                cleanTags(digestTags), insight == null ? null : clip(collapse(Inline.plain(insight)), 4000), keyPoints,
                markdown, plain, tables(blocks), links(markdown), images(markdown), metadata, warnings);
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
            List<Link> links = new ArrayList<>();
            Inline.collectLinks(b.text(), links);
            for (Link l : links) {
                if (l.text() != null && READ_ORIGINAL.matcher(l.text().strip().toLowerCase(Locale.ROOT)).matches()
                        && Inline.isWebUrl(l.url())) {
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
            for (String line : b.text() == null ? new String[0] : b.text().split("\n")) {
                if (!line.contains(link.url()) || !line.contains("|")) {
                    continue;
                }
                String first = line.split("\\|")[0];
                if (first.contains("](") || first.contains(":") || first.contains("：")) {
                    return null;
                }
                String name = collapse(Inline.plain(first).replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N})）]+$", ""));
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
        String line = Inline.plain(blocks.get(0).text()).strip();
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
        return collapse(Inline.plain(heading.text()).replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N})）]+$", ""));
    }

    private static String longestParagraph(List<Block> blocks) {
        String best = null;
        for (Block b : blocks) {
            if (b.kind() == Block.Kind.PARAGRAPH) {
                String plain = LEADING_LABEL.matcher(collapse(Inline.plain(b.text()))).replaceFirst("");
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
                for (String line : b.text().split("\n")) {
                    Map.Entry<Field, String> f = Fields.read(line);
                    if (f != null && f.getKey() == Field.KEY_POINTS) {
                        start = i + 1;
                    }
                }
            }
        }
        for (int i = start; i < blocks.size(); i++) {
            if (blocks.get(i).kind() == Block.Kind.LIST) {
                return blocks.get(i).items().stream().map(s -> collapse(Inline.plain(s))).filter(s -> !s.isEmpty()).toList();
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

    static String plainText(List<Block> blocks) {
        StringBuilder sb = new StringBuilder();
        for (Block b : blocks) {
            String part = switch (b.kind()) {
                case HEADING, PARAGRAPH, QUOTE -> Inline.plain(b.text());
                case LIST -> String.join("\n", b.items().stream().map(Inline::plain).toList());
                case TABLE -> String.join("\n", b.items().stream().filter(r -> !isSeparator(r))
                        .map(r -> String.join(" | ", Blocks.cells(r).stream().map(c -> Inline.plain(c).strip()).toList()))
                        .toList());
                case CODE -> b.text();
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

    static List<ParsedTable> tables(List<Block> blocks) {
        List<ParsedTable> out = new ArrayList<>();
        String caption = null;
        for (Block b : blocks) {
            if (b.kind() == Block.Kind.HEADING) {
                caption = Inline.plain(b.text()).strip();
            } else if (b.kind() == Block.Kind.TABLE) {
                List<ParsedTable.BoldCell> bold = new ArrayList<>();
                List<String> header = cellsOf(b.items().get(0), -1, bold);
                List<List<String>> rows = new ArrayList<>();
                for (int i = 1; i < b.items().size(); i++) {
                    if (i == 1 && isSeparator(b.items().get(i))) {
                        continue;
                    }
                    rows.add(cellsOf(b.items().get(i), rows.size(), bold));
                }
                out.add(new ParsedTable(caption, header, rows, bold));
            }
        }
        return out;
    }

    private static List<String> cellsOf(String row, int rowIndex, List<ParsedTable.BoldCell> bold) {
        List<String> cells = Blocks.cells(row);
        List<String> out = new ArrayList<>(cells.size());
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            if (cell.matches("^(\\*\\*|__).+\\1$")) {
                bold.add(new ParsedTable.BoldCell(rowIndex, c));
            }
            out.add(Inline.plain(cell).strip());
        }
        return out;
    }

    private static boolean isSeparator(String row) {
        return row.matches("^[\\s|:\\-]+$") && row.contains("-");
    }

    private static List<Link> links(String markdown) {
        List<Link> all = new ArrayList<>();
        Inline.collectLinks(markdown, all);
        return dedupe(all);
    }

    private static List<Link> images(String markdown) {
        List<Link> all = new ArrayList<>();
        Inline.collectImages(markdown, all);
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
        return value != null && Inline.isWebUrl(value.strip()) ? value.strip() : null;
    }

    private static List<String> cleanTags(List<String> tags) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String t : tags) {
            String c = collapse(t).replaceAll("[\\s，,、。;；]+$", "");
            if (!c.isEmpty() && out.size() < 50) {
                out.add(clip(c, 100));
            }
        }
        return List.copyOf(out);
    }

    static String collapse(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }

    static String clip(String s, int max) {
        if (s == null) {
            return null;
        }
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
