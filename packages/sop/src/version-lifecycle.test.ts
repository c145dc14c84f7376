import { describe, expect, it } from 'vitest';
import {
  nextVersionNo,
  SUPERSEDED_BY_PUBLISHING,
  VERSION_STATUSES,
  VERSION_STEPS,
  type VersionStep,
  versionStatusFor,
  versionStepRefusal,
} from './version-lifecycle';

describe('the version lifecycle', () => {
  it('takes a draft through review and signing to publication, one status at a time', () => {
    let status: string = 'draft';
    for (const step of ['submit', 'approve', 'publish'] as const) {
      expect(versionStepRefusal(status, step)).toBeNull();
      status = VERSION_STEPS[step].to;
    }
    expect(status).toBe('published');
  });

  it.each([
    ['submit', 'submitted', 'submitted, not draft'],
    ['submit', 'approved', 'approved, not draft'],
    ['approve', 'draft', 'draft, not submitted'],
    ['approve', 'approved', 'approved, not submitted'],
    ['publish', 'submitted', 'submitted, not approved'],
    ['publish', 'published', 'published, not approved'],
    ['publish', 'superseded', 'superseded, not approved'],
  ] as const)('refuses to %s a version that is %s', (step: VersionStep, status, reason) => {
    expect(versionStepRefusal(status, step)).toBe(reason);
  });

  it('lets only a draft change', () => {
    for (const status of VERSION_STATUSES)
      expect(versionStepRefusal(status, 'edit') === null).toBe(status === 'draft');
    expect(versionStatusFor('edit')).toBe('draft');
  });

  it('never steps into a draft, and leaves superseding to publication', () => {
    const targets = Object.values(VERSION_STEPS).map((s) => s.to);
    expect(targets).not.toContain('draft');
    expect(targets).not.toContain('superseded');
    expect(SUPERSEDED_BY_PUBLISHING).toEqual({ from: VERSION_STEPS.publish.to, to: 'superseded' });
  });

  it('numbers a new draft one after the highest, starting at 1', () => {
    expect(nextVersionNo(null)).toBe(1);
    expect(nextVersionNo(undefined)).toBe(1);
    expect(nextVersionNo(4)).toBe(5);
  });
});
