// The full detector (evidence, context, highlights, hit test, card wiring), injected into a frame
// by the background when the content script's first pass finds a candidate name there.
import { provide } from '../dom/inject';
import { wake } from '../dom/wake';

export default defineUnlistedScript(() => provide('detector', { wake }));
