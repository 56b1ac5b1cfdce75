import { useEffect, useState } from 'preact/hooks';
import type { Security } from '../../src/types.ts';
import { displayName, marketLabel, t } from '../i18n.ts';
import { callTab, type PageState } from '../messages.ts';
import { loadSettings, saveSettings } from '../settings.ts';

type View = { kind: 'loading' } | { kind: 'unavailable' } | { kind: 'ready'; page: PageState };

/** How long the popup waits for the page to apply a switch before it reads the page again. */
const REFRESH_AFTER_TOGGLE_MS = 150;

/** The popup's whole UI. Every state has a face: loading, unavailable, nothing found, a list. */
export function App({ tabId }: { tabId: Promise<number | undefined> }) {
  const [view, setView] = useState<View>({ kind: 'loading' });
  const [highlight, setHighlight] = useState<boolean | null>(null);
  const [tab, setTab] = useState<number | undefined>(undefined);

  const refresh = async (id: number | undefined) => {
    if (id === undefined) return setView({ kind: 'unavailable' });
    const result = await callTab(id, 'getPageState', {});
    setView(result.ok ? { kind: 'ready', page: result.value } : { kind: 'unavailable' });
  };

  useEffect(() => {
    loadSettings().then((s) => setHighlight(s.highlight));
    tabId.then((id) => {
      setTab(id);
      return refresh(id);
    });
  }, [tabId]);

  const toggle = async (on: boolean) => {
    setHighlight(on);
    await saveSettings({ highlight: on });
    setTimeout(() => refresh(tab), REFRESH_AFTER_TOGGLE_MS);
  };

  return (
    <main class="popup">
      <header>
        <h1>{t('extName')}</h1>
        <label class="switch">
          <input
            type="checkbox"
            checked={highlight ?? false}
            disabled={highlight === null}
            onChange={(e) => toggle(e.currentTarget.checked)}
          />
          <span>{t('popupHighlight')}</span>
        </label>
      </header>
      <section aria-live="polite">
        <h2>{t('popupSecurities')}</h2>
        <Body view={view} onReveal={(id) => tab !== undefined && callTab(tab, 'reveal', { securityId: id })} />
      </section>
    </main>
  );
}

function Body({ view, onReveal }: { view: View; onReveal: (id: string) => void }) {
  if (view.kind === 'loading') return <p class="state">{t('popupLoading')}</p>;
  if (view.kind === 'unavailable') return <p class="state">{t('popupUnavailable')}</p>;
  if (view.page.securities.length === 0) return <p class="state">{t('popupNothingFound')}</p>;
  return (
    <ul class="securities">
      {view.page.securities.map((s) => (
        <SecurityRow key={s.id} security={s} canReveal={view.page.highlighted} onReveal={onReveal} />
      ))}
    </ul>
  );
}

function SecurityRow(props: { security: Security; canReveal: boolean; onReveal: (id: string) => void }) {
  const { security, canReveal, onReveal } = props;
  return (
    <li data-security-id={security.id}>
      <button type="button" disabled={!canReveal} title={t('popupReveal')} onClick={() => onReveal(security.id)}>
        <span class="symbol">{security.symbol}</span>
        <span class="name">{displayName(security) ?? ''}</span>
        <span class="meta">
          {marketLabel(security)} · {t('popupMentions', String(security.mentions.length))}
        </span>
      </button>
    </li>
  );
}
