import { format } from '@/utils/i18n';
import type { PopupStrings } from '@/utils/i18n/popup';
import { GuideButton, type GuideOption, type StartGuide } from './GuideButtons';

interface GuidesPanelProps {
  strings: PopupStrings;
  guides: GuideOption[];
  onGuide: StartGuide;
}

/** "Fix in the console": every click-coach flow, each started in a new console tab. */
export function GuidesPanel({ strings, guides, onGuide }: GuidesPanelProps) {
  return (
    <section class="stack" aria-labelledby="guides-heading">
      <h2 id="guides-heading">{strings.guidesHeading}</h2>
      <p class="hint">{strings.guidesIntro}</p>
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
              onStart={onGuide}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
