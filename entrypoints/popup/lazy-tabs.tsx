// The Explain and "Fix in the console" tabs: imported by App.tsx the first time one is opened,
// so the pasted-error parser and the guide list cost nothing at the popup's start.
export { ExplainPanel } from '@/components/ExplainPanel';
export { GuidesPanel } from '@/components/GuidesPanel';
export { explainPastedText } from '@/utils/explain';
export { buildExplanationReport } from '@/utils/api-key/report';
export { allGuides, guidesFor } from './verdict';
