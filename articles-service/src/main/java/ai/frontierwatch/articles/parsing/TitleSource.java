package ai.frontierwatch.articles.parsing;

/** Where an article's title came from; FIRST_LINE marks a guess from a document without markup. */
public enum TitleSource { REQUEST, FRONT_MATTER, HEADING, DIGEST_ENTRY, FIRST_LINE }
