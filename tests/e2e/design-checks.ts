/**
 * What the three design e2e files (popup, AI Studio card, coach card) check the same way: axe-core
 * run in the page, on the whole document or on one card inside our shadow root, and box overlap.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'puppeteer-core';
import { expect } from 'vitest';

const AXE_SOURCE = readFileSync(fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url)), 'utf8');

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export const intersects = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * axe-core's violations, as `rule: [targets]` lines. `within` names a card inside a host's open
 * shadow root (axe follows open shadow roots from an element); without it, the whole document.
 * A run that checked nothing would pass too: it must have passed at least `minPasses` rules.
 */
export async function axeViolations(page: Page, within?: { host: string; card: string }, minPasses = 5): Promise<string[]> {
  // Not addScriptTag: an extension page's CSP refuses inline scripts; evaluate is not subject to it.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  type AxeResults = { passes: unknown[]; violations: { id: string; nodes: { target: unknown }[] }[] };
  const results = await page.evaluate((scope: { host: string; card: string } | null) => {
    const context = scope ? document.querySelector(scope.host)!.shadowRoot!.querySelector(scope.card)! : document;
    return (window as unknown as { axe: { run: (context: object, options: object) => Promise<AxeResults> } }).axe.run(context, { resultTypes: ['violations'] });
  }, within ?? null);
  expect(results.passes.length).toBeGreaterThan(minPasses);
  return results.violations.map((violation) => `${violation.id}: ${JSON.stringify(violation.nodes.map((node) => node.target))}`);
}
