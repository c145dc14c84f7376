/**
 * The life of a document kept in signed versions: an SOP version and a service standard version
 * alike. A draft is written and changed, submitted for review, approved (signed by the head of
 * office) and published (in force); publishing one supersedes the version in force before it.
 */
export const VERSION_STATUSES = [
  'draft',
  'submitted',
  'approved',
  'published',
  'superseded',
] as const;
export type VersionStatus = (typeof VERSION_STATUSES)[number];

/** What staff do to a version, and the status each takes it from and to. */
export const VERSION_STEPS = {
  submit: { from: 'draft', to: 'submitted' },
  approve: { from: 'submitted', to: 'approved' },
  publish: { from: 'approved', to: 'published' },
} as const satisfies Record<string, { from: VersionStatus; to: VersionStatus }>;
export type VersionStep = keyof typeof VERSION_STEPS;

/** Publishing a version supersedes the one in force before it. */
export const SUPERSEDED_BY_PUBLISHING = { from: 'published', to: 'superseded' } as const satisfies {
  from: VersionStatus;
  to: VersionStatus;
};

/** The status a version must be at for `step`; only a draft can be changed (`edit`). */
export function versionStatusFor(step: VersionStep | 'edit'): VersionStatus {
  return step === 'edit' ? 'draft' : VERSION_STEPS[step].from;
}

/** Why a version at `status` cannot take `step` (`submitted, not draft`), or null when it can. */
export function versionStepRefusal(status: string, step: VersionStep | 'edit'): string | null {
  const needed = versionStatusFor(step);
  return status === needed ? null : `${status}, not ${needed}`;
}

/** A new draft's number: one after the highest so far (the first version is 1). */
export function nextVersionNo(highest: number | null | undefined): number {
  return (highest ?? 0) + 1;
}
