/**
 * The styles of painted claims, figures and the passage the popup jumped to (`passages.css`):
 * asked of the background, which inserts them into this frame, the first time a page paints a
 * claim or marks a passage. Not before: `::highlight()` rules added to a styled page restyle all
 * of it, and a page whose highlights are only marks never needs them.
 */
import { callBackground } from '../messages.ts';

let asked = false;

/** Has the passages' styles inserted into this page, once; the highlights show when they arrive. */
export function passageStyles(): void {
  if (asked) return;
  asked = true;
  void callBackground('passageStyles', {}).then((answer) => {
    if (answer.ok) return;
    asked = false;
    console.warn("FinLens: the passages' styles were not inserted:", answer.error);
  });
}
