// Words written in capitals: shouting or an acronym. A lexicon and a classifier, no other dependency: the shouting
// check (runs of loud words) and the all-caps-share feature (loud words per word) both read it, so neither
// depends on the other.

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

/**
 * `loud`: a capitalised word that is no acronym; `neutral`: an acronym, constant or one letter; `break`: any other
 * word.
 */
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
