// Notices the page's Content-Security-Policy refusing a worker, which may stop it without an `error` event.

/**
 * Calls `onRefused` (with the violated directive) whenever the page's Content-Security-Policy
 * refuses to start a worker; returns what stops watching. Without a document (Node): nothing to watch.
 */
export function watchWorkerRefusal(onRefused: (directive: string) => void): () => void {
  if (typeof document === 'undefined') return () => undefined;
  const listener = (event: SecurityPolicyViolationEvent): void => {
    if (event.effectiveDirective === 'worker-src') onRefused(event.violatedDirective);
  };
  document.addEventListener('securitypolicyviolation', listener);
  return () => document.removeEventListener('securitypolicyviolation', listener);
}
