import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { en } from '@payloadcms/translations/languages/en'
import { nl } from '@payloadcms/translations/languages/nl'
import { buildConfig, type Payload } from 'payload'
import sharp from 'sharp'

import { BuildingBlocks } from './collections/BuildingBlocks'
import { Documents } from './collections/Documents'
import { GlossaryTerms } from './collections/GlossaryTerms'
import { Indicators } from './collections/Indicators'
import { LocalAgreements } from './collections/LocalAgreements'
import { Measurements } from './collections/Measurements'
import { Media } from './collections/Media'
import { Organisations } from './collections/Organisations'
import { Pages } from './collections/Pages'
import { Pilots } from './collections/Pilots'
import { Regions } from './collections/Regions'
import { Registrations } from './collections/Registrations'
import { TrainingSessions } from './collections/TrainingSessions'
import { Trainings } from './collections/Trainings'
import { Users } from './collections/Users'
import { passwordResetTask } from './collections/Users/passwordReset'
import { Vacancies } from './collections/Vacancies'
import { AlertChanges } from './collections/AlertChanges'
import { AlertDeliveries } from './collections/AlertDeliveries'
import { AlertLists } from './collections/AlertLists'
import { AlertSubscriptions } from './collections/AlertSubscriptions'
import { WorkingMethods } from './collections/WorkingMethods'
import { dutchDatesPlugin } from './src/admin/dutchDates'
import { resolveSecret } from './src/config/resolveSecret'
import { createDatabaseAdapter } from './src/db/createDatabaseAdapter'
import { parseDatabaseUri } from './src/db/parseDatabaseUri'
import { adminNavigationPlugin } from './src/admin/navigation'
import { queryGuardPlugin } from './src/api/validateQuery'
import { clientFaultsAfterError } from './src/api/clientFaults'
import { LOGGING_LEVELS, portalLogger } from './src/lib/logger'
import { MAX_UPLOAD_BYTES, UPLOAD_LIMIT_MESSAGE } from './src/uploads/safeUpload'
import { uploadStoragePlugin } from './src/uploads/storage'
import { sentMarkersPlugin } from './src/mail/sendOnce'
import { healthEndpoint } from './src/endpoints/health'
import { GRAPHQL_LIMITS, graphQLEnabled } from './src/graphql/settings'
import { queryLimitRule } from './src/graphql/validationRule'
import { revalidateContentPlugin } from './src/plugins/revalidateContent'
import { portalRedirectsPlugin } from './src/plugins/redirects'
import { feedbackPlugin } from './src/feedback/plugin'
import { searchPlugin } from './src/search/plugin'
import { trainingsPlugin } from './src/registrations/plugin'
import { vacanciesPlugin } from './src/vacancies/plugin'
import { alertsPlugin } from './src/alerts/plugin'
import { workflowPlugin } from './src/workflow/plugin'
import { EscalationModel } from './src/globals/EscalationModel'
import { Site } from './src/globals/Site'
import { Vision } from './src/globals/Vision'
import { defaultEditor } from './src/lexical/editor'
import { livePreviewConfig } from './src/lib/livePreview'
import { readabilityPlugin } from './src/readability/plugin'
import { createEmailAdapter, type MailSettings, readMailSettings } from './src/mail/createEmailAdapter'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export type PortalConfigOptions = {
  /** Defaults to DATABASE_URI; tests pass their own to run one suite on every database. */
  databaseUri?: string
  secret?: string
  mail?: MailSettings
  /**
   * Fill an empty database with the demo content at start-up. Defaults to SEED_ON_START !== 'false';
   * tests turn it off to start from nothing.
   */
  seedOnEmpty?: boolean
}

/**
 * Gives a fresh installation demo content at start-up (onInit runs before the server answers), so
 * the first visitor sees a filled portal. A failing seed is logged, not fatal: the portal still runs.
 * Imported here, not at the top: a start on a filled database never loads the seed and its texts.
 */
async function seedOnInit(payload: Payload): Promise<void> {
  try {
    const { seedIfEmpty } = await import('./seed')
    await seedIfEmpty(payload, { log: (message) => payload.logger.info(`seed: ${message}`) })
  } catch (error) {
    payload.logger.error({ err: error }, 'seed: loading the demo content failed')
  }
}

