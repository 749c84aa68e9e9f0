import * as migration_20261123_032713_initial from './20261123_032713_initial';
import * as migration_20261128_101311_issue_18_documents from './20261128_101311_issue_18_documents';

export const migrations = [
  {
    up: migration_20261123_032713_initial.up,
    down: migration_20261123_032713_initial.down,
    name: '20261123_032713_initial',
  },
  {
    up: migration_20261128_101311_issue_18_documents.up,
    down: migration_20261128_101311_issue_18_documents.down,
    name: '20261128_101311_issue_18_documents'
  },
];
