import {
  type APIRequestContext,
  expect,
  type Page,
  request as playwrightRequest,
  test,
} from '@playwright/test';
import { countRequests, expectAccessible, signInAsStaff, snap } from './public-helpers';

const API = `http://127.0.0.1:${process.env.E2E_API_PORT ?? 4100}`;

const next = (page: Page) => page.getByRole('button', { name: 'Lanjut' }).click();

async function fillWho(page: Page) {
  await page.getByLabel('Pemerintah desa').check();
  await page.getByLabel('Nama lembaga/kelompok').fill('Pemerintah Desa Uji Coba');
  await page.getByLabel('Nama penanggung jawab').fill('Budi Santoso');
  await page.getByLabel('Nomor HP/WhatsApp penanggung jawab').fill('0812 3456 7890');
}

async function pickFirst(page: Page, label: string) {
  const select = page.getByLabel(label, { exact: true });
  await expect(select.locator('option').nth(1)).toBeAttached();
  await select.selectOption({ index: 1 });
}

test('a request with its letter is sent, confirmed and tracked', async ({ page }, info) => {
  await page.goto('/ajukan');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ajukan permohonan pelatihan');
  await expectAccessible(page, 'form step 1');
  await fillWho(page);
  await snap(page, info, 'form-1-who');
  await next(page);

  await expect(page.getByRole('heading', { level: 2 })).toContainText('Lokasi');
  await page.getByLabel('Kabupaten/kota').selectOption({ label: 'Kabupaten Bangka' });
  await pickFirst(page, 'Kecamatan');
  await pickFirst(page, 'Desa/kelurahan');
  await page.getByLabel('Alamat tempat pelatihan').fill('Balai Desa, Jl. Raya No. 1');
  await expectAccessible(page, 'form step 2');
  await snap(page, info, 'form-2-where');
  await next(page);

  // Dedi Kurniawan teaches this program with a valid certificate; his seeded account
  // (dedi.kurniawan@) takes the instructor's steps below.
  const program = page.getByLabel('Program', { exact: true });
  await expect(program.locator('option').nth(1)).toBeAttached();
  await program.selectOption({ label: 'Operator Mesin Bubut' });
  await page.getByLabel('Perkiraan jumlah peserta').fill('16');
  await snap(page, info, 'form-3-what');
  await next(page);

  await page.getByLabel('Mulai paling cepat').fill('2027-03-01');
  await page.getByLabel('Selesai paling lambat').fill('2027-03-31');
  await next(page);

  await page.getByLabel('Surat permohonan resmi').setInputFiles({
    name: 'surat-permohonan.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n'),
  });
  await expect(page.getByText('Terunggah: surat-permohonan.pdf')).toBeVisible();
  await snap(page, info, 'form-5-letter');
  await next(page);

  await expect(page.getByText('Pemerintah Desa Uji Coba')).toBeVisible();
  await expectAccessible(page, 'form review');
  await snap(page, info, 'form-6-review');
  // Not sent before the consent line is ticked (UU 27/2022); the notice is one link away.
  await page.getByRole('button', { name: 'Kirim permohonan' }).click();
  await expect(page.locator('#f-privacyConsent-error')).toHaveText(
    'Centang persetujuan atas pemberitahuan privasi untuk melanjutkan',
  );
  await expect(page.getByRole('link', { name: 'Baca pemberitahuan privasi' })).toHaveAttribute(
    'href',
    '/privasi',
  );
  await page.getByRole('checkbox', { name: /Saya telah membaca pemberitahuan privasi/ }).check();
  await page.getByRole('button', { name: 'Kirim permohonan' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Permohonan terkirim');
  const code = (await page.getByTestId('tracking-code').textContent()) ?? '';
  expect(code).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
  // 16 Crockford base-32 characters, grouped for reading.
  expect((await page.getByTestId('access-token').textContent()) ?? '').toMatch(
    /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/,
  );
  await expect(page.getByText('hanya ditampilkan sekali')).toBeVisible();
  await expectAccessible(page, 'confirmation');
  await snap(page, info, 'confirmation');

  // The draft is gone once sent.
  expect(await page.evaluate('localStorage.getItem("blk.request-draft")')).toBeNull();

  await page.getByRole('link', { name: 'Lacak permohonan ini' }).click();
  await expect(page.getByTestId('status')).toBeVisible();
  await expect(page.getByRole('heading', { name: new RegExp(code) })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Batalkan permohonan' })).toBeVisible();
  await expectAccessible(page, 'track');
  await snap(page, info, 'track');

  // Staff take the request through the SOP, then the requester answers the survey.
  await progressToSurvey(code);
  await page.reload();
  await expect(page.getByText('Pelatihan sudah selesai')).toBeVisible();
  await page.getByRole('button', { name: 'Isi survei kepuasan' }).click();
  const questions = page.locator('fieldset.question');
  await expect(questions).toHaveCount(9);
  for (let i = 0; i < 9; i++) await questions.nth(i).getByRole('radio').nth(2).check();
  await page.getByRole('button', { name: 'Kirim survei' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Terima kasih');
  await snap(page, info, 'journey-survey-thanks');
});

/** Moves a request from received to awaiting the survey through the staff API. */
async function progressToSurvey(code: string) {
  const steps: [who: string, action: string, input: Record<string, unknown>][] = [
    ['petugas', 'verify', {}],
    [
      'kasi',
      'submit_assessment',
      {
        surveyDate: '2026-12-01',
        findings: 'Peserta siap, bengkel desa tersedia',
        localPotential: 'Bengkel las dan bubut',
        facilities: 'Balai desa, listrik 3 fase',
        recommendedProgramme: 'Operator Mesin Bubut',
      },
    ],
    ['kabid', 'approve', {}],
    [
      'koordinator',
      'schedule',
      { startDate: '2027-03-01', endDate: '2027-03-31', venue: 'Balai Desa' },
    ],
    // The class is months ahead: opening and closing it now needs a recorded reason.
    ['dedi.kurniawan', 'start', { overrideReason: 'Dimajukan atas permintaan desa' }],
    ['dedi.kurniawan', 'finish', { overrideReason: 'Dipadatkan; peserta belum dicatat' }],
    // The report's figures come from the class records; nothing is typed.
    ['dedi.kurniawan', 'submit_report', {}],
  ];
  for (const [who, action, input] of steps) {
    const staff = await playwrightRequest.newContext({ baseURL: API });
    await staffGql(staff, 'mutation($i: LoginInput!) { login(input: $i) { __typename } }', {
      i: { email: `${who}@blk.example`, password: 'BlkDemo#2026' },
    });
    const found = await staffGql(
      staff,
      'query($q: String) { trainingRequests(first: 1, filter: { search: $q }) { edges { node { id version } } } }',
      { q: code },
    );
    const node = found.trainingRequests.edges[0].node;
    if (action === 'schedule') {
      const suggestions = await staffGql(
        staff,
        'query($id: ID!) { instructorSuggestions(requestId: $id, startDate: "2027-03-01", endDate: "2027-03-31") { instructorId name } }',
        { id: node.id },
      );
      const dedi = suggestions.instructorSuggestions.find(
        (s: { name: string }) => s.name === 'Dedi Kurniawan',
      );
      input.instructors = [dedi.instructorId];
    }
    const done = await staffGql(
      staff,
      'mutation($id: ID!, $a: String!, $i: JSON, $v: Int!) { transitionTrainingRequest(id: $id, action: $a, input: $i, expectedVersion: $v) { __typename ... on Error { code message } } }',
      { id: node.id, a: action, i: input, v: node.version },
    );
    expect(done.transitionTrainingRequest, `${who} ${action}`).toMatchObject({
      __typename: 'TrainingRequest',
    });
    await staff.dispose();
  }
}

async function staffGql(
  ctx: APIRequestContext,
  query: string,
  variables: Record<string, unknown>,
  // biome-ignore lint/suspicious/noExplicitAny: test-only GraphQL responses
): Promise<any> {
  const res = await ctx.post('/graphql', { data: { query, variables } });
  const body = await res.json();
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data;
}

test('invalid input shows Indonesian messages beside the fields and stores nothing', async ({
  page,
  request,
}, info) => {
  await signInAsStaff(request);
  const before = await countRequests(request);
  await page.goto('/ajukan');
  await next(page);
  await expect(page.locator('#f-organizationName-error')).toHaveText('Wajib diisi');
  await expect(page.locator('#f-requesterType-error')).toHaveText('Wajib diisi');
  // Focus goes to the first invalid field.
  await expect(page.locator('#f-requesterType')).toBeFocused();
  await page.getByLabel('Nomor HP/WhatsApp penanggung jawab').fill('12345');
  await next(page);
  await expect(page.locator('#f-contactPhone-error')).toContainText('Nomor telepon');
  await expectAccessible(page, 'form errors');
  await snap(page, info, 'form-errors');

  await fillWho(page);
  await next(page);
  await page.getByLabel('Kabupaten/kota').selectOption({ label: 'Kabupaten Bangka' });
  await pickFirst(page, 'Kecamatan');
  await pickFirst(page, 'Desa/kelurahan');
  await page.getByLabel('Alamat tempat pelatihan').fill('Balai Desa');
  await next(page);
  // Neither a program nor a described need: the shared cross-field rule speaks.
  await page.getByLabel('Perkiraan jumlah peserta').fill('16');
  await next(page);
  await expect(page.locator('#f-needDescription-error')).toHaveText(
    'Pilih program pelatihan atau jelaskan kebutuhan pelatihan',
  );
  await page.getByLabel('Pelatihan yang dibutuhkan').fill('Pelatihan menjahit dasar untuk ibu-ibu');
  await next(page);
  await page.getByLabel('Mulai paling cepat').fill('2027-03-10');
  await page.getByLabel('Selesai paling lambat').fill('2027-03-01');
  await next(page);
  await expect(page.locator('#f-preferredEnd-error')).toHaveText(
    'Tanggal selesai tidak boleh sebelum tanggal mulai',
  );
  await page.getByLabel('Selesai paling lambat').fill('2027-03-20');
  await next(page);
  // A file of the wrong type is refused on the phone, before any upload.
  await page.getByLabel('Surat permohonan resmi').setInputFiles({
    name: 'surat.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: Buffer.from('PK fake'),
  });
  await expect(page.locator('#f-letter-error')).toContainText('Jenis file tidak didukung');
  await next(page);
  await expect(page.locator('#f-letter-error')).toHaveText('Lampirkan surat permohonan');
  expect(await countRequests(request)).toBe(before);
});

test('a reload in the middle of the form keeps what was typed', async ({ page }) => {
  await page.goto('/ajukan');
  await fillWho(page);
  await next(page);
  await page.getByLabel('Alamat tempat pelatihan').fill('Gedung Serbaguna RT 02');
  await page.reload();
  await expect(page.getByText('Isian Anda sebelumnya dipulihkan')).toBeVisible();
  await expect(page.getByLabel('Alamat tempat pelatihan')).toHaveValue('Gedung Serbaguna RT 02');
  await page.getByRole('button', { name: 'Kembali' }).click();
  await expect(page.getByLabel('Nama lembaga/kelompok')).toHaveValue('Pemerintah Desa Uji Coba');
  await expect(page.getByLabel('Pemerintah desa')).toBeChecked();
});
