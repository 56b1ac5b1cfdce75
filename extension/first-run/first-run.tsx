/**
 * The first-run page, opened once when FinLens is installed: what it does (three pictures), what it
 * sends where, how to see it at work, and how to pin its toolbar button.
 */
import browser from 'webextension-polyfill';
import { DEFAULT_PROVIDER_ORDER, PROVIDER_HOSTS } from '../../src/quotes/provider-names.ts';
import { prefersChinese, providerLabel, t, uiLocale } from '../i18n.ts';
import { redUp } from '../settings-schema.ts';
import { CardPicture, ClaimsPicture, HighlightsPicture } from './pictures.tsx';

/** The command that serves the demo article from FinLens's source (README, "Quick start"). */
const DEMO_COMMAND = 'npm ci && npm start';

/** The three pictures, each with its caption's title and text. */
const PICTURES = [
  { title: 'firstRunPicture1Title', text: 'firstRunPicture1Text', Drawing: HighlightsPicture },
  {
    title: 'firstRunPicture2Title',
    text: 'firstRunPicture2Text',
    Drawing: () => <CardPicture redUp={redUp('auto', uiLocale())} />,
  },
  { title: 'firstRunPicture3Title', text: 'firstRunPicture3Text', Drawing: ClaimsPicture },
];

/** Firefox's extension pages live at moz-extension://; its toolbar pins extensions its own way. */
const inFirefox = () => location.protocol === 'moz-extension:';

export function FirstRun() {
  const privacyUrl = `${browser.runtime.getURL('extension/options/index.html')}#privacy`;
  return (
    <main class="first-run">
      <header>
        <h1>{t('firstRunTitle')}</h1>
        <p class="lead">{t('firstRunLead')}</p>
      </header>
      <section aria-labelledby="what-heading">
        <h2 id="what-heading">{t('firstRunWhatHeading')}</h2>
        <div class="pictures">
          {PICTURES.map(({ title, text, Drawing }) => (
            <figure key={title}>
              <Drawing />
              <figcaption>
                <strong>{t(title)}</strong> {t(text)}
              </figcaption>
            </figure>
          ))}
        </div>
      </section>
      <section aria-labelledby="sends-heading">
        <h2 id="sends-heading">{t('firstRunSendsHeading')}</h2>
        <p>{t('firstRunSendsText')}</p>
        <ul class="providers">
          {DEFAULT_PROVIDER_ORDER.map((name) => (
            <li key={name} data-provider={name}>
              <strong>{providerLabel(name)}</strong>
              {prefersChinese() ? '：' : ': '}
              {PROVIDER_HOSTS[name].join(', ')}
            </li>
          ))}
        </ul>
        <p>{t('firstRunNeverSent')}</p>
        <p>
          <a href={privacyUrl}>{t('firstRunPrivacyLink')}</a>
        </p>
      </section>
      <section aria-labelledby="demo-heading">
        <h2 id="demo-heading">{t('firstRunDemoHeading')}</h2>
        <p>{t('firstRunDemoText')}</p>
        <p>{t('firstRunDemoSource')}</p>
        <pre>
          <code>{DEMO_COMMAND}</code>
        </pre>
      </section>
      <section aria-labelledby="pin-heading">
        <h2 id="pin-heading">{t('firstRunPinHeading')}</h2>
        <p>{t(inFirefox() ? 'firstRunPinFirefox' : 'firstRunPinChrome')}</p>
        <p>{t('firstRunPinAfter')}</p>
      </section>
    </main>
  );
}
