import { z } from 'zod';
import type { Localized } from '../i18n';
import { multilineText, textList } from './fields';

/**
 * The 14 components of a Standar Pelayanan (PermenPANRB 15/2014). The six service-delivery
 * components are published to the public; the eight management components stay internal.
 */
export const SERVICE_STANDARD_COMPONENTS = [
  { key: 'persyaratan', published: true, name: { id: 'Persyaratan', en: 'Requirements' } },
  {
    key: 'sistem_mekanisme_prosedur',
    published: true,
    name: { id: 'Sistem, mekanisme, dan prosedur', en: 'System, mechanism and procedure' },
  },
  {
    key: 'jangka_waktu',
    published: true,
    name: { id: 'Jangka waktu penyelesaian', en: 'Completion time' },
  },
  { key: 'biaya_tarif', published: true, name: { id: 'Biaya/tarif', en: 'Cost/fee' } },
  {
    key: 'produk_pelayanan',
    published: true,
    name: { id: 'Produk pelayanan', en: 'Service product' },
  },
  {
    key: 'penanganan_pengaduan',
    published: true,
    name: {
      id: 'Penanganan pengaduan, saran, dan masukan',
      en: 'Handling of complaints, suggestions and feedback',
    },
  },
  { key: 'dasar_hukum', published: false, name: { id: 'Dasar hukum', en: 'Legal basis' } },
  {
    key: 'sarana_prasarana',
    published: false,
    name: { id: 'Sarana, prasarana, dan/atau fasilitas', en: 'Facilities and infrastructure' },
  },
  {
    key: 'kompetensi_pelaksana',
    published: false,
    name: { id: 'Kompetensi pelaksana', en: 'Staff competence' },
  },
  {
    key: 'pengawasan_internal',
    published: false,
    name: { id: 'Pengawasan internal', en: 'Internal supervision' },
  },
  {
    key: 'jumlah_pelaksana',
    published: false,
    name: { id: 'Jumlah pelaksana', en: 'Number of staff' },
  },
  {
    key: 'jaminan_pelayanan',
    published: false,
    name: { id: 'Jaminan pelayanan', en: 'Service guarantee' },
  },
  {
    key: 'jaminan_keamanan_keselamatan',
    published: false,
    name: {
      id: 'Jaminan keamanan dan keselamatan pelayanan',
      en: 'Security and safety guarantee',
    },
  },
  {
    key: 'evaluasi_kinerja',
    published: false,
    name: { id: 'Evaluasi kinerja pelaksana', en: 'Staff performance evaluation' },
  },
] as const satisfies readonly { key: string; published: boolean; name: Localized }[];

export type ServiceStandardComponentKey = (typeof SERVICE_STANDARD_COMPONENTS)[number]['key'];

const contentItems = textList(50, 2000, 1);
const componentsShape = Object.fromEntries(
  SERVICE_STANDARD_COMPONENTS.map((c) => [c.key, contentItems]),
) as Record<ServiceStandardComponentKey, typeof contentItems>;

/**
 * A service standard draft: every component as a list of text items (the regulation requires all
 * 14), plus the text of the Maklumat Pelayanan, the public promise signed by the head of office.
 */
export const serviceStandardSchema = z.strictObject({
  components: z.strictObject(componentsShape),
  maklumat: multilineText(5000, 20),
});
export type ServiceStandardInput = z.output<typeof serviceStandardSchema>;

/** Working days the office allows itself to answer a complaint under this standard (1-60). */
export const complaintResponseDaysSchema = z.number().int().min(1).max(60);

/** The editable content of a service standard version: the standard plus the complaint answer time. */
export const serviceStandardContentSchema = serviceStandardSchema.extend({
  complaintResponseDays: complaintResponseDaysSchema,
});
export type ServiceStandardContentInput = z.output<typeof serviceStandardContentSchema>;
