export { decodeMarker, encodeMarker } from '../contract/marker.js';
