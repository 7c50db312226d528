// Accessibility scans shared by the browser tests.
import type { AxeBuilder } from '@axe-core/playwright';

/**
 * Serious and critical violations, described. Tabster (Fluent's focus manager) puts focusable
 * `<i aria-hidden data-tabster-dummy>` bumpers around tab lists and radio groups on purpose, to
 * steer Tab; axe reports them as aria-hidden-focus, a known false positive
 * (microsoft/fluentui#25133, microsoft/tabster#288). Only those nodes are set aside.
 */
export async function seriousViolations(builder: AxeBuilder): Promise<string[]> {
  const result = await builder.analyze();
  const found: string[] = [];
  for (const v of result.violations) {
    if (v.impact !== 'serious' && v.impact !== 'critical') continue;
    const nodes = v.nodes.filter((n) => !(v.id === 'aria-hidden-focus' && n.html.includes('data-tabster-dummy')));
    if (nodes.length > 0) found.push(`[${v.impact}] ${v.id} — ${v.help} (${nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
  }
  return found;
}

