// The drawn boxes of SVG texts (getBBox, in the SVG's units), and the check that none lies over another.
import type { Page } from 'puppeteer-core';
import { expect } from 'vitest';

export interface TextBox {
  text: string;
  x: number;
  y: number;
  right: number;
  bottom: number;
}

export function textBoxes(page: Page, selector: string): Promise<TextBox[]> {
  return page.$$eval(selector, (texts) =>
    texts.map((t) => {
      const b = (t as SVGTextElement).getBBox();
      return { text: t.textContent ?? '', x: b.x, y: b.y, right: b.x + b.width, bottom: b.y + b.height };
    }),
  );
}

export function expectApart(boxes: readonly TextBox[]): void {
  for (let i = 0; i < boxes.length; i++) {
    for (let k = i + 1; k < boxes.length; k++) {
      const [a, b] = [boxes[i]!, boxes[k]!];
      const overlap = a.x < b.right && b.x < a.right && a.y < b.bottom && b.y < a.bottom;
      expect(overlap, `"${a.text}" and "${b.text}"`).toBe(false);
    }
  }
}
