import * as migration_20261123_014822_initial from './20261123_014822_initial';

export const migrations = [
  {
    up: migration_20261123_014822_initial.up,
    down: migration_20261123_014822_initial.down,
    name: '20261123_014822_initial'
  },
];
