/**
 * Accessibility checks with axe-core against WCAG 2.0–2.2 A and AA. Serious and critical
 * violations fail the test and are printed one per line with the offending elements.
 *
 * axe is injected with `page.evaluate(source)` rather than `addScriptTag({ content })`: the
 * server's CSP forbids inline scripts (rightly), and bypassing CSP for the whole context would
 * also hide any CSP breakage in the app itself.
 */
import axe from 'axe-core';
import type { Page } from 'playwright-core';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** Runs axe on the page as it is now; throws a readable error on serious or critical violations. */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(axe.source);
  const violations = await page.evaluate(async (tags) => {
    const result = await (window as unknown as { axe: typeof axe }).axe.run(document, {
      runOnly: { type: 'tag', values: tags },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((node) => ({
        target: node.target as unknown[],
        failureSummary: node.failureSummary,
      })),
    }));
  }, TAGS);
  const blocking = (violations as Violation[]).filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  if (blocking.length > 0) {
    const lines = blocking.flatMap((v) => [
      `  [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})`,
      ...v.nodes
        .slice(0, 5)
        .map(
          (node) =>
            `      at ${JSON.stringify(node.target)}: ${node.failureSummary?.replace(/\n/g, ' ') ?? ''}`,
        ),
    ]);
    throw new Error(`Accessibility violations on ${label} (${page.url()}):\n${lines.join('\n')}`);
  }
}
