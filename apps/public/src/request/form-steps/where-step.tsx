import { useRef } from 'react';
import { useT } from '../../i18n/lang';
import { RegionSelect, type StepProps, TextField } from '../form-parts';

export function WhereStep({ draft, setDraft, set, errors }: StepProps) {
  const t = useT();
  const names = useRef<{ kab: string; kec: string }>({ kab: '', kec: '' });
  return (
    <>
      <RegionSelect
        name="kabupaten"
        label={t.form.kabupaten}
        parentCode={null}
        value={draft.kabupaten}
        onPick={(code, name) => {
          names.current.kab = name;
          setDraft((d) => ({
            ...d,
            kabupaten: code,
            kecamatan: '',
            regionLabel: '',
            values: { ...d.values, regionCode: '' },
          }));
        }}
      />
      <RegionSelect
        name="kecamatan"
        label={t.form.kecamatan}
        parentCode={draft.kabupaten}
        value={draft.kecamatan}
        disabledText={t.form.chooseKabupatenFirst}
        onPick={(code, name) => {
          names.current.kec = name;
          setDraft((d) => ({
            ...d,
            kecamatan: code,
            regionLabel: '',
            values: { ...d.values, regionCode: '' },
          }));
        }}
      />
      <RegionSelect
        name="regionCode"
        label={t.form.desa}
        parentCode={draft.kecamatan}
        value={draft.values.regionCode}
        disabledText={t.form.chooseKecamatanFirst}
        error={errors.regionCode}
        onPick={(code, name) => {
          set('regionCode', code);
          const parts = [name, names.current.kec, names.current.kab].filter(Boolean);
          setDraft((d) => ({ ...d, regionLabel: code ? parts.join(', ') : '' }));
        }}
      />
      <TextField name="address" autoComplete="street-address" {...{ draft, set, errors }} />
      <TextField
        name="venueDetails"
        hint={t.form.venueHint}
        optional
        multiline
        {...{ draft, set, errors }}
      />
    </>
  );
}
