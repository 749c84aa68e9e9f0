import * as migration_20261123_032741_initial from './20261123_032741_initial';

export const migrations = [
  {
    up: migration_20261123_032741_initial.up,
    down: migration_20261123_032741_initial.down,
    name: '20261123_032741_initial'
  },
];
