package ai.frontierwatch.articles.service;

/** What an ingestion did to one article. */
public enum IngestStatus { CREATED, UPDATED, UNCHANGED }
