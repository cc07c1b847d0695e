// Runs of words in ALL CAPS read as shouting. Acronyms (HTTP, JSON, SQL keywords, constants) are not shouting,
// so a run is flagged only when it holds at least two capitalised words that are not known acronyms.
import type { Finding } from '../../shared/finding';
import type { WordToken } from '../nlp/text-stats';
import { blockMemo } from '../nlp/block-memo';
import { allProse, spanFinding, type Check } from './check';

// Common technical acronyms, SQL keywords and HTTP methods (upper case).
export const ACRONYMS = new Set(
  (
    'HTTP HTTPS JSON JSONP SQL NOSQL API APIS CSS SCSS HTML XHTML XML YAML TOML URL URLS URI REST SOAP AJAX DOM BOM ' +
    'CPU GPU TPU RAM ROM SSD HDD OS IO IDE SDK JDK JVM JRE NPM PHP ASP NET CLI GUI UI UX AWS GCP IAM VPC DNS TCP UDP IP ' +
    'SSH SSL TLS FTP SFTP SMTP IMAP POP JWT CORS CSRF XSS CRUD ORM MVC MVVM SPA PWA CDN VM VS USB PDF CSV TSV PNG JPG ' +
    'JPEG GIF SVG UTF ASCII ANSI ISO GMT UTC ID IDS UUID GUID MAC LAN WAN VPN GNU GCC LLVM MSVC WPF WCF LINQ EF JPA JSP ' +
    'JSF JSX TSX RPC GRPC REPL CRON ENV PATH TODO FIXME README NULL NAN TRUE FALSE GET POST PUT PATCH DELETE HEAD ' +
    'OPTIONS SELECT FROM WHERE JOIN INSERT INTO UPDATE SET VALUES CREATE TABLE ALTER DROP INDEX GROUP BY ORDER HAVING ' +
    'LIMIT AND OR NOT IN IS AS ON LEFT RIGHT INNER OUTER FULL CROSS UNION ALL DISTINCT COUNT SUM AVG MIN MAX CASE WHEN ' +
    'THEN ELSE END BEGIN COMMIT ROLLBACK PRIMARY KEY FOREIGN REFERENCES DEFAULT UNIQUE EXISTS LIKE BETWEEN ASC DESC ' +
    'VARCHAR INT INTEGER CHAR TEXT DATE DATETIME TIMESTAMP BOOL BOOLEAN FLOAT DOUBLE BLOB EOF EOL CRLF LF CR STDIN ' +
    'STDOUT STDERR SIGINT SIGTERM SIGSEGV SIGKILL OOM ML AI NLP LLM GPT CNN RNN LSTM GAN RGB RGBA HSL HEX AM PM OK ' +
    'FAQ USA UK EU US IIRC AFAIK IMO IMHO TL DR TLDR BTW FYI ETA IE OSX IOS NFS SMB AD LDAP SAML SSO MFA OTP QR NFC BLE ' +
    'GPS SDL SQLITE MSSQL RDS EKS ECS CI CD QA SLA SAAS PAAS IAAS B2B MIME CGI WSGI ASGI SOA ETL OLAP BI ERP CRM CMS ' +
    'WYSIWYG LTS RC SHA MD5 AES RSA HMAC PEM CER CRT PKI CA DLL EXE APK IPA WASM GL GLSL HLSL MPI SIMD AVX ARM X86 ' +
    'NPE NRE VBA VB COM OLE MFC ATL STL ABI FFI POSIX WIN MSDN SO SE GH PR CVE'
  ).split(' '),
);

const CAPS = /^\p{Lu}[\p{Lu}'’]*$/u;

export type Kind = 'loud' | 'neutral' | 'break';

export function classify(w: string): Kind {
  const c = w.charCodeAt(0);
  if (c >= 97 && c <= 122) return 'break'; // fast path: most words start lower-case
  if (!/\p{L}/u.test(w)) return 'break'; // numbers
  if (/[\d_.]/.test(w)) return /^[\p{Lu}\d_.]+$/u.test(w) ? 'neutral' : 'break'; // constants, UTF8, H264
  if (!CAPS.test(w)) return 'break';
  const bare = w.replace(/['’].*$/, '');
  if (bare.length < 2 || ACRONYMS.has(bare)) return 'neutral'; // "I", "A", acronyms
  return 'loud';
}

/** [start, end) in the block text of each shouted run. */
function shoutedRuns(ws: WordToken[]): Array<[number, number]> {
  const kinds = ws.map((w) => classify(w.text));
  const runs: Array<[number, number]> = [];
  let i = 0;
  while (i < ws.length) {
    if (kinds[i] === 'break') {
      i++;
      continue;
    }
    let j = i;
    let loud = 0;
    for (; j < ws.length && kinds[j] !== 'break'; j++) if (kinds[j] === 'loud') loud++;
    if (loud >= 2) runs.push([ws[i].start, ws[j - 1].end]);
    i = j;
  }
  return runs;
}

const memo = blockMemo<Array<[number, number]>>('checks/shouting: capitals spans');

export const shouting: Check = {
  id: 'shouting',
  title: 'Writing in capitals',
  run(ctx) {
    const out: Finding[] = [];
    for (const v of allProse(ctx)) {
      const runs = memo(v.block.text, () => shoutedRuns(v.analysis.sentences.flatMap((s) => s.words)));
      for (const [a, b] of runs) {
        out.push(spanFinding(ctx, v, a, b, 'shouting', 'warning', 'Writing in capitals reads as shouting; use normal sentence case.'));
      }
    }
    return out;
  },
};
