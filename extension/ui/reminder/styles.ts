// Styles for the reminder inside its shadow root. Where the panel sits is computed (placement.ts)
// and applied as a translation from the viewport's top-left corner.
import { PILL_WIDTH } from './use-placement.ts';

export const REMINDER_CSS = `
.panel { position: fixed; top: 0; left: 0; z-index: 2147483647; width: 340px; max-width: calc(100vw - 32px);
  max-height: calc(100vh - 200px); overflow: auto; box-sizing: border-box; font: 14px/1.4 system-ui, sans-serif;
  color: #1b1b1b; background: #fffdf7; border: 2px solid #5a3e85; border-radius: 8px; box-shadow: 0 4px 16px rgba(0,0,0,.25); }
.panel.pill { width: ${PILL_WIDTH}px; }
.panel.pill h2 { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.bar { display: flex; align-items: center; gap: 4px; padding: 4px 6px; background: #5a3e85; color: #fff; }
.bar h2 { flex: 1; margin: 0; font-size: 14px; font-weight: 600; }
.bar button { min-width: 28px; min-height: 28px; border: 1px solid transparent; border-radius: 4px; background: transparent; color: #fff; font: inherit; cursor: pointer; }
.bar .handle { cursor: move; }
.bar button:focus-visible, .body button:focus-visible, summary:focus-visible { outline: 3px solid #f5b700; outline-offset: 1px; }
.body { padding: 8px 10px; }
.guard { margin: 0; padding: 4px 8px; background: #fde2e1; color: #7a1712; font-size: 13px; font-weight: 600; }
.guard:empty { display: none; }
.prompt { margin: 0 0 8px; padding: 6px 8px; background: #fbeec1; border-left: 4px solid #a06800; font-weight: 600; }
.prompt:empty { display: none; }
ul.rules { margin: 0 0 8px; padding-left: 18px; }
ul.rules li { margin-bottom: 6px; }
details { margin-top: 2px; color: #333; }
summary { cursor: pointer; color: #4a2f75; text-decoration: underline; }
h3 { margin: 8px 0 4px; font-size: 13px; }
.actions { display: grid; gap: 4px; }
.actions button, .copy { padding: 5px 8px; text-align: left; border: 1px solid #5a3e85; border-radius: 4px; background: #fff; color: #2e1d4a; font: inherit; cursor: pointer; }
.actions button[aria-pressed="true"] { background: #ece3f7; font-weight: 600; }
.copy { margin-top: 8px; width: 100%; }
.status { margin: 4px 0 0; font-size: 13px; }
textarea { width: 100%; box-sizing: border-box; font: inherit; }
`;
