import { render } from 'preact';
import { browser } from 'wxt/browser';
import { I18nContext } from '../../components/i18n';
import { CATALOGUE } from '../../feeds';
import { readE2eCatalogue, type E2eStorage } from '../../feeds/e2e';
import { openDb } from '../../lib/store/db';
import { browserTranslate, browserUiLang } from '../../lib/ui/browser-i18n';
import { App } from './App';
import '../../components/base.css';
import '../options/style.css';
import './style.css';

const lang = browserUiLang();
document.documentElement.lang = lang;
document.title = browserTranslate('welcomeTitle');
// The test build reads its catalogue from storage (feeds/e2e.ts); the shipped build has it built in.
void (__E2E__ ? readE2eCatalogue(browser.storage as unknown as E2eStorage) : Promise.resolve(CATALOGUE)).then((catalogue) =>
  render(
    <I18nContext.Provider value={{ t: browserTranslate, lang, now: Date.now }}>
      <App db={openDb()} catalogue={catalogue} />
    </I18nContext.Provider>,
    document.getElementById('app')!,
  ),
);
