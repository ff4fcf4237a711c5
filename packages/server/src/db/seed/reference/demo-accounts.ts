import { Role } from '../../../modules/auth/account.entity.js';

/**
 * The demo city's accounts, one per role, so a newcomer can try each (README, docs/demo-accounts.json,
 * which a test keeps equal to this list). Demo passwords only: a real installation creates its own
 * accounts and never seeds these.
 */
export interface DemoAccount {
  username: string;
  password: string;
  role: Role;
  displayName: string;
  /** What the account sees, in words. */
  scope: string;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { username: 'admin', password: 'demo-admin-2026', role: Role.ADMIN, displayName: 'Admin BKPSDM', scope: 'Everything; manages accounts, frameworks, standards and imports.' },
  { username: 'pimpinan', password: 'demo-pimpinan-2026', role: Role.LEADERSHIP, displayName: 'Sekretaris Daerah', scope: 'Every aggregate city-wide; individuals only by name and jabatan in the recognition and coaching lists.' },
  { username: 'perencana', password: 'demo-perencana-2026', role: Role.PLANNER, displayName: 'Perencana Diskominfo', scope: 'Individuals of Dinas Komunikasi dan Informatika and its sub-units; aggregates of every unit.' },
  { username: 'atasan', password: 'demo-atasan-2026', role: Role.SUPERVISOR, displayName: 'Kepala Diskominfo', scope: 'The head of Diskominfo: their direct and indirect reports, and Diskominfo\'s aggregates.' },
  { username: 'pegawai', password: 'demo-pegawai-2026', role: Role.EMPLOYEE, displayName: 'Pegawai Diskominfo', scope: 'Their own profile, gaps, training history and recommendations (a report of the head of Diskominfo).' },
  { username: 'analis', password: 'demo-analis-2026', role: Role.ANALYST, displayName: 'Analis Data', scope: 'Every aggregate; individuals pseudonymised; the query console and API tokens.' },
];

/** The unit the PLANNER plans for and the SUPERVISOR heads. */
export const DEMO_UNIT_CODE = 'DISKOMINFO';
