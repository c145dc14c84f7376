import type { Viewer } from '../../graphql/context';
import { AppError } from '../../graphql/errors';

/**
 * What each role may do outside the SOP's own steps (those come from the SOP definition).
 * The admin app reads these as `viewer.can*` fields and shows only what the user may do.
 */
export const CAPABILITIES = {
  viewRequests: [
    'petugas_layanan',
    'kepala_seksi',
    'kepala_bidang',
    'koordinator_instruktur',
    'instruktur',
    'kepala_dinas',
    'admin_sistem',
  ],
  manageCatalogue: ['koordinator_instruktur', 'kepala_bidang', 'admin_sistem'],
  manageInstructors: ['koordinator_instruktur', 'admin_sistem'],
  manageParticipants: ['koordinator_instruktur', 'instruktur'],
  draftSop: ['kepala_seksi', 'kepala_bidang', 'kepala_dinas', 'admin_sistem'],
  approveSop: ['kepala_dinas'],
  /** SOP monitoring and evaluation (PermenPAN-RB 35/2012): the kepala seksi records it. */
  recordSopReview: ['kepala_seksi'],
  /** Reading SOP reviews and being reminded of them: the kepala seksi and the kepala dinas. */
  viewSopReviews: ['kepala_seksi', 'kepala_dinas'],
  manageServiceStandard: ['kepala_bidang', 'kepala_dinas'],
  viewPerformance: ['kepala_seksi', 'kepala_bidang', 'kepala_dinas', 'admin_sistem'],
  /** The IKM weight (1/9 or 0.111): the head of office answers for the published index. */
  manageSurveySettings: ['kepala_dinas'],
  handleComplaints: ['petugas_layanan', 'kepala_seksi', 'kepala_bidang', 'kepala_dinas'],
  manageUsers: ['admin_sistem'],
  manageApiKeys: ['admin_sistem'],
  manageHolidays: ['admin_sistem'],
  viewOutbox: ['admin_sistem', 'petugas_layanan'],
} as const satisfies Record<string, readonly string[]>;

export type Capability = keyof typeof CAPABILITIES;

/**
 * Need-to-know (UU 27/2022): roles that see and manage only the requests and classes they teach
 * (their staff account's instructor record is assigned to the class).
 */
const OWN_CLASSES_ONLY: readonly string[] = ['instruktur'];

/** True when a staff member with this role sees and manages only the classes they teach. */
export function ownClassesOnly(roleKey: string): boolean {
  return OWN_CLASSES_ONLY.includes(roleKey);
}

/** True when a staff member with this role has the capability. */
export function roleCan(roleKey: string, capability: Capability): boolean {
  return (CAPABILITIES[capability] as readonly string[]).includes(roleKey);
}

/**
 * The caller as a staff member who has the capability, for the REST routes (documents,
 * exports); anyone else is refused: UNAUTHENTICATED when not signed in, else FORBIDDEN.
 */
export function staffWith(
  viewer: Viewer,
  capability: Capability,
): Extract<Viewer, { kind: 'staff' }> {
  if (viewer.kind === 'anonymous') throw new AppError('UNAUTHENTICATED');
  if (viewer.kind !== 'staff' || !roleCan(viewer.user.roleKey, capability))
    throw new AppError('FORBIDDEN', `${viewer.kind} may not ${capability}`);
  return viewer;
}
