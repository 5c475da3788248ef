import { render } from 'preact';
import { I18nContext } from '../../components/i18n';
import { CATALOGUE } from '../../feeds';
import { openDb } from '../../lib/store/db';
import { browserTranslate, browserUiLang } from '../../lib/ui/browser-i18n';
import { App } from './App';
import '../../components/base.css';
import '../../components/map/tile-map.css';
import '../popup/style.css';
import './style.css';

const lang = browserUiLang();
document.documentElement.lang = lang;
document.title = `${browserTranslate('readerTitle')} – Kommunalradar`;
render(
  <I18nContext.Provider value={{ t: browserTranslate, lang, now: Date.now }}>
    <App db={openDb()} catalogue={__E2E__ ? [] : CATALOGUE} />
  </I18nContext.Provider>,
  document.getElementById('app')!,
);
