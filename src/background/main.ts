/**
 * Background: keeps the toolbar badge showing how many people the tab's article names, passes
 * the keyboard commands to the active tab, and after an update or reload gives the tabs already open
 * the new content script (so the popup, the commands and the badge reach them without a page reload).
 */
import { forwardCommandsToActiveTab, onMessageFromContent, reinjectOnInstall, setBadge } from '../platform/browser';

forwardCommandsToActiveTab();
reinjectOnInstall();
onMessageFromContent((msg, tabId) => {
  if (msg.type === 'annotated') void setBadge(tabId, msg.actors > 0 ? String(msg.actors) : '').catch(() => {});
});
