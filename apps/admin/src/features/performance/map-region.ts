/** A regency/city of the performance map, as scripts/build-regions.mjs projects it. */
export interface MapRegion {
  code: string;
  name: string;
  /** SVG path data in the map's viewBox. */
  d: string;
  labelX: number;
  labelY: number;
}
