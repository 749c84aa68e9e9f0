// Shared by `npm start` and the browser tests' setup: a server counts as up when /api/health says
// the database answers, not when the port opens.

/**
 * Polls `${baseUrl}/api/health` until it answers 200.
 * @param {string} baseUrl e.g. http://127.0.0.1:3000
 * @param {{ timeoutMs?: number, intervalMs?: number, stillRunning?: () => boolean }} [options]
 *   stillRunning: return false when the server process has exited, to stop waiting at once
 * @returns {Promise<void>}
 */
export async function waitForHealth(
  baseUrl,
  { timeoutMs = 120_000, intervalMs = 500, stillRunning = () => true } = {},
) {
  const deadline = Date.now() + timeoutMs
  let last = 'no answer yet'
  while (Date.now() < deadline) {
    if (!stillRunning()) throw new Error(`the server exited before it was healthy (${last})`)
    try {
      const response = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(5000) })
      if (response.ok) return
      last = `health answered ${response.status}`
    } catch (error) {
      last = /** @type {Error} */ (error).message
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs))
  }
  throw new Error(`${baseUrl}/api/health was not healthy within ${timeoutMs / 1000}s (${last})`)
}
