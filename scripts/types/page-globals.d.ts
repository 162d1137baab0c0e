// Types for code that runs inside a test page: the callbacks that the e2e suite,
// the studio, consumer and WordPress runners and the bench pass to page.evaluate,
// and what their pages set on window (test/e2e/pages/probe.js sets __e2e).
// Only tsconfig.tooling.json reads this file; the library's own types never see it.

/** Loosely typed on purpose: each runner reads back what its own page wrote. */
type PageValue = any; // eslint-disable-line @typescript-eslint/no-explicit-any

interface Window {
  __e2e: PageValue;
  __xss: PageValue;
  __result: PageValue;
  __timers: PageValue;
  __violations: PageValue;
  __ready: PageValue;
  __cycle: PageValue;
  __benchKey: PageValue;
  __benchDone: PageValue;
  __stopCount: PageValue;
  __stopIds: PageValue;
  __restNonce: PageValue;
  __latencies: PageValue;
  __compare: PageValue;
  __clear: PageValue;
  __canary: PageValue;
  axe: PageValue;
  wp: PageValue;
  WellbeingWidgets: PageValue;
}

/**
 * In a test page every element the runners query is an HTMLElement, and the
 * widgets are Lit elements: their `updateComplete` settles a render. The rest are
 * the widgets' and form controls' properties that the runners set or read.
 */
interface Element {
  updateComplete: Promise<boolean>;
  click(): void;
  focus(options?: FocusOptions): void;
  blur(): void;
  title: string;
  value: PageValue;
  /** wellbeing-support-finder */
  query: string;
  src: string | undefined;
  /** wellbeing-help-now */
  show(): void;
  close(): void;
  /** wellbeing-studio-import */
  readText(text: string, name: string): void;
}
