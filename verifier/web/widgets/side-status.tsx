// What is happening with one file: a progress bar with a stop button, an error line, or a note.
import type { Lang } from '../../../shared/report/lang.ts';
import type { PageMessages } from '../messages.ts';
import { ProgressBar } from './progress-bar.tsx';
import type { Side } from './use-side.ts';

export function SideStatus({ side, t, lang }: { side: Side; t: PageMessages; lang: Lang }) {
  const { state } = side;
  switch (state.phase) {
    case 'working':
      return <ProgressBar label={t.working(state.name)} done={state.done} total={state.total} lang={lang} cancelLabel={t.cancel} onCancel={side.cancel} />;
    case 'error':
      return (
        <p class="error" role="alert">
          {state.message}
        </p>
      );
    case 'cancelled':
      return <p role="status">{t.cancelled}</p>;
    default:
      return null;
  }
}
