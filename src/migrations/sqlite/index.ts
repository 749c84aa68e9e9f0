import * as migration_20261123_032713_initial from './20261123_032713_initial';
import * as migration_20261128_103626_vacancies_alerts from './20261128_103626_vacancies_alerts';

export const migrations = [
  {
    up: migration_20261123_032713_initial.up,
    down: migration_20261123_032713_initial.down,
    name: '20261123_032713_initial',
  },
  {
    up: migration_20261128_103626_vacancies_alerts.up,
    down: migration_20261128_103626_vacancies_alerts.down,
    name: '20261128_103626_vacancies_alerts'
  },
];
