// A console iframe's agent: loaded by the console's startup script when the top frame first asks it to look.
import { defineUnlistedScript } from '#imports';
import { FRAME_AGENT_GLOBAL, type FrameAgentModule } from '@/utils/guide/coach-module';
import { startFrameAgent } from '@/utils/guide/frame-agent';

export default defineUnlistedScript(() => {
  const module: FrameAgentModule = { start: (options) => startFrameAgent(options) };
  (globalThis as Record<string, unknown>)[FRAME_AGENT_GLOBAL] = module;
});
