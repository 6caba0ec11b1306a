/**
 * The longest key the background sends (it refuses longer ones). The popup's pre-check refuses
 * anything longer too, before it runs a single pattern, so a huge paste costs nothing and never
 * reaches the background only to be turned away.
 */
export const MAX_KEY_LENGTH = 4096;

/** The most keys a paste with several offers to pick from (and names): the count stays exact. */
export const MAX_KEY_CHOICES = 5;
