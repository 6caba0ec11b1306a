/**
 * MAIN world, AI Studio only, from document_start: the request reader (utils/ai-studio-rpc/hook.ts).
 * It sees only failed GenerateCloudApiKey / CreateCloudProject answers, and passes their small
 * summary to the isolated content script as a JSON string on a DOM event. Nothing else from the
 * product runs here: the page's world can see and tamper with this code.
 */
import { defineContentScript } from '#imports';
import { installRpcReader, RPC_FAILURE_EVENT } from '@/utils/ai-studio-rpc/hook';

export default defineContentScript({
  matches: ['https://aistudio.google.com/*'],
  runAt: 'document_start',
  world: 'MAIN',
  main() {
    installRpcReader(window, (summary) => {
      document.dispatchEvent(new CustomEvent(RPC_FAILURE_EVENT, { detail: JSON.stringify(summary) }));
    });
  },
});
