/** The first-run page: opened once, when FinLens is installed (`background/first-run.ts`). */
import { render } from 'preact';
import { t, uiLocale } from '../i18n.ts';
import { FirstRun } from './first-run.tsx';
import './first-run.css';

document.documentElement.lang = uiLocale();
document.title = t('firstRunTitle');
const root = document.getElementById('app');
if (root) render(<FirstRun />, root);
