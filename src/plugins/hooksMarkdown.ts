import type { SanitizedConfig } from 'payload'

import { hookLabel } from './kit'

/** Hook kinds in the order Payload runs them during one request (create/update, then delete, then auth). */
const COLLECTION_HOOKS = [
  'beforeOperation',
  'beforeValidate',
  'beforeChange',
  'afterChange',
  'beforeRead',
  'afterRead',
  'beforeDelete',
  'afterDelete',
  'afterOperation',
  'afterError',
  'beforeLogin',
  'afterLogin',
  'afterLogout',
  'afterMe',
  'afterRefresh',
  'afterForgotPassword',
] as const

const GLOBAL_HOOKS = ['beforeOperation', 'beforeValidate', 'beforeChange', 'afterChange', 'beforeRead', 'afterRead'] as const

type HookLists = Partial<Record<string, unknown[] | undefined>>

/** Payload's own collections (jobs) bring unnamed hooks of Payload's. */
const own = (name: string, label: string) => (label === '(naamloos)' && name.startsWith('`payload-') ? 'Payload (intern)' : label)

const row = (name: string, hooks: HookLists | undefined, kinds: readonly string[]): string | null => {
  const parts = kinds
    .map((kind) => ({ kind, list: hooks?.[kind] ?? [] }))
    .filter(({ list }) => list.length > 0)
    .map(({ kind, list }) => `**${kind}**: ${list.map((hook) => `\`${own(name, hookLabel(hook))}\``).join(' → ')}`)
  return parts.length === 0 ? null : `| ${name} | ${parts.join('<br>')} |`
}

/**
 * The README's hook table: every hook of every collection and global of the built config, the ones
 * plugins added included, in the order they run. tests/int/plugins/hooks-readme.spec.ts checks that
 * README.md shows it as the config is.
 */
export function hooksMarkdown(config: SanitizedConfig): string {
  const rows = [
    ...config.collections.map((collection) => row(`\`${collection.slug}\``, collection.hooks as HookLists, COLLECTION_HOOKS)),
    ...config.globals.map((global) => row(`\`${global.slug}\` (global)`, global.hooks as HookLists, GLOBAL_HOOKS)),
  ].filter((line): line is string => line !== null)
  return [
    '<!-- hooks:start (generated from the built config by src/plugins/hooksMarkdown.ts; do not edit by hand) -->',
    'Per collection and global, each kind of hook in the order Payload calls the kinds, and within a kind the hooks in the order they run (→). A hook declared in the collection\'s own folder comes first; plugins append theirs in the order of `plugins` in payload.config.ts.',
    '',
    '| Collection | Hooks |',
    '|---|---|',
    ...rows,
    '<!-- hooks:end -->',
  ].join('\n')
}
