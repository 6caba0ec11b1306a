// The Cloud Console offer card (en): loaded by the console's startup script on an offer page with no guide running.
import { defineUnlistedScript } from '#imports';
import { registerOffer } from '@/components/console-offer';

export default defineUnlistedScript(() => registerOffer());
