/**
 * Thresholds that map a potential score (0–100) to the three bands of the 9-box. PermenPANRB 3/2020
 * leaves them to each agency, so they are data: BKPSDM Kota Palembang's values for the demo.
 */
export const POTENTIAL_THRESHOLDS = { menengah: 60, tinggi: 80 } as const;
