// One page query (docs/pages/model-page.graphql) through Apollo Client (core, HttpLink) and urql, unmodified,
// against a running gateway with the sample data. node clients.mjs [URL]; exit code 1 if either fails.
import { readFileSync } from 'node:fs';
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { Client, cacheExchange, fetchExchange } from '@urql/core';

const url = process.argv[2] ?? process.env.GATEWAY_URL ?? 'http://localhost:8080/graphql';
const page = gql(readFileSync(new URL('../docs/pages/model-page.graphql', import.meta.url), 'utf8'));
const variables = { slug: 'gpt-5-2', from: '2025-12-01', to: '2025-12-31' };

function summary(model) {
  return model ? `${model.name}: ${model.results.length} results, ${model.ranks.length} ranks, `
    + `${model.latestArticles.length} latest articles, ${model.mentionTrend.length} trend points` : 'no model';
}

let failed = false;
async function check(name, run) {
  try {
    const { data, errors } = await run();
    if (errors?.length || !data?.model) {
      failed = true;
      console.log(`${name}: FAILED ${JSON.stringify(errors ?? data)}`);
    } else {
      console.log(`${name}: ok — ${summary(data.model)}`);
    }
  } catch (e) {
    failed = true;
    console.log(`${name}: FAILED ${e.message}`);
  }
}

const apollo = new ApolloClient({ link: new HttpLink({ uri: url }), cache: new InMemoryCache() });
await check('@apollo/client (HttpLink, POST)', async () => {
  const result = await apollo.query({ query: page, variables });
  return { data: result.data, errors: result.error ? [result.error.message] : undefined };
});

const urql = new Client({ url, exchanges: [cacheExchange, fetchExchange] });
await check('@urql/core (GET for queries by default)', async () => {
  const result = await urql.query(page, variables).toPromise();
  return { data: result.data, errors: result.error ? [result.error.message] : undefined };
});

process.exitCode = failed ? 1 : 0;
