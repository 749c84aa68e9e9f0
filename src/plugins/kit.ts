import type { CollectionConfig, Config, GlobalConfig, Payload, PayloadRequest, TaskConfig } from 'payload'

import { userIsAdmin } from '../access/isAdmin'

/**
 * The small kit every portal plugin uses to add to the config: hooks appended to collections and
 * globals (with a label for the generated hook table in the README), job tasks, queue runners that
 * honour JOBS_AUTORUN, and onInit chaining. A plugin never overwrites what another one added.
 */

type CollectionHooks = NonNullable<CollectionConfig['hooks']>
type GlobalHooks = NonNullable<GlobalConfig['hooks']>
type Jobs = NonNullable<Config['jobs']>
export type AutoRun = NonNullable<Jobs['autoRun']>
export type QueueRunner = Extract<AutoRun, unknown[]>[number]

const LABELS = new WeakMap<object, string>()

/**
 * Gives a hook the name the README's hook table shows. A string, not the function's own name, so
 * it is the same in a minified build and for hooks that factories return as anonymous arrows.
 */
export function labelHook<T extends object>(label: string, hook: T): T {
  LABELS.set(hook, label)
  return hook
}

/** The label of a hook: the one given with labelHook, else the function's name. */
export function hookLabel(hook: unknown): string {
  if (typeof hook !== 'function') return String(hook)
  return LABELS.get(hook) ?? (hook.name || '(naamloos)')
}

/** Appends hooks after the ones the collection (or an earlier plugin) declared. */
export function appendCollectionHooks(
  collection: CollectionConfig,
  hooks: { [K in keyof CollectionHooks]?: CollectionHooks[K] },
  position: 'after' | 'before' = 'after',
): CollectionConfig {
  const merged: CollectionHooks = { ...collection.hooks }
  for (const [name, added] of Object.entries(hooks) as [keyof CollectionHooks, unknown[] | undefined][]) {
    if (!added || added.length === 0) continue
    const existing = (merged[name] ?? []) as unknown[]
    ;(merged as Record<string, unknown[]>)[name] = position === 'after' ? [...existing, ...added] : [...added, ...existing]
  }
  return { ...collection, hooks: merged }
}

/** The same for a global. */
export function appendGlobalHooks(global: GlobalConfig, hooks: { [K in keyof GlobalHooks]?: GlobalHooks[K] }): GlobalConfig {
  const merged: GlobalHooks = { ...global.hooks }
  for (const [name, added] of Object.entries(hooks) as [keyof GlobalHooks, unknown[] | undefined][]) {
    if (!added || added.length === 0) continue
    ;(merged as Record<string, unknown[]>)[name] = [...((merged[name] ?? []) as unknown[]), ...added]
  }
  return { ...global, hooks: merged }
}

/** False when JOBS_AUTORUN=false: an instance that only serves pages runs no queue by itself. */
export const jobsAutoRunEnabled = (): boolean => process.env.JOBS_AUTORUN !== 'false'

/**
 * Adds queue runners to whatever autoRun the config has. With JOBS_AUTORUN=false none is added; a
 * queue that already has a runner (or a runner for all queues) is not given a second one. Runners
 * only start where Payload's crons are on (getPayload({ cron: true }) or `payload jobs:run`).
 */
export function withAutoRun(existing: AutoRun | undefined, runners: QueueRunner[]): AutoRun {
  return async (payload: Payload) => {
    const others = typeof existing === 'function' ? await existing(payload) : (existing ?? [])
    if (!jobsAutoRunEnabled()) return others
    const covered = (queue: string) => others.some((cron) => cron.allQueues || (cron.queue ?? 'default') === queue)
    return [...others, ...runners.filter((runner) => !covered(runner.queue ?? 'default'))]
  }
}

const adminOnly = ({ req }: { req: PayloadRequest }) => userIsAdmin(req.user)

/**
 * Adds job tasks and queue runners. `adminOnlyApi` closes Payload's jobs API (queue, run, cancel)
 * to everyone but admins, unless the config already set its own rule.
 */
