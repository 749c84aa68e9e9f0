import * as migration_20261123_032741_initial from './20261123_032741_initial';
import * as migration_20261128_095812_monitor from './20261128_095812_monitor';

export const migrations = [
  {
    up: migration_20261123_032741_initial.up,
    down: migration_20261123_032741_initial.down,
    name: '20261123_032741_initial',
  },
  {
    up: migration_20261128_095812_monitor.up,
    down: migration_20261128_095812_monitor.down,
    name: '20261128_095812_monitor'
  },
];
