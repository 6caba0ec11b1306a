// The Cloud Console coach (en): loaded by the console's startup script once a guide runs or an offer may show.
import { defineUnlistedScript } from '#imports';
import { registerCoach } from '@/components/console-coach';

export default defineUnlistedScript(() => registerCoach());
