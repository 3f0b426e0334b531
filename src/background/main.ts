/**
 * Background: keeps the toolbar badge showing how many people the tab's article names, passes
 * the keyboard commands to the active tab, injects the article part into pages whose content script
 * found an article, and after an update or reload gives the tabs already open the new content script
 * (so the popup, the commands and the badge reach them without a page reload).
 */
import { forwardCommandsToActiveTab, injectArticlePart, onMessageFromContent, reinjectOnInstall, setBadge } from '../platform/browser';
import { serveMemory } from './memory';

forwardCommandsToActiveTab();
reinjectOnInstall();
// The content script's article part (scripts/build.mjs), injected only into pages that carry an article.
injectArticlePart('article.js', 'tagger-data.js');
onMessageFromContent((msg, tabId) => {
  if (msg.type === 'annotated') void setBadge(tabId, msg.actors > 0 ? String(msg.actors) : '').catch(() => {});
});
serveMemory();
