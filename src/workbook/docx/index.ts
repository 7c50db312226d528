// The Word adapter: core documents to .docx bytes (loaded on demand by the task pane).
export { renderDocx } from './render';
export { documentTexts, isUntouched, MARKER_PROPERTY, readDocx, textMarker, type DocxParts } from './marker';
