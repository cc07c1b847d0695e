// The known shared sets: which folder, which files, which reader. Discovery works on a plain
// directory listing so it stays pure (the CLI does the fs part).
import { CLOSED_OPINION, readApiJson } from './api-json';
import {
  ALOKPADHI,
  KAGGLE_2012,
  KLANDERSEN,
  RAMANANTHAN,
  readAlokpadhi,
  readKaggle2012,
  readKlandersen,
  readRamananthan,
} from './csv-sets';
import { readPostsXml } from './posts-xml';
import type { SetReader } from './question-record';

export type DatasetFormat =
  | 'csv-60k-raw'
  | 'csv-60k-preprocessed'
  | 'csv-so-dump-2016'
  | 'csv-kaggle-2012'
  | 'api-json'
  | 'se-posts-xml';

export interface DatasetSpec {
  folder: string;
  format: DatasetFormat;
  reader: SetReader;
  /** Which files of the folder the reader takes. */
  matches: (fileName: string) => boolean;
  /** What a trainer must know before using it. */
  caveats: string[];
}

const endsWith = (ext: string) => (name: string) => name.toLowerCase().endsWith(ext);
const isPostsXml = (name: string) => name === 'Posts.xml';

export const DATASETS: readonly DatasetSpec[] = [
  {
    folder: ALOKPADHI,
    format: 'csv-60k-preprocessed',
    reader: readAlokpadhi,
    matches: endsWith('.csv'),
    caveats: [
      'title+body merged and preprocessed (lowercase, no stopwords/punctuation): no raw text, no ids',
      'LQ_EDIT leaks by formatting: ~92% of LQ_EDIT texts contain \\r (raw Markdown CRLF), <1.5% of HQ/LQ_CLOSE',
    ],
  },
  {
    folder: RAMANANTHAN,
    format: 'csv-60k-raw',
    reader: readRamananthan,
    matches: endsWith('.csv'),
    caveats: ['raw HTML bodies, 2016 only; LQ are LQ_CLOSE rows, no format leak'],
  },
  {
    folder: KLANDERSEN,
    format: 'csv-so-dump-2016',
    reader: readKlandersen,
    matches: endsWith('.csv'),
    caveats: [
      'extreme scores (>= +51 vs <= -6), 2008-2015: old popular vs heavily down-voted questions',
      'era confounds the label: every good question is from 2008-2009, bad ones spread 2008-2015',
      'files overlap: deduplicated by Id, raw-HTML copy kept over the processed one',
      "training_data_1000 bodies are the author's processed text (has_codeblock, has_links tokens)",
    ],
  },
  {
    folder: KAGGLE_2012,
    format: 'csv-kaggle-2012',
    reader: readKaggle2012,
    matches: endsWith('.csv'),
    caveats: [
      'Markdown bodies as typed, 2008-2012; class-balanced (about half closed, against ~6% of all questions then)',
      'owner columns (reputation, answer count, account age) describe the asker: never read',
      'tags split by first tag upstream; some large first-tag groups are missing (android, iphone, jquery, ...)',
    ],
  },
  {
    folder: CLOSED_OPINION,
    format: 'api-json',
    reader: readApiJson,
    matches: endsWith('.json'),
    caveats: ['negatives only (closed as opinion-based, 2023): needs positives from another set'],
  },
];

/** Any folder holding a `Posts.xml` is a Stack Exchange site dump, read with the median rule. */
export function postsXmlSpec(folder: string): DatasetSpec {
  return {
    folder,
    format: 'se-posts-xml',
    reader: (files, options) => readPostsXml(files, { source: folder, ...options }),
    matches: isPostsXml,
    caveats: ['label = Score vs the site median (ties null); scores depend on site traffic and question age'],
  };
}

export interface FolderListing {
  folder: string;
  files: readonly string[];
}

export interface DiscoveredSet {
  spec: DatasetSpec;
  /** Matching file names, sorted, relative to the folder. */
  files: string[];
}

export interface Discovery {
  sets: DiscoveredSet[];
  /** Folders that hold nothing a reader takes (reported, not silently ignored). */
  unknown: string[];
}

/** Maps a data dir listing (folder -> file names) to readers. Known folders first, then any Posts.xml. */
export function discoverDatasets(listing: readonly FolderListing[]): Discovery {
  const sets: DiscoveredSet[] = [];
  const unknown: string[] = [];
  for (const { folder, files } of [...listing].sort((a, b) => a.folder.localeCompare(b.folder))) {
    const spec =
      DATASETS.find((d) => d.folder === folder) ?? (files.some(isPostsXml) ? postsXmlSpec(folder) : undefined);
    const matching = spec ? files.filter(spec.matches).sort() : [];
    if (spec && matching.length > 0) sets.push({ spec, files: matching });
    else unknown.push(folder);
  }
  return { sets, unknown };
}
