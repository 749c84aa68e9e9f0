// `npm run search:reindex`: rebuilds the whole search index from the database, with a progress bar.
// Runs through `payload run` (see package.json): importing the Lexical editor from a plain Node
// script can hang.

// Set before the config loads: a script neither seeds nor starts the background index and poller.
process.env.SEARCH_BACKGROUND = 'off'
process.env.SEED_ON_START = 'false'

const { getPayload } = await import('payload')
const { default: config } = await import('../../../payload.config')
const searchIndex = await import('../indexOwner')
const { reindexEverywhere } = await import('../sync/reindexEverywhere')
const { progressBar } = await import('./progressBar')

const payload = await getPayload({ config })
const engine = searchIndex.provider(payload).kind
let exitCode = 0
try {
  console.log(
    engine === 'algolia'
      ? 'Zoekindex opnieuw opbouwen in Algolia…'
      : 'Zoekindex opnieuw opbouwen (ingebouwde zoekmachine)…',
  )
  const bar = progressBar()
  const result = await reindexEverywhere(payload, { onProgress: bar.update })
  bar.done()
  console.log(
    `\n${result.records} pagina’s geïndexeerd in ${(result.milliseconds / 1000).toFixed(1).replace('.', ',')} s:`,
  )
  for (const [source, count] of Object.entries(result.bySource)) console.log(`  ${source.padEnd(20)} ${count}`)
  if (engine === 'embedded') {
    // Every running app instance keeps its own index; the change log has told them to rebuild.
    console.log('\nDraaiende app-instanties bouwen hun index binnen enkele seconden opnieuw op.')
  }
} catch (error) {
  console.error('Opnieuw indexeren is mislukt:', error instanceof Error ? error.message : error)
  exitCode = 1
} finally {
  await payload.destroy().catch(() => undefined)
}
process.exit(exitCode)

// A script file with top-level await must be a module.
export {}
