import type { SuggestedProject } from '@/components/GuidesPanel';
import { contextFromUrl } from '@/utils/console-links';
import { projectValue } from '@/utils/page-values';

// The Explain and "Fix in the console" tabs: imported by App.tsx the first time one is opened,
// so the pasted-error parser and the guide list cost nothing at the popup's start.
export { ExplainPanel } from '@/components/ExplainPanel';
export { GuidesPanel } from '@/components/GuidesPanel';
export { explainPastedText } from '@/utils/explain';
export { buildExplanationReport } from '@/utils/api-key/report';
export { allGuides, guidesFor } from './verdict';

/** The project the Guides tab offers: the one the last verdict named, else the current tab's; only valid ones. */
export function suggestedProject(fromDiagnosis: string | undefined, tabUrl: string | undefined): SuggestedProject | undefined {
  const diagnosisProject = projectValue(fromDiagnosis);
  if (diagnosisProject) return { project: diagnosisProject, source: 'diagnosis' };
  const tabProject = tabUrl ? projectValue(contextFromUrl(tabUrl).project) : undefined;
  return tabProject ? { project: tabProject, source: 'tab' } : undefined;
}
