/** The 9-box talent matrix: potential (rows) by performance (columns). */
export type PotentialRow = 'HIGH' | 'MIDDLE' | 'LOW';
export type PerformanceColumn = 'BELOW' | 'MEETS' | 'ABOVE';
export const POTENTIAL_ROWS: readonly PotentialRow[] = ['HIGH', 'MIDDLE', 'LOW'];
export const PERFORMANCE_COLUMNS: readonly PerformanceColumn[] = ['BELOW', 'MEETS', 'ABOVE'];

/**
 * Box numbers of the 9-box as drawn (PermenPANRB 3/2020): rows potential high to low, columns
 * performance below to above expectation.
 */
export const NINE_BOX_LAYOUT: readonly (readonly number[])[] = [
  [6, 8, 9],
  [3, 5, 7],
  [1, 2, 4],
];
