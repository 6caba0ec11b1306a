// @vitest-environment happy-dom
/** The coach card when the guide's texts module did not load: it says so and offers both ways out. */
import { render } from 'preact';
import { afterEach, expect, it, vi } from 'vitest';
import { GuideTextsNotLoaded } from '@/components/GuideCard';
import type { Locale } from '@/utils/i18n';

const root = document.body.appendChild(document.createElement('div'));
afterEach(() => render(null, root));

it.each(['en', 'zh-CN', 'ja'] as Locale[])('in %s: an alert with "Load again" (primary) and Close, placed like the card', (locale) => {
  const onLoadAgain = vi.fn();
  const onClose = vi.fn();
  render(<GuideTextsNotLoaded locale={locale} placement={{ slot: 'bottom-right', top: 40, left: 12 }} onLoadAgain={onLoadAgain} onClose={onClose} />, root);
  const card = root.querySelector<HTMLElement>('[data-texts-not-loaded]')!;
  expect(card.getAttribute('role')).toBe('alert');
  expect(card.getAttribute('lang')).toBe(locale);
  expect(card.style.top).toBe('40px');
  expect(card.textContent!.length).toBeGreaterThan(20);
  const [again, close] = [...card.querySelectorAll('button')];
  expect(again!.className).toContain('kd-primary');
  again!.click();
  close!.click();
  expect(onLoadAgain).toHaveBeenCalledTimes(1);
  expect(onClose).toHaveBeenCalledTimes(1);
});
