// @ts-check
/**
 * On `/` only: when the browser's first preferred language is one of the site's, go to that
 * language's home page. Otherwise (or without JavaScript) the reader picks from the list.
 */
import { languageHome } from './language-home.js';

const target = languageHome(navigator.languages?.[0] ?? navigator.language);
if (target && window.location.pathname === '/') window.location.replace(target);
