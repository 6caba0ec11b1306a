import { createKeyTestService } from '@/utils/api-key/service';
import { backgroundMessaging } from '@/utils/messaging';
import { createGuideService } from '@/utils/guide/service';
import { dismissedGuideOffers, guideStates } from '@/utils/storage';

// Registers message handlers; the logic lives in utils/ where it is unit-tested.
export default defineBackground(() => {
  const popupUrl = browser.runtime.getURL('/popup.html');
  const keyTests = createKeyTestService({
    fetch: (input, init) => fetch(input, init),
    runtimeId: browser.runtime.id,
    popupUrl,
  });
  backgroundMessaging.onMessage('testApiKey', (message) => keyTests.testApiKey(message));
  backgroundMessaging.onMessage('cancelKeyTest', (message) => keyTests.cancelKeyTest(message));

  // Click coach: per-tab guide state in storage.session (utils/guide/service.ts).
  const guides = createGuideService({
    store: guideStates,
    dismissedOffers: { get: () => dismissedGuideOffers.getValue(), set: (ids) => dismissedGuideOffers.setValue(ids) },
    createTab: (options) => browser.tabs.create(options),
    updateTab: (tabId, options) => browser.tabs.update(tabId, options),
    openPopup: browser.action?.openPopup ? () => browser.action.openPopup() : undefined,
    popupUrl,
  });
  backgroundMessaging.onMessage('startGuide', ({ data, sender }) => guides.startGuide(data, sender));
  backgroundMessaging.onMessage('getGuideState', ({ sender }) => guides.getGuideState(sender));
  backgroundMessaging.onMessage('setGuideState', ({ data, sender }) => guides.setGuideState(data, sender));
  backgroundMessaging.onMessage('openKeyTester', () => guides.openKeyTester());
  backgroundMessaging.onMessage('getDismissedGuideOffers', () => guides.getDismissedGuideOffers());
  backgroundMessaging.onMessage('dismissGuideOffer', ({ data }) => guides.dismissGuideOffer(data));
  browser.tabs.onRemoved.addListener((tabId) => void guides.forgetTab(tabId));
});
