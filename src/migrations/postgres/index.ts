import * as migration_20261123_032741_initial from './20261123_032741_initial';
import * as migration_20261128_100412_auth_tasks from './20261128_100412_auth_tasks';

export const migrations = [
  {
    up: migration_20261123_032741_initial.up,
    down: migration_20261123_032741_initial.down,
    name: '20261123_032741_initial',
  },
  {
    up: migration_20261128_100412_auth_tasks.up,
    down: migration_20261128_100412_auth_tasks.down,
    name: '20261128_100412_auth_tasks'
  },
];
