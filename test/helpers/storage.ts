/**
 * Makes `window.localStorage` throw, as blocked cookies, sandboxed iframes and
 * some private modes do; returns a function that puts it back.
 */
export function blockStorage(): () => void {
  const descriptor =
    Object.getOwnPropertyDescriptor(window, 'localStorage') ??
    Object.getOwnPropertyDescriptor(Window.prototype, 'localStorage');
  Object.defineProperty(window, 'localStorage', {
    configurable: true,
    get() {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    },
  });
  return () => {
    if (descriptor) Object.defineProperty(window, 'localStorage', descriptor);
    else delete (window as { localStorage?: Storage }).localStorage;
  };
}
