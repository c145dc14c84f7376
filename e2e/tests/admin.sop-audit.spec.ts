import { expect as baseExpect, test } from '@playwright/test';
import { expectAccessible, signIn } from './admin-helpers';

// The SOP's monitoring and evaluation. Named to run before admin.sop-editor in a full run: that
// spec puts a new version in force today, which has no figures and no review due yet; this one
// evaluates the demo version, in force since January with months of requests.
// Each figure, save and draft waits on the API, which is slow on a busy 2-core machine.
const expect = baseExpect.configure({ timeout: 20_000 });

const CORRECTIVE = 'Verifikasi berkas dibagi dua petugas pada hari Senin.';
const ACTION = 'Mutu baku waktu verifikasi ditinjau pada revisi SOP berikutnya.';

test('the section head evaluates the SOP in force from its figures and starts a draft from the follow-up', async ({
  page,
}, info) => {
  test.setTimeout(240_000);
  // The demo SOP has been in force since January without an evaluation: the landing says so.
  await signIn(page, 'kasi');
  const notice = page.getByRole('alert').filter({ hasText: 'Evaluasi SOP sudah waktunya' });
  await expect(notice).toBeVisible();
  await notice.getByRole('link', { name: 'Buka evaluasi SOP' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Evaluasi SOP' })).toBeVisible();
  const schedule = page.getByRole('table', { name: 'Jadwal evaluasi' });
  await expect(schedule.getByRole('row').filter({ hasText: 'Sudah waktunya' })).toHaveCount(1);
  await expect(page.getByRole('table', { name: 'Evaluasi yang tercatat' })).toContainText(
    'Belum ada evaluasi tercatat.',
  );
  await expectAccessible(page, info, 'sop-reviews');

  // The review starts from the figures of the period: per office step, on time and median.
  await schedule.getByRole('link', { name: /^Mulai evaluasi versi \d+$/ }).click();
  const title = page.getByRole('heading', { level: 1, name: /^Evaluasi SOP versi \d+$/ });
  await expect(title).toBeVisible();
  await expect(page.getByText(/^\d+ permohonan pada periode ini\.$/)).toBeVisible();
  const steps = page.getByRole('group', { name: /^\d+\. / });
  await expect(steps.first()).toBeVisible();
  const count = await steps.count();
  expect(count).toBeGreaterThan(3);
  // At least one step has figures from the demo requests: how many were on time, and the median.
  await expect(
    page.getByText(/Tepat waktu: \d+ dari \d+ \(\d+%\)\. Median: [\d,]+ hari kerja\./).first(),
  ).toBeVisible();

  // The first step did not run well: it needs a corrective action, refused beside it until given.
  const first = steps.first();
  await first.getByRole('radio', { name: 'Tidak berjalan baik' }).check();
  await page.getByRole('button', { name: 'Simpan evaluasi' }).click();
  await expect(
    first.getByText('Tuliskan tindakan perbaikan untuk langkah yang tidak berjalan baik'),
  ).toBeVisible();
  await first.getByRole('textbox', { name: /^Tindakan perbaikan/ }).fill(CORRECTIVE);
  // The other steps keep the rating their figures suggest; a step without figures has no
  // suggestion (the reviewer decides), and every step that did not run well gets its action.
  for (let i = 1; i < count; i++) {
    const step = steps.nth(i);
    if (!(await step.getByRole('radio', { checked: true }).count()))
      await step.getByRole('radio', { name: 'Berjalan baik' }).check();
    if (await step.getByRole('radio', { name: 'Tidak berjalan baik', checked: true }).count())
      await step
        .getByRole('textbox', { name: /^Tindakan perbaikan/ })
        .fill(`Petugas langkah ${i + 1} dibriefing ulang tentang mutu baku waktunya.`);
  }
  await page.getByRole('button', { name: 'Tambah tindak lanjut' }).click();
  await page.getByRole('textbox', { name: /^Tindak lanjut 1/ }).fill(ACTION);
  await expectAccessible(page, info, 'sop-review-form');
  await page.getByRole('button', { name: 'Simpan evaluasi' }).click();

  // The recorded review: what was seen and decided.
  await expect(page.getByRole('status').filter({ hasText: 'Evaluasi tersimpan.' })).toBeVisible();
  await expect(
    page.getByRole('heading', { level: 1, name: /^Evaluasi SOP versi \d+, / }),
  ).toBeVisible();
  const ratings = page.getByRole('table', { name: 'Penilaian per langkah' });
  await expect(ratings.getByRole('row').filter({ hasText: CORRECTIVE })).toContainText(
    'Tidak berjalan baik',
  );
  await expect(page.getByRole('listitem').filter({ hasText: ACTION })).toBeVisible();
  await expectAccessible(page, info, 'sop-review');
  await page.screenshot({ path: info.outputPath('sop-review-recorded.png'), fullPage: true });

  // One click: a new draft whose change note is the follow-up, linked back to the review.
  await page.getByRole('button', { name: 'Mulai draf SOP dari tindak lanjut ini' }).click();
  await page.waitForURL(/\/sop\/versi\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name: /^SOP versi \d+$/ })).toBeVisible();
  await expect(page.getByText('Draf', { exact: true })).toBeVisible();
  const note = page.getByRole('textbox', { name: 'Catatan perubahan' });
  await expect(note).toHaveValue(/^Tindak lanjut evaluasi SOP periode/);
  await expect(note).toHaveValue(new RegExp(ACTION));
  await expect(note).toHaveValue(new RegExp(CORRECTIVE));
  const draftNo = (await page.getByRole('heading', { level: 1 }).textContent())?.match(/\d+/)?.[0];
  await page.screenshot({ path: info.outputPath('sop-review-draft.png'), fullPage: true });
  await page.getByRole('link', { name: /^Dimulai dari evaluasi SOP / }).click();
  await expect(
    page.getByRole('link', { name: `Draf tindak lanjut: versi ${draftNo}` }),
  ).toBeVisible();
  await expect(
    page.getByRole('button', { name: 'Mulai draf SOP dari tindak lanjut ini' }),
  ).toHaveCount(0);

  // The list: the review with its draft, and the SOP no longer due.
  await page.getByRole('link', { name: '← Kembali ke evaluasi SOP' }).click();
  const recorded = page.getByRole('table', { name: 'Evaluasi yang tercatat' });
  await expect(recorded.getByRole('row').filter({ hasText: `versi ${draftNo}` })).toContainText(
    /[1-9]\d* tidak berjalan baik/,
  );
  await expect(schedule.getByRole('row').filter({ hasText: 'Sudah waktunya' })).toHaveCount(0);
});
