import { expect, request as playwrightRequest, test } from '@playwright/test';
import { API, apiAs, expectAccessible, gql, signIn } from './admin-helpers';

test('a link to one message opens it even when the list on screen does not hold it', async ({
  page,
}, info) => {
  const anon = await playwrightRequest.newContext({ baseURL: API });
  const message = `Mohon informasi jadwal pelatihan las di Koba (${Date.now()}).`;
  const res = await anon.post('/graphql', {
    data: {
      query: `mutation($i: SubmitFeedbackInput!) { submitFeedback(input: $i) {
        __typename ... on SubmitFeedbackSuccess { trackingCode } } }`,
      variables: {
        i: { kind: 'pertanyaan', name: 'Sari Wulandari', message, privacyConsent: true },
      },
    },
  });
  const sent = (await res.json()).data.submitFeedback;
  expect(sent.__typename).toBe('SubmitFeedbackSuccess');
  const code: string = sent.trackingCode;
  await anon.dispose();

  const staff = await apiAs('petugas');
  const inbox = await gql(
    staff,
    'query { feedbackInbox(first: 50, status: received) { edges { node { id trackingCode } } } }',
  );
  const id: string = inbox.feedbackInbox.edges.find(
    (e: { node: { trackingCode: string } }) => e.node.trackingCode === code,
  ).node.id;
  await staff.dispose();

  // The list is filtered to closed messages, so the open one comes from `feedback(id)` alone.
  await signIn(page, 'petugas');
  await page.goto(`/pengaduan?status=closed&id=${id}`);
  const drawer = page.getByRole('dialog', { name: `Pesan ${code}` });
  await expect(drawer).toContainText(message);
  await expect(drawer).toContainText('Sari Wulandari');
  await expect(page.getByRole('row').filter({ hasText: code })).toHaveCount(0);
  await expectAccessible(page, info, 'complaint-deep-link');

  // An id that is not a message says so in words.
  await page.goto('/pengaduan?id=01900000-0000-7000-8000-000000000000');
  await expect(page.getByRole('dialog')).toContainText('Pesan ini tidak ditemukan.');
});
