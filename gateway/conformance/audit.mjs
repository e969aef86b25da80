// The official GraphQL-over-HTTP server audit (graphql-http) against a running gateway.
// node audit.mjs [URL]   (default http://localhost:8080/graphql); exit code 1 if any MUST fails.
import { auditServer } from 'graphql-http';

const url = process.argv[2] ?? process.env.GATEWAY_URL ?? 'http://localhost:8080/graphql';
const results = await auditServer({ url });

const counts = { ok: 0, notice: 0, warn: 0, error: 0 };
for (const result of results) {
  counts[result.status] += 1;
}
console.log(`graphql-http audit of ${url}: ${results.length} audits, ` +
  `${counts.ok} ok, ${counts.notice} notice, ${counts.warn} warn, ${counts.error} error`);
for (const result of results.filter((r) => r.status !== 'ok')) {
  console.log(`- [${result.status}] ${result.name}: ${result.reason}`);
}
process.exitCode = counts.error > 0 ? 1 : 0;
