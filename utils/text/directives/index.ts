export { findDirectives, type Directive } from './find-directives';
