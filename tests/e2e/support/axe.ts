// Runs axe-core (from node_modules, injected: nothing is downloaded) in a page or frame.
import { readFileSync } from 'node:fs';
import type { Frame, Page } from 'puppeteer-core';
import { AXE_SOURCE } from './paths.ts';

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Serious and critical violations within `selector` (the whole document by default). */
export async function seriousViolations(target: Page | Frame, selector = 'html'): Promise<AxeViolation[]> {
  await target.evaluate(readFileSync(AXE_SOURCE, 'utf8'));
  return target.evaluate(async (include) => {
    const axe = (globalThis as unknown as { axe: { run(context: unknown): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run({ include: [include] });
    return result.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => ({ id: violation.id, impact: violation.impact, help: violation.help, targets: violation.nodes.flatMap((node) => node.target) }));
  }, selector);
}
