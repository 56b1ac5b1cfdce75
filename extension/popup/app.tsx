import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { formatCount, formatPublished } from '../format.ts';
import { t, uiLocale } from '../i18n.ts';
import { callBackground, callTab, type PageState } from '../messages.ts';
import { explicit } from '../quiet.ts';
import { loadSettings, type Settings, saveSettings } from '../settings.ts';
import { redUp } from '../settings-schema.ts';
import { CompanyList } from './companies.tsx';
import { NothingHere } from './nothing-here.tsx';
import { nothingReason } from './nothing-here-reason.ts';
import { Passage } from './passage.tsx';
import { SampleNote } from './sample-note.tsx';
import { byMentions, fetchPrices, fetchSince, type Prices, SecurityRow, type Sinces } from './securities.tsx';

type View = { kind: 'loading' } | { kind: 'unavailable' } | { kind: 'ready'; page: PageState };

/** How long the popup waits for the page to apply a switch before it reads the page again. */
const REFRESH_AFTER_TOGGLE_MS = 150;

/**
 * The popup's whole UI: the switches, then the page's key points, securities and claims, each a
 * click away from its place in the page. Every state has a face: loading, unavailable, not an
 * article, nothing found, a list.
 */
export function App({ tabId }: { tabId: Promise<number | undefined> }) {
  const [view, setView] = useState<View>({ kind: 'loading' });
  const [settings, setSettings] = useState<Settings | null>(null);
  const [tab, setTab] = useState<number | undefined>(undefined);
  const [gone, setGone] = useState(false);
  const [prices, setPrices] = useState<Prices>({});
  const [sinces, setSinces] = useState<Sinces>({});

  const refresh = async (id: number | undefined) => {
    if (id === undefined) return setView({ kind: 'unavailable' });
    // The page may have only the first stage (nothing on it for FinLens at a glance): the popup
    // has the full content script injected, which reads the page for it.
    const started = await callBackground('startReader', { tabId: id });
    const result = started.ok ? await callTab(id, 'getPageState', {}) : started;
    setView(result.ok ? { kind: 'ready', page: result.value } : { kind: 'unavailable' });
    if (!result.ok) return;
    const { securities, page } = result.value;
    setPrices(await fetchPrices(securities));
    if (page.isArticle) setSinces(await fetchSince(byMentions(securities), page.published));
  };

  const refreshPrices = async (securities: PageState['securities']) => {
    setPrices({});
    setPrices(await fetchPrices(securities, true));
  };

  useEffect(() => {
    loadSettings().then(setSettings);
    tabId.then((id) => {
      setTab(id);
      return refresh(id);
    });
  }, [tabId]);

  const toggle = async (patch: Partial<Settings>) => {
    if (settings) setSettings({ ...settings, ...patch });
    setSettings(await saveSettings(patch));
    setTimeout(() => refresh(tab), REFRESH_AFTER_TOGGLE_MS);
  };

  const revealText = async (start: number, end: number, text: string) => {
    if (tab === undefined) return;
    const result = await callTab(tab, 'revealText', { start, end, text });
    setGone(!(result.ok && result.value));
  };

  const page = view.kind === 'ready' ? view.page : null;
  const toggleSite = (on: boolean) => {
    if (!settings || !page) return;
    const offSites = on ? settings.offSites.filter((s) => s !== page.site) : [...settings.offSites, page.site];
    void toggle({ offSites });
  };

  return (
    <main class="popup">
      <header>
        <h1>{t('extName')}</h1>
        <button type="button" class="options-link" onClick={() => browser.runtime.openOptionsPage()}>
          {t('popupOptions')}
        </button>
        <div class="switches">
          {page?.site ? (
            <Switch label={t('popupSiteOn')} checked={settings ? !page.siteOff : undefined} onChange={toggleSite} />
          ) : null}
          <Switch
            label={t('popupHighlight')}
            checked={settings?.highlight}
            onChange={(on) => toggle({ highlight: on })}
          />
          <Switch
            label={t('popupHighlightClaims')}
            checked={settings?.claims}
            onChange={(on) => toggle({ claims: on })}
          />
        </div>
      </header>
      {/* Said where there are prices to say it of. */}
      <SampleNote on={settings?.sampleData && (page?.securities.length ?? 0) > 0} />
      {gone && (
        <p class="state notice" role="status">
          {t('popupGone')}
        </p>
      )}
      <Body
        view={view}
        prices={prices}
        sinces={sinces}
        redUp={redUp(settings?.colors ?? 'auto', uiLocale())}
        onRefreshPrices={refreshPrices}
        onReveal={(id) => tab !== undefined && callTab(tab, 'reveal', { securityId: id })}
        onRevealText={revealText}
      />
    </main>
  );
}

function Switch(props: { label: string; checked: boolean | undefined; onChange: (on: boolean) => void }) {
  return (
    <label class="switch">
      <input
        type="checkbox"
        checked={props.checked ?? false}
        disabled={props.checked === undefined}
        onChange={(e) => props.onChange(e.currentTarget.checked)}
      />
      <span>{props.label}</span>
    </label>
  );
}

