/** Background: keeps the toolbar badge showing how many people the tab's article names. */
import { onContentMessage, setBadge } from '../platform/browser';

onContentMessage((msg, tabId) => {
  if (msg.type === 'annotated') void setBadge(tabId, msg.actors > 0 ? String(msg.actors) : '').catch(() => {});
});
