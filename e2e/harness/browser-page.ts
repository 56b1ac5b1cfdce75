/** The few page operations the shared e2e checks need, the same over Playwright and Puppeteer. */
export interface BrowserPage {
  goto(url: string): Promise<void>;
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Polls `fn` in the page until it returns a truthy value, then returns it. */
  waitFor<R, A = undefined>(fn: (arg: A) => R, arg?: A, timeoutMs?: number): Promise<NonNullable<R>>;
  hover(selector: string): Promise<void>;
  /** Whether the first element matching `selector` is visible as the browser driver judges it (computed style and box). */
  isVisible(selector: string): Promise<boolean>;
  moveMouseTo(x: number, y: number): Promise<void>;
  press(key: string): Promise<void>;
  screenshot(path: string): Promise<void>;
  /** Console errors and uncaught exceptions seen on this page so far. */
  readonly errors: string[];
  close(): Promise<void>;
}

/** A browser with the built extension installed. */
export interface ExtensionBrowser {
  readonly name: 'chromium' | 'firefox';
  newPage(): Promise<BrowserPage>;
  /** Changes the extension's stored settings, as the popup's switches do; open tabs follow. */
  setSettings(patch: Record<string, unknown>): Promise<void>;
  close(): Promise<void>;
}
