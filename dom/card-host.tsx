// Owns the card's host element: an open shadow root in the top layer (a manual popover, so the
// card also shows over fullscreen video), placed next to the mark with @floating-ui/dom.
import { computePosition, flip, offset, shift } from '@floating-ui/dom';
import { render } from 'preact';
import { Card, type CardProps } from '../components/Card';
import css from '../components/card.css?inline';

const HOST_STYLE =
  'all: initial !important; position: fixed !important; inset: auto !important; top: 0 !important; left: 0 !important; margin: 0 !important; ' +
  'padding: 0 !important; border: 0 !important; background: transparent !important; overflow: visible !important; ' +
  'z-index: 2147483647 !important; width: max-content !important; height: auto !important; display: block !important;';

export class CardHost {
  host: HTMLElement | null = null;
  private root: ShadowRoot | null = null;
  private mount: HTMLElement | null = null;
  open = false;

  private ensure(): HTMLElement {
    if (this.host && this.host.isConnected) return this.host;
    const host = document.createElement('dramalens-card');
    host.setAttribute('style', HOST_STYLE);
    if ('popover' in host) host.setAttribute('popover', 'manual');
    const root = host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = css;
    const mount = document.createElement('div');
    root.append(style, mount);
    (document.fullscreenElement ?? document.documentElement).appendChild(host);
    this.host = host;
    this.root = root;
    this.mount = mount;
    return host;
  }

  /** Show the card next to `anchor`; `focus`: then move the keyboard focus into it (keyboard
   *  command). It can take focus only once placed and visible, so that waits for the placement. */
  show(anchor: () => DOMRect, props: CardProps, focus = false): void {
    const host = this.ensure();
    // Over fullscreen video the host must live in the fullscreen element.
    const fs = document.fullscreenElement;
    if (fs && host.parentNode !== fs) fs.appendChild(host);
    render(<Card {...props} />, this.mount!);
    if (host.popover !== undefined && host.hasAttribute('popover')) {
      try {
        if (host.matches(':popover-open')) host.hidePopover();
        host.showPopover();
      } catch {
        /* not in a document that allows popovers: plain fixed positioning still works */
      }
    }
    host.style.setProperty('visibility', 'hidden', 'important');
    this.open = true;
    const reference = { getBoundingClientRect: anchor };
    void computePosition(reference, host, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [offset(6), flip({ padding: 8 }), shift({ padding: 8 })],
    }).then(({ x, y }) => {
      if (!this.open) return;
      host.style.setProperty('left', `${Math.round(x)}px`, 'important');
      host.style.setProperty('top', `${Math.round(y)}px`, 'important');
      host.style.removeProperty('visibility');
      if (focus) this.focus();
    });
  }

  hide(): void {
    if (!this.open) return;
    this.open = false;
    const host = this.host;
    if (!host) return;
    try {
      if (host.matches(':popover-open')) host.hidePopover();
    } catch {
      /* ignore */
    }
    render(null, this.mount!);
    host.style.setProperty('visibility', 'hidden', 'important');
  }

  /** Focus the first control in the card (keyboard command). */
  focus(): void {
    (this.root?.querySelector('a,button') as HTMLElement | null)?.focus();
  }

  contains(target: EventTarget | null): boolean {
    return !!this.host && target instanceof Node && (target === this.host || this.host.contains(target));
  }

  destroy(): void {
    this.hide();
    this.host?.remove();
    this.host = null;
  }
}
