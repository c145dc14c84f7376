import { toJakartaDate } from '@blk/domain';
import { useT } from '../../i18n/lang';
import { type StepProps, TextField } from '../form-parts';

export function WhenStep({ draft, set, errors }: StepProps) {
  const t = useT();
  // The office's day (WIB), not UTC's: before 07:00 WIB UTC is still on yesterday.
  const today = toJakartaDate(new Date());
  return (
    <>
      <p className="hint">{t.form.windowHint}</p>
      <TextField name="preferredStart" type="date" min={today} {...{ draft, set, errors }} />
      <TextField
        name="preferredEnd"
        type="date"
        min={draft.values.preferredStart || today}
        {...{ draft, set, errors }}
      />
      <TextField name="note" multiline optional {...{ draft, set, errors }} />
    </>
  );
}
