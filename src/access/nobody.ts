import type { Access } from 'payload'

/** Deny by default: operations that only go through domain functions with overrideAccess. */
export const nobody: Access = () => false
