import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { PROVIDER_HOSTS } from '../../src/quotes/provider-names.ts';
import type { ProviderName } from '../../src/quotes/types.ts';
import { CLAIM_LABELS } from '../claim-labels.ts';
import { providerLabel, t } from '../i18n.ts';
import { loadSettings, onSettingsChanged, type Settings, saveSettings } from '../settings.ts';
import { CLAIM_TYPES, type ColorConvention, siteOf } from '../settings-schema.ts';
import { About } from './about.tsx';

const ALL_PROVIDERS: ProviderName[] = ['tencent', 'eastmoney', 'yahoo'];
const COLOR_LABELS: Record<ColorConvention, string> = {
  auto: 'optionsColorsAuto',
  'red-up': 'optionsColorsRedUp',
  'green-up': 'optionsColorsGreenUp',
};
const ORIGINS = ALL_PROVIDERS.flatMap((p) => PROVIDER_HOSTS[p].map((host) => `https://${host}/*`));

/** Every setting, each saved the moment it changes (open tabs apply it at once, through storage events). */
export function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [permitted, setPermitted] = useState<boolean | undefined>(undefined);
  useEffect(() => {
    const life = new AbortController();
    loadSettings().then(setSettings);
    onSettingsChanged(setSettings, life.signal);
    browser.permissions.contains({ origins: ORIGINS }).then(setPermitted, () => setPermitted(true));
    return () => life.abort();
  }, []);
  if (!settings) return <main class="options" aria-busy="true" />;
  const save = async (patch: Partial<Settings>) => setSettings(await saveSettings(patch));
  const allow = async () => setPermitted(await browser.permissions.request({ origins: ORIGINS }).catch(() => false));
  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <Providers settings={settings} save={save} />
      <section aria-labelledby="permissions-heading">
        <h2 id="permissions-heading">{t('optionsPermissions')}</h2>
        <p class="permission-state" data-permitted={String(permitted)}>
          {permitted === false ? t('optionsPermissionsMissing') : t('optionsPermissionsGranted')}
        </p>
        {permitted === false && (
          <button type="button" onClick={allow}>
            {t('optionsAllow')}
          </button>
        )}
      </section>
      <fieldset>
        <legend>{t('optionsColors')}</legend>
        {(Object.keys(COLOR_LABELS) as ColorConvention[]).map((c) => (
          <label key={c} class="choice">
            <input
              type="radio"
              name="colors"
              value={c}
              checked={settings.colors === c}
              onChange={() => save({ colors: c })}
            />
            {t(COLOR_LABELS[c])}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('optionsHighlights')}</legend>
        <Check label={t('popupHighlight')} checked={settings.highlight} onChange={(on) => save({ highlight: on })} />
        <Check
          label={t('optionsNamesEverywhere')}
          checked={settings.namesEverywhere}
          disabled={!settings.highlight}
          onChange={(on) => save({ namesEverywhere: on })}
        />
        <Check label={t('popupHighlightClaims')} checked={settings.claims} onChange={(on) => save({ claims: on })} />
        <div class="claim-types">
          {CLAIM_TYPES.map((type) => (
            <Check
              key={type}
              label={t(CLAIM_LABELS[type])}
              checked={settings.claimTypes[type]}
              disabled={!settings.claims}
              onChange={(on) => save({ claimTypes: { ...settings.claimTypes, [type]: on } })}
            />
          ))}
        </div>
        <Check
          label={t('optionsRefreshCard')}
          checked={settings.refreshCard}
          onChange={(on) => save({ refreshCard: on })}
        />
        <Check label={t('optionsHistory')} checked={settings.history} onChange={(on) => save({ history: on })} />
      </fieldset>
      <Sites settings={settings} save={save} />
      <About />
    </main>
  );
}

type Save = (patch: Partial<Settings>) => Promise<void>;

function Check(props: { label: string; checked: boolean; disabled?: boolean; onChange: (on: boolean) => void }) {
  return (
    <label class="choice">
      <input
        type="checkbox"
        checked={props.checked}
        disabled={props.disabled}
        onChange={(e) => props.onChange(e.currentTarget.checked)}
      />
      {props.label}
    </label>
  );
}

/** The providers in the order they are asked; unchecked ones are not asked (one always stays). */
function Providers({ settings, save }: { settings: Settings; save: Save }) {
  const order = [...settings.providers, ...ALL_PROVIDERS.filter((p) => !settings.providers.includes(p))];
  const move = (name: ProviderName, by: number) => {
    const list = [...settings.providers];
    const at = list.indexOf(name);
    const to = at + by;
    if (at < 0 || to < 0 || to >= list.length) return;
    [list[at], list[to]] = [list[to], list[at]];
    void save({ providers: list });
  };
  const use = (name: ProviderName, on: boolean) => {
    const list = on ? [...settings.providers, name] : settings.providers.filter((p) => p !== name);
    if (list.length > 0) void save({ providers: list });
  };
  return (
    <section aria-labelledby="providers-heading">
      <h2 id="providers-heading">{t('optionsProviders')}</h2>
      <p class="help">{t('optionsProvidersHelp')}</p>
      <ol class="providers">
        {order.map((name) => {
          const label = providerLabel(name);
          const used = settings.providers.includes(name);
          const at = settings.providers.indexOf(name);
          return (
            <li key={name} data-provider={name}>
              <label class="choice">
                <input
                  type="checkbox"
                  checked={used}
                  disabled={used && settings.providers.length === 1}
                  aria-label={t('optionsUseProvider', label)}
                  onChange={(e) => use(name, e.currentTarget.checked)}
                />
                <span>{label}</span>
                <span class="hosts">{PROVIDER_HOSTS[name].join(', ')}</span>
              </label>
              <span class="moves">
                <button
                  type="button"
                  aria-label={t('optionsMoveUp', label)}
                  disabled={!used || at === 0}
                  onClick={() => move(name, -1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  aria-label={t('optionsMoveDown', label)}
                  disabled={!used || at === settings.providers.length - 1}
                  onClick={() => move(name, 1)}
                >
                  ↓
                </button>
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function Sites({ settings, save }: { settings: Settings; save: Save }) {
  const [draft, setDraft] = useState('');
  const [invalid, setInvalid] = useState(false);
  const add = (e: Event) => {
    e.preventDefault();
    const site = siteOf(draft);
    setInvalid(site === undefined);
    if (!site) return;
    setDraft('');
    if (!settings.offSites.includes(site)) void save({ offSites: [...settings.offSites, site] });
  };
  return (
    <section aria-labelledby="sites-heading">
      <h2 id="sites-heading">{t('optionsOffSites')}</h2>
      {settings.offSites.length === 0 ? (
        <p class="help">{t('optionsNoSites')}</p>
      ) : (
        <ul class="sites">
          {settings.offSites.map((site) => (
            <li key={site}>
              <span>{site}</span>
              <button
                type="button"
                aria-label={t('optionsRemoveSite', site)}
                onClick={() => save({ offSites: settings.offSites.filter((s) => s !== site) })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="add-site" onSubmit={add}>
        <label for="site-input">{t('optionsSiteLabel')}</label>
        <input
          id="site-input"
          type="text"
          value={draft}
          aria-invalid={invalid}
          aria-describedby={invalid ? 'site-error' : undefined}
          onInput={(e) => setDraft(e.currentTarget.value)}
        />
        <button type="submit">{t('optionsAddSite')}</button>
        {invalid && (
          <p id="site-error" class="error" role="alert">
            {t('optionsSiteInvalid')}
          </p>
        )}
      </form>
    </section>
  );
}
