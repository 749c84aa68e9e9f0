import { ACCESS_MATRIX, MATRIX_ROLES, type MatrixRole, OPERATION_LABELS, OPERATIONS, roleLabel } from './matrix'
import { ROLE_LABELS } from './roles'

const SYMBOLS: Record<string, string> = { A: '✓', '-': '–', O: 'eigen', R: '4 ogen', '.': '·' }

/** One cell: the six operations in order, e.g. `✓ ✓ ✓ ✓ ✓ 4 ogen`. */
const cell = (code: string) => [...code].map((letter) => SYMBOLS[letter] ?? letter).join(' ')

const header = (role: MatrixRole) => `${roleLabel(role, ROLE_LABELS)} (\`${role}\`)`

/**
 * The README's access table, printed from the same table the tests assert, so the documentation
 * cannot drift from the rules. tests/int/access/readme.spec.ts checks that README.md contains it.
 */
export function accessMatrixMarkdown(): string {
  const legend =
    `Each cell lists, in this order: ${OPERATIONS.map((operation) => OPERATION_LABELS[operation]).join(' · ')}. ` +
    '✓ allowed · – denied · eigen: only in their own region, organisation, training or account · ' +
    '4 ogen: publishes what another redacteur wrote and submitted, never their own change · · does not apply.'
  const rows = ACCESS_MATRIX.map(
    (entity) => `| ${entity.label} (\`${entity.slug}\`${entity.kind === 'global' ? ', global' : ''}) | ${MATRIX_ROLES.map((role) => cell(entity.rules[role])).join(' | ')} |`,
  )
  return [
    '<!-- access-matrix:start (generated from src/access/matrix.ts; do not edit by hand) -->',
    legend,
    '',
    `| | ${MATRIX_ROLES.map(header).join(' | ')} |`,
    `|---|${MATRIX_ROLES.map(() => '---').join('|')}|`,
    ...rows,
    '<!-- access-matrix:end -->',
  ].join('\n')
}
