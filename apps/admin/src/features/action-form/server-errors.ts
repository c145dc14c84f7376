/** The failure members of `TransitionTrainingRequestResult`, as the form asks for them. */
export type TransitionFailure =
  | {
      __typename: 'ValidationError';
      errorCode: string;
      message: string;
      issues: { path: string; message: string }[];
    }
  | {
      __typename: 'TransitionRefusedError';
      errorCode: string;
      message: string;
      reasons: { code: string; field: string | null; message: string }[];
    }
  | {
      __typename: 'ScheduleConflictError';
      errorCode: string;
      message: string;
      conflicts: { instructorId: string; instructorName: string; kind: string; message: string }[];
    }
  | { __typename: 'OperationError'; errorCode: string; message: string };

/** A server refusal sorted for the form: beside a field, above the form, or "reload". */
export interface FormFailure {
  /** Message per input key the server named. */
  fields: Record<string, string>;
  /** Messages that concern no single field (headline first). */
  general: string[];
  /** The request changed since it was loaded: show the reload prompt instead. */
  stale: boolean;
  /** Instructor conflicts, explained one per line. */
  conflicts: { instructorId: string; instructorName: string; message: string }[];
}

/** Field key of a server path: `input.venue` and `venue` both name the `venue` input. */
function fieldOf(path: string | null, known: ReadonlySet<string>): string | undefined {
  if (!path) return undefined;
  const parts = path.split('.');
  return parts.find((p) => known.has(p));
}

function addField(out: FormFailure, field: string | undefined, message: string): void {
  if (field && !(field in out.fields)) out.fields[field] = message;
  else out.general.push(message);
}

/** Sorts a typed mutation error into field messages, general messages and a stale flag. */
export function mapFailure(failure: TransitionFailure, inputKeys: readonly string[]): FormFailure {
  const known = new Set(inputKeys);
  const out: FormFailure = { fields: {}, general: [failure.message], stale: false, conflicts: [] };
  switch (failure.__typename) {
    case 'ValidationError':
      for (const issue of failure.issues) addField(out, fieldOf(issue.path, known), issue.message);
      break;
    case 'TransitionRefusedError':
      for (const reason of failure.reasons) {
        addField(out, fieldOf(reason.field, known), reason.message);
      }
      break;
    case 'ScheduleConflictError': {
      out.conflicts = failure.conflicts.map(({ instructorId, instructorName, message }) => ({
        instructorId,
        instructorName,
        message,
      }));
      const field = inputKeys.find((k) => k === 'instructors');
      if (field) out.fields[field] = failure.message;
      break;
    }
    case 'OperationError':
      out.stale = failure.errorCode === 'CONFLICT_STALE_VERSION';
      break;
  }
  return out;
}
