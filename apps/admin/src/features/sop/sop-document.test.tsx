import { DEFAULT_SOP, layoutSopTable, renderSopDocument } from '@blk/sop';
import { MantineProvider } from '@mantine/core';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../lib/i18n';
import { SopFlowTable, SopIdentityTable } from './sop-document';

function wrap(node: React.ReactNode) {
  return render(
    <MantineProvider env="test">
      <I18nProvider lang="id">{node}</I18nProvider>
    </MantineProvider>,
  );
}

describe('SOP document pieces', () => {
  const doc = renderSopDocument(DEFAULT_SOP);

  it('draws the flow table page by page from the layout the PDF uses', () => {
    const { container } = wrap(<SopFlowTable document={doc} labelledBy="x" />);
    const layout = layoutSopTable(doc);
    expect(container.querySelectorAll('[data-page]')).toHaveLength(layout.pages.length);
    // "Lengkap?" (the front desk's own decision, a row of its own) and "Disetujui?".
    expect(container.querySelectorAll('[data-symbol="decision"]')).toHaveLength(2);
    expect(container.querySelectorAll('[data-symbol="terminator"]')).toHaveLength(5);
    expect(container.querySelectorAll('[data-symbol]')).toHaveLength(DEFAULT_SOP.steps.length + 1);
    const connectors = layout.pages.flatMap((p) => p.connectors).length;
    expect(container.querySelectorAll('[data-connector]')).toHaveLength(connectors);
    // The symbols sit where the layout puts them.
    const decision = layout.pages.flatMap((p) => p.symbols).find((s) => s.kind === 'decision');
    expect(decision?.stepKey).toBe('diterima.keputusan');
    expect(container.querySelector('[data-symbol="decision"]')?.getAttribute('points')).toBe(
      decision?.points.map((q) => q.join(',')).join(' '),
    );
    // Screen readers get the same rows as a table per page.
    const first = screen.getByRole('table', { name: 'Tabel kegiatan, halaman 1 dari 2' });
    const row = within(first)
      .getAllByRole('row')
      .find((r) => r.textContent?.includes('Menelaah hasil asesmen'));
    expect(row?.textContent).toContain('Kepala Bidang');
    expect(row?.textContent).toContain('2 hari kerja');
    expect(row?.textContent).toContain('Ya: Setujui (ke no. 6)');
    const check = within(first)
      .getAllByRole('row')
      .find((r) => r.textContent?.includes('Lengkap? Memutuskan'));
    expect(check?.textContent).toContain('Termasuk no. 1');
    expect(check?.textContent).toContain('Tidak: Kembalikan untuk dilengkapi (ke no. 4)');
  });

  it('shows the identity block in two panels with the pairs below', () => {
    const signed = structuredClone(DEFAULT_SOP);
    signed.identity.approvedBy = {
      name: 'Nama Pejabat',
      position: 'Kepala Dinas',
      nip: '197001012000031001',
      signedOn: '2026-11-30',
    };
    wrap(<SopIdentityTable identity={renderSopDocument(signed).identity} labelledBy="x" />);
    expect(screen.getByText('DINAS TENAGA KERJA PROVINSI KEPULAUAN BANGKA BELITUNG')).toBeTruthy();
    const approval = screen.getByRole('rowheader', { name: 'Disahkan oleh' }).closest('tr');
    expect(approval?.textContent).toContain('NIP 19700101 200003 1 001');
    expect(approval?.textContent).toContain('Tanggal 30 November 2026');
    expect(screen.getByText('Dasar Hukum:')).toBeTruthy();
    expect(screen.getByText('Pencatatan dan Pendataan:')).toBeTruthy();
  });
});
