// The full detector (evidence, context, highlights, hit test, card wiring), injected into a frame
// by the background when the content script's first pass finds a candidate name there.
import { startDramalens } from '../dom/dramalens';
import { provide } from '../dom/inject';

export default defineUnlistedScript(() => provide('detector', { startDramalens }));
