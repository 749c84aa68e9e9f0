import * as migration_20261123_032741_initial from './20261123_032741_initial';
import * as migration_20261128_103725_search_answers from './20261128_103725_search_answers';

export const migrations = [
  {
    up: migration_20261123_032741_initial.up,
    down: migration_20261123_032741_initial.down,
    name: '20261123_032741_initial',
  },
  {
    up: migration_20261128_103725_search_answers.up,
    down: migration_20261128_103725_search_answers.down,
    name: '20261128_103725_search_answers'
  },
];
