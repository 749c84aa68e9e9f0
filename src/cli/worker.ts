// `npm run worker`: the one process that runs the job queues (mails, reminders, retention, search
// retries, scheduled publishing) when the web instances run with JOBS_AUTORUN=false. It starts
// Payload with its crons on, so every queue runs on its own schedule (see the plugins' runners) and
// the tasks' schedules are queued here; stopped with SIGTERM or SIGINT after the running jobs.
// Runs through `payload run` (see package.json), like the seed.
export {}

// Whatever the shared env file says for the web instances, this process runs the queues.
process.env.JOBS_AUTORUN = 'true'
// The worker answers no searches: no in-memory index to build or follow.
process.env.SEARCH_BACKGROUND = 'off'
// Migrations run here too when the worker starts first; the demo content is left to the web instances.
process.env.SEED_ON_START = 'false'

const { getPayload } = await import('payload')
const { default: config } = await import('../../payload.config')

const payload = await getPayload({ config, cron: true })
payload.logger.info('worker: the job queues run in this process')

await new Promise<void>((resolve) => {
  process.once('SIGTERM', () => resolve())
  process.once('SIGINT', () => resolve())
})
payload.logger.info('worker: stopping')
// Stops the crons (a job that is running finishes its current step) and closes the database.
await payload.destroy()
process.exit(0)
