import AxeBuilder from '@axe-core/playwright';
import {
  type APIRequestContext,
  type Browser,
  expect,
  type Page,
  request as playwrightRequest,
  type TestInfo,
} from '@playwright/test';

/** Shared by the admin specs: demo logins, the API the app talks to, sign-in and axe checks. */
export const PASSWORD = 'BlkDemo#2026';
export const API = `http://127.0.0.1:${process.env.E2E_API_PORT ?? 4100}`;
export const ADMIN = `http://127.0.0.1:${process.env.E2E_ADMIN_PORT ?? 4274}`;

/** Signs in with a full e-mail (or a demo login name, `@blk.example` added) and waits for the shell. */
export async function signIn(page: Page, who: string, password = PASSWORD) {
  await page.goto('/login');
  await page.getByLabel('E-mail').fill(who.includes('@') ? who : `${who}@blk.example`);
  await page.getByLabel('Kata sandi').fill(password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.getByTestId('viewer-name')).toBeVisible();
}

/** A fresh browser context signed in as `who`, for a second person at the same time. */
export async function pageAs(browser: Browser, who: string) {
  const context = await browser.newContext({ baseURL: ADMIN });
  const page = await context.newPage();
  await signIn(page, who);
  return page;
}

/** Saves a full-page screenshot, then axe-core must find no serious or critical violation. */
export async function expectAccessible(page: Page, info: TestInfo, name: string) {
  await page.screenshot({ path: info.outputPath(`${name}.png`), fullPage: true });
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    name,
  ).toEqual([]);
}

/** A staff API session, for setting up data the UI test then meets. */
export async function apiAs(who: string): Promise<APIRequestContext> {
  const ctx = await playwrightRequest.newContext({ baseURL: API });
  const res = await ctx.post('/graphql', {
    data: {
      query: `mutation($i: LoginInput!) { login(input: $i) { __typename } }`,
      variables: { i: { email: `${who}@blk.example`, password: PASSWORD } },
    },
  });
  expect((await res.json()).data.login.__typename).toBe('StaffUser');
  return ctx;
}

/** One GraphQL call that must not fail at the transport/schema level. */
export async function gql(
  ctx: APIRequestContext,
  query: string,
  variables: Record<string, unknown> = {},
) {
  const res = await ctx.post('/graphql', { data: { query, variables } });
  const body = await res.json();
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data;
}

/** Applies an SOP action to a request (found by its code) through the API, as `who`. */
export async function actViaApi(who: string, code: string, action: string, input: object) {
  const ctx = await apiAs(who);
  const found = await gql(
    ctx,
    `query($q: String) { trainingRequests(first: 1, filter: { search: $q }) { edges { node { id version } } } }`,
    { q: code },
  );
  const node = found.trainingRequests.edges[0].node;
  const done = await gql(
    ctx,
    `mutation($id: ID!, $a: String!, $i: JSON, $v: Int!) { transitionTrainingRequest(id: $id, action: $a, input: $i, expectedVersion: $v) { __typename } }`,
    { id: node.id, a: action, i: input, v: node.version },
  );
  expect(done.transitionTrainingRequest.__typename).toBe('TrainingRequest');
  await ctx.dispose();
}

/** Opens a request's detail page from the request table by searching its code. */
export async function openRequest(page: Page, code: string) {
  await page.getByRole('link', { name: 'Permohonan', exact: true }).click();
  await page.getByLabel('Cari').fill(code);
  await page.getByLabel('Cari').press('Enter');
  // The search re-renders the table; wait until it shows only this request before clicking.
  await expect(page.getByRole('row')).toHaveCount(2);
  await page.getByRole('link', { name: code }).click();
  await page.waitForURL(/\/permohonan\/[0-9a-f-]{36}/);
  await expect(page.getByText(code, { exact: true })).toBeVisible();
}
