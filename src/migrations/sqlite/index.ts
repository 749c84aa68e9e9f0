import * as migration_20261123_032713_initial from './20261123_032713_initial';
import * as migration_20261128_095757_monitor from './20261128_095757_monitor';

export const migrations = [
  {
    up: migration_20261123_032713_initial.up,
    down: migration_20261123_032713_initial.down,
    name: '20261123_032713_initial',
  },
  {
    up: migration_20261128_095757_monitor.up,
    down: migration_20261128_095757_monitor.down,
    name: '20261128_095757_monitor'
  },
];
