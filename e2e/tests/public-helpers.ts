import AxeBuilder from '@axe-core/playwright';
import { type APIRequestContext, expect, type Page, type TestInfo } from '@playwright/test';

/** Runs axe on the page and fails on any serious or critical violation. */
export async function expectAccessible(page: Page, name: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    bad.map((v) => `${name}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target).join(' | ')}`),
  ).toEqual([]);
}

/** Saves a full-page screenshot of the current page under the test's output folder. */
export async function snap(page: Page, info: TestInfo, name: string) {
  await page.screenshot({ path: info.outputPath(`${name}.png`), fullPage: true });
}

async function gql<T>(request: APIRequestContext, query: string, variables = {}): Promise<T> {
  const response = await request.post('/graphql', {
    data: { query, variables },
    headers: { 'content-type': 'application/json' },
  });
  const body = (await response.json()) as { data: T; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data;
}

/** Signs the request context in as the demo front-desk officer (session cookie). */
export async function signInAsStaff(request: APIRequestContext) {
  await gql(
    request,
    'mutation { login(input: { email: "petugas@blk.example", password: "BlkDemo#2026" }) { __typename } }',
  );
}

/** Tracking codes of the requests in a state, as staff see them. */
export async function requestsInState(request: APIRequestContext, state: string) {
  const data = await gql<{
    trainingRequests: { edges: { node: { trackingCode: string } }[] };
  }>(
    request,
    'query ($s: [String!]) { trainingRequests(first: 100, filter: { states: $s }) { edges { node { trackingCode } } } }',
    { s: [state] },
  );
  return data.trainingRequests.edges.map((e) => e.node.trackingCode);
}

/** How many requests exist, as staff see them. */
export async function countRequests(request: APIRequestContext) {
  const data = await gql<{ trainingRequests: { edges: unknown[] } }>(
    request,
    '{ trainingRequests(first: 100) { edges { cursor } } }',
  );
  return data.trainingRequests.edges.length;
}