interface BodyProps {
  view: View;
  prices: Prices;
  sinces: Sinces;
  redUp: boolean;
  onRefreshPrices: (securities: PageState['securities']) => void;
  onReveal: (id: string) => void;
  onRevealText: (start: number, end: number, text: string) => void;
}

function Body({ view, prices, sinces, redUp, onRefreshPrices, onReveal, onRevealText }: BodyProps) {
  if (view.kind === 'loading') {
    return (
      <section aria-live="polite">
        <p class="state">{t('popupLoading')}</p>
      </section>
    );
  }
  // A page with nothing to list says why, and what FinLens does, instead of empty lists.
  if (view.kind === 'unavailable') return <NothingHere reason="unreadable" />;
  const nothing = nothingReason(view.page);
  if (nothing) return <NothingHere reason={nothing} />;
  const { page, claims, keyPoints, highlighted, readUpTo, namesQuiet } = view.page;
  // On a page not about finance, securities named by name only are listed apart and not highlighted.
  const securities = namesQuiet ? view.page.securities.filter(explicit) : view.page.securities;
  const alsoMentioned = namesQuiet ? view.page.securities.filter((s) => !explicit(s)) : [];
  const rowProps = { prices, sinces, redUp, onReveal };
  // Sessions since publication, as the current record of the page's most named security counts them.
  const measured = byMentions(view.page.securities)
    .map((s) => sinces[s.id])
    .find((a) => a?.kind === 'since' && a.sessions !== undefined);
  const sessions = measured?.kind === 'since' ? measured.sessions : undefined;
  return (
    <>
      {readUpTo !== undefined && <p class="state">{t('popupReadUpTo', formatCount(readUpTo, uiLocale()))}</p>}
      {page.isArticle && keyPoints.points.length > 0 && (
        <section class="key-points" aria-labelledby="key-points-heading">
          <h2 id="key-points-heading">{t('popupKeyPoints')}</h2>
          {keyPoints.headline && <p class="headline">{keyPoints.headline}</p>}
          {(page.byline || page.published) && (
            <p class="article-meta">
              {[page.byline, formatPublished(page.published, uiLocale())].filter(Boolean).join(' · ')}
            </p>
          )}
          {sessions !== undefined && <p class="published-ago">{t('popupTradingDaysAgo', String(sessions))}</p>}
          <ol>
            {keyPoints.points.map((p) => (
              <Passage key={p.start} item={p} onRevealText={onRevealText} />
            ))}
          </ol>
        </section>
      )}
      <section aria-live="polite" aria-labelledby="securities-heading">
        <div class="section-head">
          <h2 id="securities-heading">{t('popupSecurities')}</h2>
          {view.page.securities.length > 0 && (
            <button type="button" class="refresh" onClick={() => onRefreshPrices(view.page.securities)}>
              {t('popupRefresh')}
            </button>
          )}
        </div>
        {securities.length === 0 ? (
          alsoMentioned.length === 0 && <p class="state">{t('popupNothingFound')}</p>
        ) : (
          <SecurityList list={securities} canReveal={highlighted} {...rowProps} />
        )}
        {alsoMentioned.length > 0 && (
          <div class="also-mentioned">
            <h3 id="also-heading">{t('popupAlsoMentioned')}</h3>
            <p class="state">{t('popupAlsoMentionedHint')}</p>
            <SecurityList list={alsoMentioned} canReveal={false} labelledBy="also-heading" {...rowProps} />
          </div>
        )}
      </section>
      {page.isArticle && <CompanyList companies={view.page.companies} onRevealText={onRevealText} />}
      {page.isArticle ? (
        <section class="claims" aria-labelledby="claims-heading">
          <h2 id="claims-heading">
            {t('popupClaims')} <span class="count">{claims.length}</span>
          </h2>
          {!page.isFinance && claims.length > 0 && <p class="state not-finance">{t('popupNotFinance')}</p>}
          {claims.length === 0 ? (
            <p class="state">{t('popupNoClaims')}</p>
          ) : (
            <ul>
              {claims.map((c) => (
                <Passage key={c.start} item={c} onRevealText={onRevealText} />
              ))}
            </ul>
          )}
        </section>
      ) : (
        <p class="state not-article">{t('popupNotArticle')}</p>
      )}
    </>
  );
}

/** Securities by mentions, each a row with its price chip; a click reveals it when `canReveal`. */
function SecurityList(props: {
  list: PageState['securities'];
  canReveal: boolean;
  labelledBy?: string;
  prices: Prices;
  sinces: Sinces;
  redUp: boolean;
  onReveal: (id: string) => void;
}) {
  return (
    <ul class="securities" aria-labelledby={props.labelledBy}>
      {byMentions(props.list).map((s) => (
        <SecurityRow
          key={s.id}
          security={s}
          canReveal={props.canReveal}
          onReveal={props.onReveal}
          answer={props.prices[s.id]}
          since={props.sinces[s.id]}
          redUp={props.redUp}
        />
      ))}
    </ul>
  );
}
