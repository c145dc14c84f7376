import { describe, expect, it } from 'vitest';
import { DEFAULT_SOP } from './default-sop';
import { eventDetails, requesterAsk } from './event-details';

describe('eventDetails', () => {
  it('labels what an action recorded, in the SOP order, leaving out undeclared and empty keys', () => {
    const details = eventDetails(DEFAULT_SOP, {
      fromState: 'diterima',
      action: 'return_for_completion',
      inputs: { missingItems: 'Surat belum ditandatangani', secret: 'x', note: '' },
    });
    expect(details).toEqual([
      {
        key: 'missingItems',
        label: 'Kekurangan berkas',
        type: 'text',
        value: 'Surat belum ditandatangani',
      },
    ]);
  });

  it('includes the step kelengkapan before the action inputs, in English on request', () => {
    const details = eventDetails(
      DEFAULT_SOP,
      {
        fromState: 'menunggu_kelengkapan',
        action: 'complete',
        inputs: { note: 'Sudah ditandatangani', documents: ['a1'] },
      },
      'en',
    );
    expect(details.map((d) => [d.key, d.label, d.type])).toEqual([
      ['documents', 'Supplementary documents', 'file'],
      ['note', 'Note', 'text'],
    ]);
  });

  it('gives nothing for the submission, an unknown action or inputs that are not an object', () => {
    expect(eventDetails(DEFAULT_SOP, { fromState: null, action: 'submit', inputs: {} })).toEqual(
      [],
    );
    expect(
      eventDetails(DEFAULT_SOP, { fromState: 'diterima', action: 'nope', inputs: {} }),
    ).toEqual([]);
    expect(
      eventDetails(DEFAULT_SOP, { fromState: 'diterima', action: 'verify', inputs: 'x' }),
    ).toEqual([]);
  });
});

describe('requesterAsk', () => {
  const events = [
    { fromState: null, action: 'submit', toState: 'diterima', inputs: null },
    {
      fromState: 'diterima',
      action: 'return_for_completion',
      toState: 'menunggu_kelengkapan',
      inputs: { missingItems: 'Stempel desa' },
    },
  ];

  it('is what the office asked when the request waits on the requester', () => {
    expect(requesterAsk(DEFAULT_SOP, 'menunggu_kelengkapan', events)?.[0]?.value).toBe(
      'Stempel desa',
    );
  });

  it('is null while the office holds the request', () => {
    expect(requesterAsk(DEFAULT_SOP, 'diterima', events)).toBeNull();
  });
});