/** The whole portal as one Payload config; the default export is what Next and the CLI load. */
export function portalConfig(options: PortalConfigOptions = {}) {
  const mail = options.mail ?? readMailSettings()
  return buildConfig({
    secret: options.secret ?? resolveSecret(),
    serverURL: process.env.PUBLIC_URL || undefined,
    admin: {
      user: Users.slug,
      // Gravatar would send every editor's e-mail hash to a third party.
      avatar: 'default',
      meta: {
        titleSuffix: ' · Kennisportaal Jeugdbescherming',
        icons: [{ rel: 'icon', type: 'image/svg+xml', url: '/icon.svg' }],
      },
      // Dutch order and a 24-hour clock in lists and fields (Payload's default is American).
      dateFormat: 'dd-MM-yyyy HH:mm',
      components: {
        graphics: { Logo: '/src/admin/Logo', Icon: '/src/admin/Icon' },
        beforeDashboard: ['/src/admin/RoleStart'],
        providers: ['/src/admin/DutchEditorLabels'],
      },
      importMap: { baseDir: dirname },
      // Editors see a draft as it will look, following their typing (src/lib/livePreview.ts): the
      // preview route switches on Next's draft mode for editors who may read the draft only.
      livePreview: livePreviewConfig,
    },
    i18n: {
      supportedLanguages: { nl, en },
      fallbackLanguage: 'nl',
      // Payload's Dutch says "Nieuw(e) Sessie aanmaken" and "Naam, E-mail Of Organisatie".
      translations: {
        nl: { general: { createNewLabel: '{{label}} aanmaken', addNewLabel: '{{label}} toevoegen', or: 'of' } },
      },
    },
    collections: [
      Pages,
      BuildingBlocks,
      WorkingMethods,
      GlossaryTerms,
      Regions,
      LocalAgreements,
      Pilots,
      Organisations,
      Trainings,
      TrainingSessions,
      Registrations,
      Vacancies,
      AlertLists,
      AlertSubscriptions,
      AlertChanges,
      AlertDeliveries,
      Indicators,
      Measurements,
      Media,
      Documents,
      Users,
    ],
    globals: [Vision, EscalationModel, Site],
    editor: defaultEditor,
    db: createDatabaseAdapter(parseDatabaseUri(options.databaseUri ?? process.env.DATABASE_URI)),
    email: createEmailAdapter(mail),
    // The retention job purges old mail files from the folder this instance writes them to.
    custom: { mailOutboxDir: mail.kind === 'outbox' ? mail.dir : null },
    endpoints: [healthEndpoint],
    // The plugins add their own tasks (and the queues' autoRun) to these.
    jobs: { tasks: [passwordResetTask] },
    // workflowPlugin after the content plugins: it closes every collection they added and audits
    // them all; queryGuardPlugin checks the where and id of every collection's requests;
    // adminNavigationPlugin last, so the menu covers every collection.
    plugins: [
      // Before the cache drop: a new redirect drops the cached 404 of its old address.
      portalRedirectsPlugin,
      feedbackPlugin(),
      revalidateContentPlugin,
      searchPlugin(),
      trainingsPlugin(),
      vacanciesPlugin,
      alertsPlugin(),
      readabilityPlugin,
      workflowPlugin(),
      queryGuardPlugin,
      adminNavigationPlugin,
      // Last: the date fields every plugin added get the Dutch format too.
      dutchDatesPlugin,
      // Media and documents in an S3-compatible bucket when S3_BUCKET is set (several instances).
      uploadStoragePlugin(),
      // Every mail task sends at most once per job, however often it is picked up (src/mail/sendOnce.ts).
      sentMarkersPlugin,
    ],
    // Requests the client got wrong answer 4xx, once for the whole API (src/api/clientFaults.ts).
    hooks: { afterError: [clientFaultsAfterError] },
    // JSON in production, a request id on every line, personal data redacted (src/lib/logger.ts).
    logger: portalLogger(),
    loggingLevels: LOGGING_LEVELS,
    onInit: async (payload) => {
      if (options.seedOnEmpty ?? process.env.SEED_ON_START !== 'false') await seedOnInit(payload)
    },
    sharp,
    // One size limit for every upload, enforced while the body streams in (413 with a Dutch message).
    upload: { limits: { fileSize: MAX_UPLOAD_BYTES }, abortOnLimit: true, responseOnLimit: UPLOAD_LIMIT_MESSAGE },
    telemetry: false,
    // Off unless GRAPHQL_ENABLED=true (src/graphql/settings.ts); the route applies the same limits first.
    graphQL: {
      disable: !graphQLEnabled(),
      disablePlaygroundInProduction: true,
      maxComplexity: GRAPHQL_LIMITS.maxComplexity,
      validationRules: () => [queryLimitRule(GRAPHQL_LIMITS)],
    },
    // Payload regenerates the types in a child process on every start outside production. Only
    // `next dev` wants that: every test file boots Payload, and each boot spawned a whole
    // `payload generate:types` (CI checks the committed types with `npm run generate:types`).
    typescript: {
      outputFile: path.resolve(dirname, 'payload-types.ts'),
      autoGenerate: process.env.NODE_ENV === 'development',
    },
  })
}

export default portalConfig()
