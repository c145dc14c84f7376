import { attachingRoles, DEFAULT_ROLES, DEFAULT_SOP, type DefaultRole } from '@blk/sop';
import type { Viewer } from '../../graphql/context';
import { CAPABILITIES } from './capabilities';

/**
 * The access policy of the API in one table: who may run each mutation (role × operation) and
 * who may read each field holding personal data (role × sensitive field). The schema reads it:
 * the access-policy plugin puts `authScopes: { policy: key }` on every mutation and field listed
 * here, and the generated access matrix (`policy.test.ts`) fails for a mutation or sensitive
 * field without a row, so a new one cannot ship unreviewed.
 *
 * Rows decide by role. Need-to-know per row (an instructor only for their own class) is checked
 * where the rows are loaded and is named in `rowLevel`.
 */

/** Who calls: nobody signed in, an integrator's API key, or staff in one of the roles. */
export type Principal = 'anonymous' | 'integrator' | DefaultRole;

/** Every principal, in the order the access matrix prints them. */
export const PRINCIPALS: readonly Principal[] = ['anonymous', 'integrator', ...DEFAULT_ROLES];

/**
 * `everyone`: public (no login); `staff`: any signed-in staff role; else these roles. API keys are
 * read-only: they read what `everyone` may and never run a mutation (refused before it runs).
 */
export type Audience = 'everyone' | 'staff' | readonly DefaultRole[];

/** One row of the policy. */
export interface PolicyRule {
  allow: Audience;
  /** Why these and not others, in one line. */
  reason: string;
  /** The per-row rule the service applies on top, if any. */
  rowLevel?: string;
}

type Roles = readonly DefaultRole[];
const roles = (list: readonly string[]): Roles => list as Roles;

/**
 * Roles that see a requester's contact data (contact person, phone, e-mail), one reason each:
 * - petugas_layanan: verifies the request and asks the requester for missing documents;
 * - kepala_seksi: arranges the needs-assessment visit (survei lokasi) with the requester;
 * - koordinator_instruktur: agrees dates and venue with the requester when scheduling;
 * - instruktur: meets the requester on site, and sees only the requests of their own classes.
 * Not kepala_bidang (decides on the assessment report), kepala_dinas (oversight and figures),
 * admin_sistem (accounts and reference data) nor API keys: no step of theirs needs it.
 */
export const CONTACT_ROLES: Roles = [
  'petugas_layanan',
  'kepala_seksi',
  'koordinator_instruktur',
  'instruktur',
];

/**
 * Roles that see participants' birth date, phone and address, and may reveal a whole NIK: the
 * ones who enrol participants and check them against the KTP (the coordinator, and instructors
 * for their own class). Every other role sees names, attendance, scores and a masked NIK.
 */
export const PARTICIPANT_DATA_ROLES: Roles = roles(CAPABILITIES.manageParticipants);

const OWN_CLASS = 'instruktur: only a class they are assigned to';
const SIGNERS = roles(
  CAPABILITIES.manageServiceStandard.filter((r) =>
    (CAPABILITIES.approveSop as readonly string[]).includes(r),
  ),
);

const REVIEW_DRAFTERS = roles(
  CAPABILITIES.viewSopReviews.filter((r) =>
    (CAPABILITIES.draftSop as readonly string[]).includes(r),
  ),
);
/** Roles that edit some kind of draft: SOP drafts (draftSop) or standard drafts. */
const CONSULTATION_EDITORS = roles([
  ...new Set([...CAPABILITIES.draftSop, ...CAPABILITIES.manageServiceStandard]),
]);
const DRAFT_KIND =
  'an SOP draft: draftSop roles; a service-standard draft: manageServiceStandard roles; only while a draft';

const rule = (allow: Audience, reason: string, rowLevel?: string): PolicyRule =>
  rowLevel ? { allow, reason, rowLevel } : { allow, reason };
const capability = (c: keyof typeof CAPABILITIES, reason: string, rowLevel?: string) =>
  rule(roles(CAPABILITIES[c]), reason, rowLevel);

