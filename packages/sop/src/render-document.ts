import { formatNip } from '@blk/domain';
import type { LocalizedText, SopAction, SopDefinition, SopIdentity, StepKind } from './definition';
import { decisionRowsOf, drawnDefinition } from './drawn-flow';
import { formatIsoDate, formatTimeStandard, type Locale, localize } from './format';
import { orderedSteps } from './graph';
import { roleLabel } from './roles';

/** One row of the identity block. */
export interface IdentityRow {
  readonly key: keyof SopIdentity;
  readonly label: Required<LocalizedText>;
  /** A single value, or a list (legal basis, equipment, ...). '-' when empty. */
  readonly value: string | readonly string[];
}

/** A transition as the activity table shows it. */
export interface ActivityNext {
  readonly action: string;
  readonly label: string;
  readonly branch?: 'yes' | 'no';
  /** Row number of the target step. */
  readonly toNo: number;
}

/** A transition available from several steps (e.g. cancellation), drawn from this row. */
export interface ActivityGlobalNext {
  readonly action: string;
  readonly label: string;
  readonly toNo: number;
}

/** One activity row of the flow table (uraian kegiatan, pelaksana, mutu baku). */
export interface ActivityRow {
  readonly no: number;
  /** The step's key; a decision row drawn for a step's `decision` has `<step>.keputusan`. */
  readonly stepKey: string;
  /** On a step's decision row: the step (request state) it belongs to. */
  readonly decisionOf?: string;
  readonly kind: StepKind;
  readonly description: string;
  readonly role: string;
  readonly roleLabel: string;
  readonly kelengkapan: readonly string[];
  readonly waktu: string;
  readonly output: string;
  /** Keterangan column: the step's free text, then where each way out leads. */
  readonly keterangan: readonly string[];
  readonly next: readonly ActivityNext[];
  /** Actions shared by several steps (cancellation) that may be taken at this row. */
  readonly globalNext: readonly ActivityGlobalNext[];
}

/** The SOP document as data, ready for an HTML page or a PDF. */
export interface SopDocument {
  readonly number: string;
  readonly name: string;
  readonly identity: readonly IdentityRow[];
  readonly lanes: readonly { readonly role: string; readonly label: string }[];
  readonly activities: readonly ActivityRow[];
  /** Actions available from several steps (e.g. cancellation), described once. */
  readonly notes: readonly string[];
}

/** Options for rendering; role labels come from the roles table in the database. */
export interface RenderOptions {
  readonly roleLabels?: Readonly<Record<string, string>>;
  readonly locale?: Locale;
}

const IDENTITY_LABELS: readonly [keyof SopIdentity, Required<LocalizedText>][] = [
  ['number', { id: 'Nomor SOP', en: 'SOP number' }],
  ['createdOn', { id: 'Tanggal Pembuatan', en: 'Date created' }],
  ['revision', { id: 'Revisi', en: 'Revision' }],
  ['revisedOn', { id: 'Tanggal Revisi', en: 'Date revised' }],
  ['effectiveOn', { id: 'Tanggal Efektif', en: 'Effective date' }],
  ['approvedBy', { id: 'Disahkan oleh', en: 'Approved by' }],
  ['name', { id: 'Nama SOP', en: 'SOP name' }],
  ['unit', { id: 'Unit Kerja', en: 'Unit' }],
  ['legalBasis', { id: 'Dasar Hukum', en: 'Legal basis' }],
  ['executorQualifications', { id: 'Kualifikasi Pelaksana', en: 'Executor qualifications' }],
  ['relatedSops', { id: 'Keterkaitan', en: 'Related SOPs' }],
  ['equipment', { id: 'Peralatan/Perlengkapan', en: 'Equipment' }],
  ['warnings', { id: 'Peringatan', en: 'Warnings' }],
  ['records', { id: 'Pencatatan dan Pendataan', en: 'Records' }],
];

function identityValue(identity: SopIdentity, key: keyof SopIdentity, locale: Locale) {
  const v = identity[key];
  if (v === undefined) return '-';
  if (Array.isArray(v)) return v.length ? v : '-';
  if (typeof v === 'number') return String(v);
  if (typeof v === 'object')
    return [
      v.position,
      v.name,
      v.nip ? `NIP ${formatNip(v.nip)}` : '',
      v.signedOn
        ? `${locale === 'id' ? 'Tanggal' : 'Date'} ${formatIsoDate(v.signedOn, locale)}`
        : '',
    ].filter(Boolean);
  return key === 'createdOn' || key === 'revisedOn' || key === 'effectiveOn'
    ? formatIsoDate(v, locale)
    : v;
}

/** Rows of the identity block's right panel, as PermenPAN-RB 35/2012 draws it. */
const PANEL_KEYS: readonly (keyof SopIdentity)[] = [
  'number',
  'createdOn',
  'revision',
  'revisedOn',
  'effectiveOn',
  'approvedBy',
  'name',
];
/** Pairs below the panels: left and right column of each band. */
const PAIR_KEYS: readonly [keyof SopIdentity, keyof SopIdentity][] = [
  ['legalBasis', 'executorQualifications'],
  ['relatedSops', 'equipment'],
  ['warnings', 'records'],
];

/** The identity block in the regulation's two-panel layout. */
export interface IdentityPanels {
  /** Left panel: the organisation, one line each (upper case). */
  readonly organisation: readonly string[];
  /** Right panel: number, dates, revision, approval, name. */
  readonly panel: readonly IdentityRow[];
  /** Below the panels: legal basis | qualifications, related SOPs | equipment, warnings | records. */
  readonly pairs: readonly (readonly [IdentityRow, IdentityRow])[];
}

