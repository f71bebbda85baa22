export { findDirectives, type Directive } from './find-directives';
export { withDrawnItems, type DrawnItem, type PageHeading } from './drawn-items';
export { drawnOrdinal, drawnStyle } from './drawn-ordinal';
