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
  /** A real click of the pointer at a point, in viewport pixels: a user gesture, as a reader's click is. */
  clickAt(x: number, y: number): Promise<void>;
  press(key: string): Promise<void>;
  /** Types text into the focused element, key by key. */
  type(text: string): Promise<void>;
  /** Makes this tab the active tab of its window, as a reader switching to it does. */
  bringToFront(): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  screenshot(path: string, options?: { fullPage?: boolean; clip?: Box }): Promise<void>;
  /**
   * Runs a script's source in the page through the browser driver, as a developer console would, so
   * the page's CSP does not stop it (axe-core in the extension's own pages).
   */
  addScript(source: string): Promise<void>;
  /** Console errors and uncaught exceptions seen on this page so far. */
  readonly errors: string[];
  close(): Promise<void>;
}

/** A rectangle in viewport pixels. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A browser with the built extension installed. */
export interface ExtensionBrowser {
  readonly name: 'chromium' | 'firefox';
  newPage(): Promise<BrowserPage>;
  /**
   * Opens one of the extension's own pages in a tab of its own (`extension/popup/index.html?tabId=3`,
   * `extension/options/index.html`) and returns it once its script has rendered its `<main>`.
   */
  openExtensionPage(path: string): Promise<BrowserPage>;
  /** The extension's id for a page's tab (the tab is brought to the front to be found). */
  tabIdOf(page: BrowserPage): Promise<number>;
  /** The toolbar badge's text on a tab. */
  badgeOf(tabId: number): Promise<string>;
  /** Changes the extension's stored settings, as the popup's switches do; open tabs follow. */
  setSettings(patch: Record<string, unknown>): Promise<void>;
  close(): Promise<void>;
}
