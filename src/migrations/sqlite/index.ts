import * as migration_20261123_032713_initial from './20261123_032713_initial';
import * as migration_20261128_115524_session_2 from './20261128_115524_session_2';
import * as migration_20261128_145425_session_3 from './20261128_145425_session_3';
import * as migration_20261128_182208_session_4 from './20261128_182208_session_4';

export const migrations = [
  {
    up: migration_20261123_032713_initial.up,
    down: migration_20261123_032713_initial.down,
    name: '20261123_032713_initial',
  },
  {
    up: migration_20261128_115524_session_2.up,
    down: migration_20261128_115524_session_2.down,
    name: '20261128_115524_session_2',
  },
  {
    up: migration_20261128_145425_session_3.up,
    down: migration_20261128_145425_session_3.down,
    name: '20261128_145425_session_3',
  },
  {
    up: migration_20261128_182208_session_4.up,
    down: migration_20261128_182208_session_4.down,
    name: '20261128_182208_session_4'
  },
];
