/**
 * Background: keeps the toolbar badge showing how many people the tab's article names, and passes
 * the keyboard commands to the active tab.
 */
import { forwardCommandsToActiveTab, onMessageFromContent, setBadge } from '../platform/browser';
import { serveMemory } from './memory';

forwardCommandsToActiveTab();
onMessageFromContent((msg, tabId) => {
  if (msg.type === 'annotated') void setBadge(tabId, msg.actors > 0 ? String(msg.actors) : '').catch(() => {});
});
serveMemory();