/** Role × operation: every mutation of the schema. */
export const MUTATION_POLICY: Readonly<Record<string, PolicyRule>> = {
  // Public: the requester has no account; ownership is proven by the access token.
  submitTrainingRequest: rule('everyone', 'anyone may ask for training'),
  cancelTrainingRequest: rule('everyone', 'the requester, proven by the access token'),
  submitSatisfactionSurvey: rule('everyone', 'the requester, proven by the access token'),
  attachToTrainingRequest: rule('everyone', 'the requester, proven by the access token'),
  answerRequesterTask: rule('everyone', 'the requester, proven by the access token'),
  submitFeedback: rule('everyone', 'anyone may complain or suggest (UU 25/2009)'),
  login: rule('everyone', 'signing in needs no session'),
  logout: rule('everyone', 'ends the caller’s own session, if any'),
  // Any staff member, on their own account or through the SOP.
  changePassword: rule('staff', 'each staff member changes their own password'),
  transitionTrainingRequest: rule(
    'staff',
    'the SOP version in force decides role and step per action',
    'assignedOnly actions: the instructors assigned to the class',
  ),
  attachFileToRequest: rule(
    roles(attachingRoles(DEFAULT_SOP)),
    'the pelaksana of the request’s current step files that step’s documents',
    'the role of the current step, a kind listed for it (STEP_ATTACHMENT_KINDS), an open request; instruktur: own class',
  ),
  // The class: participants, attendance, scores.
  addParticipant: capability('manageParticipants', 'enrolment is the coordinator’s', OWN_CLASS),
  importParticipants: capability('manageParticipants', 'as addParticipant', OWN_CLASS),
  removeParticipant: capability('manageParticipants', 'as addParticipant', OWN_CLASS),
  recordAttendance: capability('manageParticipants', 'instructors keep the register', OWN_CLASS),
  recordTestScores: capability('manageParticipants', 'instructors give the tests', OWN_CLASS),
  revealParticipantNik: rule(
    PARTICIPANT_DATA_ROLES,
    'checking a KTP at enrolment or for certification; audited',
    OWN_CLASS,
  ),
  setIkmWeight: capability(
    'manageSurveySettings',
    'the head of office answers for the published IKM',
  ),
  // Catalogue, instructors, holidays, users, keys.
  createProgram: capability('manageCatalogue', 'the catalogue is owned by the bidang'),
  updateProgram: capability('manageCatalogue', 'the catalogue is owned by the bidang'),
  archiveProgram: capability('manageCatalogue', 'the catalogue is owned by the bidang'),
  restoreProgram: capability('manageCatalogue', 'the catalogue is owned by the bidang'),
  createKejuruan: capability('manageCatalogue', 'the catalogue is owned by the bidang'),
  updateKejuruan: capability('manageCatalogue', 'the catalogue is owned by the bidang'),
  createInstructor: capability('manageInstructors', 'the coordinator keeps the roster'),
  updateInstructor: capability('manageInstructors', 'the coordinator keeps the roster'),
  archiveInstructor: capability('manageInstructors', 'the coordinator keeps the roster'),
  restoreInstructor: capability('manageInstructors', 'the coordinator keeps the roster'),
  addInstructorCertification: capability('manageInstructors', 'the roster holds certificates'),
  removeInstructorCertification: capability('manageInstructors', 'the roster holds certificates'),
  addHoliday: capability('manageHolidays', 'reference data is the admin’s'),
  updateHoliday: capability('manageHolidays', 'reference data is the admin’s'),
  removeHoliday: capability('manageHolidays', 'reference data is the admin’s'),
  createStaffUser: capability('manageUsers', 'accounts are the admin’s'),
  updateStaffUser: capability('manageUsers', 'accounts are the admin’s'),
  resetStaffPassword: capability('manageUsers', 'accounts are the admin’s'),
  unlockStaffSignIn: capability('manageUsers', 'accounts are the admin’s'),
  revokeDeviceSession: capability('manageUsers', 'the admin signs a lost or finished device out'),
  createApiKey: capability('manageApiKeys', 'integrator access is the admin’s'),
  revokeApiKey: capability('manageApiKeys', 'integrator access is the admin’s'),
  exportPersonalData: rule(
    roles(['admin_sistem']),
    'data-subject requests (UU 27/2022) are answered by the system admin; audited with the reason',
  ),
  // Complaints.
  respondToFeedback: capability('handleComplaints', 'complaint handling per the standard'),
  closeFeedback: capability('handleComplaints', 'complaint handling per the standard'),
  // SOP and service-standard versions: drafted by the heads, signed by the kepala dinas.
  draftSopVersion: capability('draftSop', 'heads of unit draft SOP revisions'),
  updateSopDraft: capability('draftSop', 'heads of unit draft SOP revisions'),
  validateSopDefinition: capability('draftSop', 'checks a draft while editing'),
  submitSopVersion: capability('draftSop', 'heads of unit draft SOP revisions'),
  approveSopVersion: capability('approveSop', 'the kepala dinas signs the SOP'),
  publishSopVersion: capability('approveSop', 'the kepala dinas signs the SOP'),
  // SOP monitoring and evaluation: recorded by the kepala seksi, read by the kepala dinas.
  recordSopReview: capability('recordSopReview', 'the kepala seksi monitors the SOP in operation'),
  startSopDraftFromReview: rule(
    REVIEW_DRAFTERS,
    'who reads a review and may draft SOP revisions acts on its findings',
  ),
  draftServiceStandard: capability('manageServiceStandard', 'drafted after public consultation'),
  updateServiceStandardDraft: capability('manageServiceStandard', 'as draftServiceStandard'),
  submitServiceStandard: capability('manageServiceStandard', 'as draftServiceStandard'),
  approveServiceStandard: rule(SIGNERS, 'the head of office signs the Maklumat Pelayanan'),
  publishServiceStandard: rule(SIGNERS, 'the head of office signs the Maklumat Pelayanan'),
  // Public consultation on a draft (UU 25/2009 pasal 20(2)): recorded by whoever edits the draft.
  recordConsultation: rule(
    CONSULTATION_EDITORS,
    'whoever edits the draft records its public consultation',
    DRAFT_KIND,
  ),
  updateConsultation: rule(CONSULTATION_EDITORS, 'as recordConsultation', DRAFT_KIND),
  removeConsultation: rule(CONSULTATION_EDITORS, 'as recordConsultation', DRAFT_KIND),
  setSopNoConsultationReason: capability('draftSop', 'whoever edits the SOP draft'),
  setServiceStandardNoConsultationReason: capability(
    'manageServiceStandard',
    'whoever edits the standard draft',
  ),
};

