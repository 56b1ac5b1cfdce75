/** The options page: quote providers, colours, highlights, sites, card refresh. */
import { render } from 'preact';
import { prefersChinese, t } from '../i18n.ts';
import { Options } from './options.tsx';
import './options.css';

document.documentElement.lang = prefersChinese() ? 'zh-CN' : 'en';
document.title = t('optionsTitle');
const root = document.getElementById('app');
if (root) render(<Options />, root);
