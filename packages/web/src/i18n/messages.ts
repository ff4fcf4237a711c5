import { appMessages, navMessages } from '../app.messages.ts';
import { compareMessages } from '../features/compare/compare.messages.ts';
import { consoleMessages } from '../features/console/console.messages.ts';
import { heatmapMessages } from '../features/heatmap/heatmap.messages.ts';
import { importMessages } from '../features/import/import.messages.ts';
import { leadershipMessages } from '../features/leadership/leadership.messages.ts';
import { overviewMessages } from '../features/overview/overview.messages.ts';
import { profileMessages } from '../features/profile/profile.messages.ts';
import { sessionMessages } from '../features/session/session.messages.ts';
import { teamMessages } from '../features/team/team.messages.ts';
import { trainingMessages } from '../features/training/training.messages.ts';
import { unitEmployeesMessages } from '../features/unit-employees/unit-employees.messages.ts';
import { domainMessages } from '../shared/domain/domain.messages.ts';
import { heatmapViewMessages } from '../shared/heatmap/heatmap.messages.ts';
import { commonMessages } from '../shared/messages/common.messages.ts';

/**
 * Interface texts: Bahasa Indonesia first, English beside it. Each namespace is written in its
 * feature's *.messages.ts, where the English texts are type-checked against the Indonesian ones
 * (i18n/define-messages.ts); this file only assembles them.
 */
const sections = {
  app: appMessages,
  nav: navMessages,
  session: sessionMessages,
  common: commonMessages,
  domain: domainMessages,
  heatmapView: heatmapViewMessages,
  overview: overviewMessages,
  heatmap: heatmapMessages,
  leadership: leadershipMessages,
  compare: compareMessages,
  training: trainingMessages,
  profile: profileMessages,
  team: teamMessages,
  unitEmployees: unitEmployeesMessages,
  console: consoleMessages,
  import: importMessages,
};

type Sections = typeof sections;

function inLanguage<L extends 'id' | 'en'>(locale: L): { [K in keyof Sections]: Sections[K][L] } {
  return Object.fromEntries(Object.entries(sections).map(([key, section]) => [key, section[locale]])) as { [K in keyof Sections]: Sections[K][L] };
}

export const messages = { id: inLanguage('id'), en: inLanguage('en') };

export type Locale = keyof typeof messages;