/** Splits the identity rows of a document into the two panels and the pairs below them. */
export function identityPanels(doc: Pick<SopDocument, 'identity'>): IdentityPanels {
  const row = (key: keyof SopIdentity): IdentityRow =>
    doc.identity.find((r) => r.key === key) ?? {
      key,
      label: IDENTITY_LABELS.find(([k]) => k === key)?.[1] ?? { id: key, en: key },
      value: '-',
    };
  const unit = row('unit').value;
  const organisation = (typeof unit === 'string' ? unit.split(/,\s*/) : unit)
    .filter((u) => u && u !== '-')
    .map((u) => u.toUpperCase());
  return {
    organisation,
    panel: PANEL_KEYS.map(row),
    pairs: PAIR_KEYS.map(([a, b]) => [row(a), row(b)] as const),
  };
}

/** Lanes (pelaksana columns) in the order they first appear in the flow. */
export function sopLanes(def: SopDefinition, roleLabels?: Readonly<Record<string, string>>) {
  const drawn = drawnDefinition(def);
  const roles: string[] = [];
  for (const key of orderedSteps(drawn)) {
    const role = drawn.steps.find((s) => s.key === key)?.role;
    if (role && !roles.includes(role)) roles.push(role);
  }
  return roles.map((role) => ({ role, label: roleLabel(role, roleLabels) }));
}

/** Notes for actions that apply to several steps, with the row numbers they apply to. */
export function globalActionNotes(
  def: SopDefinition,
  locale: Locale,
  roleLabels?: Readonly<Record<string, string>>,
): string[] {
  const order = orderedSteps(drawnDefinition(def));
  return (def.globalActions ?? []).map((a) => {
    const rows = a.from
      .map((k) => order.indexOf(k) + 1)
      .filter((n) => n > 0)
      .sort((x, y) => x - y);
    const target = order.indexOf(a.to) + 1;
    const who =
      a.actor === 'requester'
        ? roleLabel('pemohon', roleLabels)
        : a.actor === 'system'
          ? roleLabel('sistem', roleLabels)
          : (a.roles ?? []).map((r) => roleLabel(r, roleLabels)).join('/');
    return locale === 'id'
      ? `${localize(a.label, locale)} (${who}): dapat dilakukan pada langkah ${rows.join(', ')}, menuju langkah ${target}.`
      : `${localize(a.label, locale)} (${who}): possible at steps ${rows.join(', ')}, leading to step ${target}.`;
  });
}

/** "Ya: Setujui (ke no. 5)": where one way out of a step leads, for the keterangan column. */
function exitNote(action: SopAction, order: readonly string[], locale: Locale): string {
  const branch = action.branch
    ? `${action.branch === 'yes' ? (locale === 'id' ? 'Ya' : 'Yes') : locale === 'id' ? 'Tidak' : 'No'}: `
    : '';
  const to = order.indexOf(action.to) + 1;
  return `${branch}${localize(action.label, locale)} (${locale === 'id' ? 'ke no.' : 'to no.'} ${to})`;
}

/** The SOP as structured document data: identity block and activity table. */
export function renderSopDocument(def: SopDefinition, options: RenderOptions = {}): SopDocument {
  const locale = options.locale ?? 'id';
  const drawn = drawnDefinition(def);
  const decisionRows = decisionRowsOf(def);
  const order = orderedSteps(drawn);
  const optional = locale === 'id' ? ' (opsional)' : ' (optional)';
  const activities = order.flatMap((key, i): ActivityRow[] => {
    const step = drawn.steps.find((s) => s.key === key);
    /* c8 ignore next */
    if (!step) return [];
    const decisionOf = decisionRows.get(key);
    // A step's decision is taken within the step's time standard (one request state).
    const waktu = decisionOf
      ? `${locale === 'id' ? 'Termasuk no.' : 'Within no.'} ${order.indexOf(decisionOf) + 1}`
      : formatTimeStandard(step.timeStandard, locale);
    return [
      {
        no: i + 1,
        stepKey: step.key,
        ...(decisionOf ? { decisionOf } : {}),
        kind: step.kind,
        description: localize(step.description, locale),
        role: step.role,
        roleLabel: roleLabel(step.role, options.roleLabels),
        kelengkapan: [
          ...(step.documents ?? []),
          ...step.requiredInputs.map(
            (inp) => localize(inp.label, locale) + (inp.required ? '' : optional),
          ),
        ],
        waktu,
        output: step.output,
        keterangan: [
          ...(step.keterangan?.trim() ? [step.keterangan.trim()] : []),
          ...(step.actions.length > 1 ? step.actions.map((a) => exitNote(a, order, locale)) : []),
        ],
        next: step.actions.map((a) => ({
          action: a.key,
          label: localize(a.label, locale),
          ...(a.branch ? { branch: a.branch } : {}),
          toNo: order.indexOf(a.to) + 1,
        })),
        globalNext: (drawn.globalActions ?? [])
          .filter((a) => a.from.includes(step.key) && order.includes(a.to))
          .map((a) => ({
            action: a.key,
            label: localize(a.label, locale),
            toNo: order.indexOf(a.to) + 1,
          })),
      },
    ];
  });
  return {
    number: def.identity.number,
    name: def.identity.name,
    identity: IDENTITY_LABELS.map(([key, label]) => ({
      key,
      label,
      value: identityValue(def.identity, key, locale),
    })),
    lanes: sopLanes(def, options.roleLabels),
    activities,
    notes: globalActionNotes(def, locale, options.roleLabels),
  };
}
