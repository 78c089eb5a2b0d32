// How far extractClaims looks around a figure, in UTF-16 units unless said otherwise: every reach is
// bounded, so the work per figure is too, however long the sentence.

/**
 * A figure's subjects and metric may come from words this far from it (UTF-16 units).
 *
 * @internal
 */
export const LOCAL = 60;
/**
 * A cue that turns a percentage into growth or a share must be this close to it.
 *
 * @internal
 */
export const CUE_REACH = 40;
/**
 * Parties this close to a figure or its metric word are its own ("trade between Kazakhstan and Russia").
 *
 * @internal
 */
export const TIGHT = 30;
/**
 * How many earlier figures a figure that continues one looks back over.
 *
 * @internal
 */
export const LOOK_BACK = 8;
/**
 * A figure's words are looked for this far around it in its sentence (UTF-16 units): bounded work per figure, however long the sentence.
 *
 * @internal
 */
export const SCOPE = 400;
/**
 * Dates of one kind of event kept for refining later ones.
 *
 * @internal
 */
export const MAX_EVENTS = 4;
/**
 * An undated event is dated by a date this many sentences back at most.
 *
 * @internal
 */
export const NARRATIVE = 2;
/**
 * A modal word farther before a figure than this is about something else.
 *
 * @internal
 */
export const MODAL_REACH = 70;
/**
 * How far from its verb or preposition a source's name is looked for (UTF-16 units): bounded work per cue.
 *
 * @internal
 */
export const NAME_REACH = 160;
