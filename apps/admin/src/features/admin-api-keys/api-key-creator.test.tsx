import { MantineProvider } from '@mantine/core';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../lib/i18n';
import { ApiKeyCreator, type CreateKeyOutcome } from './api-key-creator';

const SECRET = 'blk_live_AbCd1234_secretpart_0123456789';

function setup(outcome: CreateKeyOutcome) {
  const create = vi.fn(async () => outcome);
  render(
    <MantineProvider env="test">
      <I18nProvider lang="id">
        <ApiKeyCreator create={create} />
      </I18nProvider>
    </MantineProvider>,
  );
  return { create, user: userEvent.setup() };
}

async function fillForm(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'Buat kunci API' }));
  await user.type(screen.getByLabelText(/Nama \/ keperluan/), 'Dasbor Bappeda');
  await user.click(screen.getByLabelText('catalog:read'));
  await user.click(screen.getByLabelText('reports:read'));
}

describe('ApiKeyCreator', () => {
  it('shows the new key once, with a warning and a copy button, and forgets it on close', async () => {
    const { create, user } = setup({ ok: true, key: SECRET, name: 'Dasbor Bappeda' });
    await fillForm(user);
    await user.click(
      screen.getAllByRole('button', { name: 'Buat kunci API' }).at(-1) as HTMLElement,
    );

    await waitFor(() =>
      expect(create).toHaveBeenCalledWith({
        name: 'Dasbor Bappeda',
        scopes: ['catalog:read', 'reports:read'],
        mode: 'live',
      }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Kunci API baru' });
    expect(dialog.textContent).toContain(SECRET);
    expect(dialog.textContent).toMatch(/tidak dapat ditampilkan lagi/);
    expect(screen.getByRole('button', { name: 'Salin kunci' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Saya sudah menyimpan kunci' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.body.textContent).not.toContain(SECRET);

    // Opening the form again never brings the old key back.
    await user.click(screen.getByRole('button', { name: 'Buat kunci API' }));
    expect(document.body.textContent).not.toContain(SECRET);
  });

  it('checks the shared schema before sending: a name and at least one scope', async () => {
    const { create, user } = setup({ ok: true, key: SECRET, name: 'x' });
    await user.click(screen.getByRole('button', { name: 'Buat kunci API' }));
    await user.click(
      screen.getAllByRole('button', { name: 'Buat kunci API' }).at(-1) as HTMLElement,
    );
    expect(
      await screen.findAllByText(/.+/, { selector: '.mantine-InputWrapper-error' }),
    ).not.toHaveLength(0);
    expect(create).not.toHaveBeenCalled();
  });

  it('puts a server validation issue beside its field and keeps the form open', async () => {
    const { user } = setup({
      ok: false,
      failure: {
        __typename: 'ValidationError',
        message: 'Periksa isian.',
        issues: [{ path: 'input.name', message: 'Nama sudah dipakai.' }],
      },
    });
    await fillForm(user);
    await user.click(
      screen.getAllByRole('button', { name: 'Buat kunci API' }).at(-1) as HTMLElement,
    );
    expect(await screen.findByText('Nama sudah dipakai.')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('Periksa isian.');
    expect(screen.queryByRole('dialog', { name: 'Kunci API baru' })).toBeNull();
  });
});
