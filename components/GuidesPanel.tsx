import { useEffect, useRef, useState } from 'preact/hooks';
import { format } from '@/utils/i18n';
import type { PopupStrings } from '@/utils/i18n/popup';
import { projectValue } from '@/utils/page-values';
import { GuideButton, type GuideOption, type StartGuide } from './GuideButtons';

/** A project to offer, and where it came from (said under the field). */
export interface SuggestedProject {
  project: string;
  source: 'diagnosis' | 'tab';
}

interface GuidesPanelProps {
  strings: PopupStrings;
  guides: GuideOption[];
  onGuide: StartGuide;
  suggested?: SuggestedProject;
}

/**
 * "Fix in the console": every click-coach flow, each started in a new console tab, for the project
 * asked for first, so a guide never acts in whichever project the console last showed.
 */
export function GuidesPanel({ strings, guides, onGuide, suggested }: GuidesPanelProps) {
  const [project, setProject] = useState(suggested?.project ?? '');
  const [edited, setEdited] = useState(false);
  const [problem, setProblem] = useState<'missing' | 'invalid' | undefined>();
  const field = useRef<HTMLInputElement>(null);
  // A verdict that arrives later fills the field, unless the user has typed in it.
  useEffect(() => {
    if (!edited && suggested) setProject(suggested.project);
  }, [suggested?.project]);
  const value = project.trim();
  const canStart = () => {
    const found = value === '' ? 'missing' : projectValue(value) ? undefined : 'invalid';
    setProblem(found);
    if (found) field.current?.focus();
    return !found;
  };
  const source = !edited && suggested && suggested.project === value ? suggested.source : undefined;
  return (
    <section class="stack" aria-labelledby="guides-heading">
      <h2 id="guides-heading">{strings.guidesHeading}</h2>
      <p class="hint">{strings.guidesIntro}</p>
      <label for="guide-project">{strings.projectLabel}</label>
      <input
        id="guide-project"
        ref={field}
        type="text"
        name="project"
        spellcheck={false}
        autocapitalize="off"
        autocomplete="off"
        aria-describedby="guide-project-hint guide-project-error"
        aria-invalid={problem !== undefined}
        value={project}
        onInput={(event) => {
          setProject(event.currentTarget.value);
          setEdited(true);
          setProblem(undefined);
        }}
      />
      <p id="guide-project-hint" class="hint">
        {source === 'diagnosis' ? `${strings.projectFromDiagnosis} ` : source === 'tab' ? `${strings.projectFromTab} ` : ''}
        {strings.projectHint}
      </p>
      <p id="guide-project-error" class="field-error" role="alert" data-project-problem={problem ?? ''}>
        {problem === 'missing' ? strings.projectMissing : problem === 'invalid' ? strings.projectInvalid : ''}
      </p>
      <ul class="guide-list">
        {guides.map((option) => (
          <li data-flow={option.flowId}>
            <h3>{option.title}</h3>
            {option.summary && <p>{option.summary}</p>}
            <GuideButton
              option={option}
              label={strings.guideStart}
              accessibleLabel={format(strings.guideStartLabel, { title: option.title })}
              strings={strings}
              canStart={canStart}
              onStart={(flowId) => onGuide(flowId, value)}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
