/**
 * memo() without preact/compat (whose import would also switch on React's
 * event and attribute conventions for every component): a parent re-render
 * skips the wrapped component when its props are the same, by `same` (default:
 * each prop identical). Its own state and context updates still render it.
 */
import { Component, h, type ComponentType, type FunctionComponent } from 'preact';

export function shallowEqual<P extends object>(a: P, b: P): boolean {
  const ka = Object.keys(a) as (keyof P)[];
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => a[k] === b[k]);
}

export function memo<P extends object>(render: FunctionComponent<P>, same: (prev: P, next: P) => boolean = shallowEqual): ComponentType<P> {
  class Memo extends Component<P> {
    override shouldComponentUpdate(next: P): boolean {
      return !same(this.props, next);
    }
    render() {
      return h(render, this.props);
    }
  }
  (Memo as ComponentType<P>).displayName = `Memo(${render.displayName ?? render.name})`;
  return Memo;
}
