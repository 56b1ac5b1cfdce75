/**
 * The options page's About section: the version, where FinLens's data came from and when, the
 * licences of what it ships, and the privacy policy. All of it but the version (the manifest's) is
 * generated at build time from the files that say it (`scripts/about/`).
 */

import about from 'virtual:finlens-about';
import { useEffect, useRef } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from '../i18n.ts';
import { PrivacyText } from './privacy-text.tsx';

/** The anchor that opens the privacy policy (the first-run page links to it). */
export const PRIVACY_ANCHOR = 'privacy';

export function About() {
  const version = browser.runtime.getManifest().version;
  const privacy = useRef<HTMLDetailsElement>(null);
  const linked = location.hash === `#${PRIVACY_ANCHOR}`;
  useEffect(() => {
    if (linked) privacy.current?.scrollIntoView();
  }, [linked]);
  return (
    <section id="about" class="about" aria-labelledby="about-heading">
      <h2 id="about-heading">{t('optionsAbout')}</h2>
      <p class="version">{t('optionsAboutVersion', [version, about.license])}</p>
      <h3>{t('optionsAboutSecurities')}</h3>
      <p lang="en">{about.securities.summary}</p>
      <ul class="sources" lang="en">
        {about.securities.sources.map((s) => (
          <li key={s.files}>
            <span class="source">{s.source}</span>: {s.taken}
          </li>
        ))}
        {about.securities.notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
      <h3>{t('optionsAboutClaimsModel')}</h3>
      <p lang="en">{about.claimsModel}</p>
      <h3 id="licences-heading">{t('optionsAboutLicences')}</h3>
      <table class="licences" aria-labelledby="licences-heading">
        <thead>
          <tr>
            <th scope="col">{t('optionsAboutPackage')}</th>
            <th scope="col">{t('optionsAboutPackageVersion')}</th>
            <th scope="col">{t('optionsAboutLicence')}</th>
            <th scope="col">{t('optionsAboutUse')}</th>
          </tr>
        </thead>
        <tbody>
          {about.packages.map((p) => (
            <tr key={p.name} data-package={p.name}>
              <td>{p.name}</td>
              <td>{p.version}</td>
              <td>{p.license}</td>
              <td>{p.use === 'library' ? t('optionsAboutLibrary') : t('optionsAboutData', p.use)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <details id={PRIVACY_ANCHOR} ref={privacy} open={linked}>
        <summary>{t('optionsPrivacy')}</summary>
        <PrivacyText blocks={about.privacy} />
      </details>
    </section>
  );
}
