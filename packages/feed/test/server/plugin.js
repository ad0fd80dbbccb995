// Dev-server middleware for loader tests (owned by the loader work): routes under /__feed-test/.
export function feedTestServerPlugin() {
  return { name: 'omj-feed-test-server' };
}