/** A sensitive field: who reads it, and what everyone else gets. */
export interface FieldRule extends PolicyRule {
  /** What the others get: `null` or an empty list. */
  otherwise: 'null' | 'empty';
  /** Shown masked (`************1234`) even to `allow`; whole only through `revealedBy`. */
  masked?: { revealedBy: keyof typeof MUTATION_POLICY & string };
}

const field = (
  allow: Audience,
  otherwise: FieldRule['otherwise'],
  reason: string,
  rowLevel?: string,
): FieldRule => ({ ...rule(allow, reason, rowLevel), otherwise });

/** Role × sensitive field, keyed `Type.field`. */
export const FIELD_POLICY: Readonly<Record<string, FieldRule>> = {
  'Requester.contactName': field(CONTACT_ROLES, 'null', 'see CONTACT_ROLES', OWN_CLASS),
  'Requester.phone': field(CONTACT_ROLES, 'null', 'see CONTACT_ROLES', OWN_CLASS),
  'Requester.email': field(CONTACT_ROLES, 'null', 'see CONTACT_ROLES', OWN_CLASS),
  'Participant.nik': {
    ...field('staff', 'null', 'the last 4 digits tell participants apart', OWN_CLASS),
    masked: { revealedBy: 'revealParticipantNik' },
  },
  'Participant.birthDate': field(PARTICIPANT_DATA_ROLES, 'null', 'enrolment checks', OWN_CLASS),
  'Participant.phone': field(PARTICIPANT_DATA_ROLES, 'null', 'class logistics', OWN_CLASS),
  'Participant.address': field(PARTICIPANT_DATA_ROLES, 'null', 'enrolment checks', OWN_CLASS),
  'TrainingSchedule.participants': field(
    'staff',
    'null',
    'staff follow classes; API keys never see people',
    OWN_CLASS,
  ),
  'TrainingRequest.attachments': field(
    'staff',
    'empty',
    'letters and reports name people; API keys never see them',
    OWN_CLASS,
  ),
  'InstructorAssignment.phone': field('staff', 'null', 'staff reach the instructors they send'),
  'StaffUser.deviceSessions': field(
    roles(CAPABILITIES.manageUsers),
    'empty',
    'the admin sees which devices stay signed in, to revoke one',
  ),
};

/** The principal a viewer acts as. */
export function principalOf(viewer: Viewer): Principal | string {
  if (viewer.kind === 'staff') return viewer.user.roleKey;
  return viewer.kind === 'integrator' ? 'integrator' : 'anonymous';
}

/** True when the audience includes the principal. */
export function audienceIncludes(allow: Audience, principal: Principal | string): boolean {
  if (allow === 'everyone') return true;
  if (principal === 'anonymous' || principal === 'integrator') return false;
  return allow === 'staff' || (allow as readonly string[]).includes(principal);
}

/** The row for a policy key: a mutation name or `Type.field`. */
export function policyRule(key: string): PolicyRule | undefined {
  return MUTATION_POLICY[key] ?? FIELD_POLICY[key];
}

/** True when the principal may run the mutation `name` (API keys never run one). */
export function mayRunMutation(principal: Principal | string, name: string): boolean {
  const found = MUTATION_POLICY[name];
  return principal !== 'integrator' && !!found && audienceIncludes(found.allow, principal);
}

/** True when the policy lets this viewer run the mutation or read the field `key`. */
export function policyAllows(viewer: Viewer, key: string): boolean {
  const principal = principalOf(viewer);
  if (MUTATION_POLICY[key]) return mayRunMutation(principal, key);
  const found = FIELD_POLICY[key];
  return found !== undefined && audienceIncludes(found.allow, principal);
}
