import { MantineProvider } from '@mantine/core';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Provider } from 'urql';
import { describe, expect, it, vi } from 'vitest';
import { fakeApi } from '../../fake-api';
import { I18nProvider } from '../../lib/i18n';
import { ProgramForm } from './program-form';

const KEJURUAN = [{ code: 'LAS', name: 'Teknik Las' }];

/** A fake API answering every program mutation with `answer`, recording the inputs. */
function setup(answer: unknown) {
  const api = fakeApi({
    Programs_Create: () => answer,
    Programs_Update: () => answer,
  });
  const onDone = vi.fn();
  render(
    <MantineProvider>
      <I18nProvider lang="id">
        <Provider value={api.client}>
          <ProgramForm
            program={null}
            kejuruan={KEJURUAN}
            onDone={onDone}
            onCancel={() => {}}
            onStale={() => {}}
          />
        </Provider>
      </I18nProvider>
    </MantineProvider>,
  );
  return { calls: api.calls, onDone, user: userEvent.setup() };
}

async function fillValid(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByRole('textbox', { name: /Kode program/ }), 'las-pgr-01');
  await user.click(screen.getByRole('textbox', { name: /Kejuruan/ }));
  // The dropdown keeps display:none in happy-dom (no transitions), so the option is clicked directly.
  fireEvent.click(await screen.findByRole('option', { name: 'Teknik Las (LAS)', hidden: true }));
  await user.type(screen.getByRole('textbox', { name: /Nama program/ }), 'Pengelasan Pagar');
  await user.type(
    screen.getByRole('textbox', { name: /Persyaratan peserta/ }),
    'KTP{enter}{enter}Sehat',
  );
}

// Typing a whole program key by key takes a few seconds in happy-dom.
describe('ProgramForm', { timeout: 20_000 }, () => {
  it('words the shared rules beside their fields, numbers included, and sends nothing', async () => {
    const { calls, user } = setup({});
    await user.click(screen.getByRole('button', { name: 'Tambah program' }));
    expect(await screen.findByText('Minimal 3 karakter')).toBeTruthy();
    await fillValid(user);
    await user.click(screen.getByRole('button', { name: 'Tambah unit' }));
    await user.type(screen.getByRole('textbox', { name: /Kode unit 1/ }), 'C.01');
    await user.type(screen.getByRole('textbox', { name: /Judul unit 1/ }), 'Mengelas');
    const jp = screen.getByRole('textbox', { name: /JP unit 1/ });
    await user.clear(jp);
    await user.type(jp, '200');
    await user.click(screen.getByRole('button', { name: 'Tambah program' }));
    expect(
      await screen.findByText('Jumlah JP unit kompetensi (200) melebihi durasi program (80 JP)'),
    ).toBeTruthy();
    expect(calls).toEqual([]);
  });

  it('sends the parsed program (blank lines dropped) and puts a server refusal beside its field', async () => {
    const { calls, onDone, user } = setup({
      createProgram: {
        __typename: 'ValidationError',
        message: 'Periksa isian',
        issues: [{ path: 'input.code', message: 'Kode ini sudah dipakai' }],
      },
    });
    await fillValid(user);
    await user.click(screen.getByRole('button', { name: 'Tambah program' }));
    expect(await screen.findByText('Kode ini sudah dipakai')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('Periksa isian');
    expect(screen.getByRole('textbox', { name: /Kode program/ }).getAttribute('aria-invalid')).toBe(
      'true',
    );
    expect(onDone).not.toHaveBeenCalled();
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]?.variables.input).toMatchObject({
      code: 'LAS-PGR-01',
      kejuruan: 'LAS',
      name: 'Pengelasan Pagar',
      requirements: ['KTP', 'Sehat'],
      siteRequirements: [],
      description: null,
      ageMin: 17,
      ageMax: 40,
    });
  });
});
