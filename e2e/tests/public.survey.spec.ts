import { expect, test } from '@playwright/test';
import { expectAccessible, requestsInState, signInAsStaff, snap } from './public-helpers';

test('a requester whose training is over answers the survey and sees the index', async ({
  page,
  request,
}, info) => {
  await signInAsStaff(request);
  const [code] = await requestsInState(request, 'menunggu_survei');
  expect(code).toBeTruthy();

  await page.goto('/lacak');
  await page.getByLabel('Kode pelacakan').fill(code ?? '');
  await page.getByRole('textbox', { name: 'Token akses' }).fill('dem0 2026 babe 7k2m');
  await page.getByRole('button', { name: 'Lacak', exact: true }).click();
  await expect(page.getByText('Pelatihan sudah selesai')).toBeVisible();
  await snap(page, info, 'track-survey-open');
  await page.getByRole('button', { name: 'Isi survei kepuasan' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Survei kepuasan masyarakat');
  const questions = page.locator('fieldset.question');
  await expect(questions).toHaveCount(9);
  // Sending with nothing answered points at the first question.
  await page.getByRole('button', { name: 'Kirim survei' }).click();
  await expect(page.locator('#f-u1-error')).toHaveText('Pilih salah satu jawaban');
  await expectAccessible(page, 'survey');
  for (let i = 0; i < 9; i++) await questions.nth(i).getByRole('radio').nth(3).check();
  await page.getByLabel('Saran atau komentar').fill('Instrukturnya sabar dan jelas.');
  await snap(page, info, 'survey');
  await page.getByRole('button', { name: 'Kirim survei' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Terima kasih');
  await expect(page.getByTestId('ikm')).toBeVisible();
  await expectAccessible(page, 'survey thanks');
  await snap(page, info, 'survey-thanks');
});
