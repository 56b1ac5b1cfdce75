/** The options page: quote providers, colours, highlights, sites, card refresh. */
import { render } from 'preact';
import { t, uiLocale } from '../i18n.ts';
import { Options } from './options.tsx';
import './options.css';

document.documentElement.lang = uiLocale();
document.title = t('optionsTitle');
const root = document.getElementById('app');
if (root) render(<Options />, root);