export function addJobs(
  config: Config,
  { tasks = [], runners = [], adminOnlyApi = false }: { tasks?: NonNullable<Jobs['tasks']>; runners?: QueueRunner[]; adminOnlyApi?: boolean },
): Jobs {
  const jobs = config.jobs ?? {}
  return {
    ...jobs,
    ...(adminOnlyApi ? { access: { queue: adminOnly, run: adminOnly, cancel: adminOnly, ...jobs.access } } : {}),
    tasks: [...(jobs.tasks ?? []), ...tasks],
    ...(runners.length > 0 || jobs.autoRun ? { autoRun: runners.length > 0 ? withAutoRun(jobs.autoRun, runners) : jobs.autoRun } : {}),
  }
}

/** Runs the config's existing onInit first, then this plugin's. */
export function chainOnInit(config: Config, next: (payload: Payload) => Promise<void> | void): Config['onInit'] {
  return async (payload) => {
    await config.onInit?.(payload)
    await next(payload)
  }
}

/** Maps the collections with the given slugs; the others pass unchanged. */
export function mapCollections(
  config: Config,
  change: (collection: CollectionConfig) => CollectionConfig,
  slugs?: readonly string[],
): CollectionConfig[] {
  return (config.collections ?? []).map((collection) => (!slugs || slugs.includes(collection.slug) ? change(collection) : collection))
}

/** Housekeeping jobs of every plugin; they run on their own queue beside the mails. */
export const MAINTENANCE_QUEUE = 'maintenance'

/**
 * A job that runs on a schedule and reports what it did (counts, a cut-off date) in the job's
 * output: the housekeeping tasks (on the maintenance queue unless they say otherwise) and the
 * alert digests (on the mail queue). A failed run is retried three times at a fixed interval;
 * after that the next scheduled run tries again anyway.
 */
export function scheduledTask<Result extends object>({
  slug,
  label,
  cron,
  queue = MAINTENANCE_QUEUE,
  retryDelayMs = 60_000,
  output,
  run,
}: {
  slug: string
  label: string
  cron: string
  queue?: string
  retryDelayMs?: number
  /** The result's fields the admin shows for a run, with their type. */
  output: { [K in keyof Result & string]?: 'number' | 'text' }
  run: (payload: Payload) => Promise<Result>
}): TaskConfig {
  return {
    slug,
    label,
    schedule: [{ cron, queue }],
    retries: { attempts: 3, backoff: { type: 'fixed', delay: retryDelayMs } },
    outputSchema: Object.entries(output).map(([name, type]) => ({ name, type })),
    handler: async ({ req }: { req: PayloadRequest }) => ({ output: await run(req.payload) }),
  } as TaskConfig
}

/** What a mail job reports: sent, or why not (the account is gone, the mail was sent before). */
export type MailJobOutcome = { sent: boolean; skipped?: string }

/**
 * A job that sends one mail. While the mail server is down it is retried with a growing delay; a
 * retry starts afresh (no restored output), so it looks again at what is stored before it sends.
 */
export function mailTask<Input>({
  slug,
  label,
  input,
  attempts,
  retryDelayMs,
  send,
}: {
  slug: string
  label: string
  input: NonNullable<TaskConfig['inputSchema']>
  attempts: number
  retryDelayMs: number
  send: (payload: Payload, input: Input, req: PayloadRequest) => Promise<MailJobOutcome>
}): TaskConfig {
  return {
    slug,
    label,
    inputSchema: input,
    outputSchema: [
      { name: 'sent', type: 'checkbox' },
      { name: 'skipped', type: 'text' },
    ],
    retries: { attempts, backoff: { type: 'exponential', delay: retryDelayMs }, shouldRestore: false },
    handler: async ({ input, req }: { input: Input; req: PayloadRequest }) => ({
      output: await send(req.payload, input, req),
    }),
  } as TaskConfig
}
