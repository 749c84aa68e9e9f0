// The load generator of `npm run bench:registrations`, in a process of its own so its CPU does
// not count as the server's: posts `count` registrations for one session at the same moment and
// prints one JSON line with the outcome of each.
const [url, sessionId, count] = process.argv.slice(2)

const registrant = (i) => ({
  session: Number.isNaN(Number(sessionId)) ? sessionId : Number(sessionId),
  name: `Deelnemer ${i}`,
  email: `deelnemer${i}@example.org`,
  organisation: 'Voorbeeldorganisatie',
  function: 'Jeugdbeschermer',
  consent: true,
})

async function post(i) {
  const started = performance.now()
  try {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(registrant(i)) })
    const json = await response.json().catch(() => ({}))
    return { status: response.status, outcome: json.status ?? null, ms: performance.now() - started }
  } catch (error) {
    return { status: 0, outcome: String(error), ms: performance.now() - started }
  }
}

const started = performance.now()
const results = await Promise.all(Array.from({ length: Number(count) }, (_, i) => post(i)))
process.stdout.write(`${JSON.stringify({ elapsed: performance.now() - started, results })}\n`)
