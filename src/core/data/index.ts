// Public surface of dataset ingestion (Node-side: training and evaluation scripts).
export * from './question-record';
export * from './labels';
export * from './fields';
export * from './csv-sets';
export * from './api-json';
export * from './posts-xml';
export * from './ingest-summary';
export * from './dataset-registry';
