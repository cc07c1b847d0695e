// Hand-written inputs of the topic lexicon (scripts/derive-topic-terms.ts adds the words the data ties to
// one technology tag). Lowercased as the tokenizer emits them ("c++", "node.js", ".net").

/** Technology names and language keywords, including ones too new or too rare for the 2012 tags. */
export const SEED_TOPIC_TERMS: readonly string[] = [
  // languages
  'python', 'python2', 'python3', 'java', 'javascript', 'typescript', 'js', 'ts', 'php', 'ruby', 'perl', 'c', 'c++', 'c#', 'cpp', 'csharp',
  'go', 'golang', 'rust', 'kotlin', 'swift', 'objective-c', 'objc', 'scala', 'haskell', 'clojure', 'elixir', 'erlang', 'lua', 'r',
  'matlab', 'julia', 'dart', 'groovy', 'fortran', 'cobol', 'pascal', 'delphi', 'vb', 'vb.net', 'vba', 'vbscript', 'f#', 'ocaml', 'lisp',
  'scheme', 'racket', 'prolog', 'bash', 'zsh', 'powershell', 'sql', 'tsql', 'plsql', 'html', 'html5', 'css', 'css3', 'sass', 'scss', 'less',
  'xml', 'json', 'yaml', 'toml', 'wasm', 'webassembly', 'solidity', 'assembly', 'asm', 'nasm', 'cuda', 'opencl', 'glsl', 'hlsl',
  // runtimes, frameworks, libraries
  '.net', 'dotnet', 'asp.net', 'node', 'node.js', 'nodejs', 'deno', 'bun', 'npm', 'yarn', 'pnpm', 'pip', 'conda', 'maven', 'gradle',
  'react', 'reactjs', 'react-native', 'redux', 'angular', 'angularjs', 'vue', 'vuejs', 'vue.js', 'svelte', 'sveltekit', 'next.js', 'nextjs',
  'nuxt', 'jquery', 'bootstrap', 'tailwind', 'tailwindcss', 'webpack', 'vite', 'babel', 'eslint', 'jest', 'mocha', 'vitest', 'cypress',
  'django', 'flask', 'fastapi', 'pyramid', 'tornado', 'rails', 'sinatra', 'laravel', 'symfony', 'codeigniter', 'cakephp', 'zend', 'yii',
  'wordpress', 'drupal', 'joomla', 'magento', 'spring', 'springboot', 'hibernate', 'jpa', 'struts', 'jsf', 'servlet', 'servlets', 'jsp',
  'tomcat', 'jetty', 'wildfly', 'jboss', 'expressjs', 'koa', 'nestjs', 'electron', 'flutter', 'xamarin', 'maui', 'ionic',
  'cordova', 'phonegap', 'qt', 'gtk', 'wxwidgets', 'tkinter', 'pyqt', 'pyside', 'swing', 'javafx', 'awt', 'winforms', 'wpf', 'uwp',
  'xaml', 'swiftui', 'uikit', 'appkit', 'cocoa', 'jetpack', 'numpy', 'pandas', 'scipy', 'matplotlib', 'seaborn', 'sklearn',
  'scikit-learn', 'tensorflow', 'keras', 'pytorch', 'torch', 'opencv', 'jupyter', 'selenium', 'puppeteer', 'playwright', 'boost', 'stl',
  'linq', 'efcore', 'blazor', 'razor', 'graphql', 'grpc', 'protobuf', 'rxjs', 'lodash', 'axios', 'unity', 'unreal', 'godot',
  // data stores, platforms, tools
  'mysql', 'mariadb', 'postgres', 'postgresql', 'sqlite', 'sqlite3', 'oracle', 'mongodb', 'mongoose', 'redis', 'cassandra', 'dynamodb',
  'elasticsearch', 'firebase', 'firestore', 'supabase', 'couchdb', 'neo4j', 'kafka', 'rabbitmq', 'docker', 'kubernetes', 'k8s', 'helm',
  'terraform', 'ansible', 'jenkins', 'github', 'gitlab', 'bitbucket', 'git', 'svn', 'mercurial', 'aws', 'azure', 'gcp', 'heroku', 'vercel',
  'netlify', 'nginx', 'apache', 'iis', 'linux', 'ubuntu', 'debian', 'centos', 'fedora', 'windows', 'macos', 'osx', 'ios', 'ipados',
  'android', 'xcode', 'eclipse', 'intellij', 'netbeans', 'vscode', 'vim', 'emacs', 'gcc', 'clang', 'llvm', 'msvc', 'cmake',
  'excel', 'chrome', 'firefox', 'safari', 'webkit', 'chromium',
  // language keywords and built-in type names that are not ordinary English
  'def', 'elif', 'lambda', 'var', 'const', 'func', 'fn', 'println', 'printf', 'sprintf', 'fprintf', 'cout', 'cin', 'endl', 'std',
  'nullptr', 'null', 'nil', 'undefined', 'nan', 'void', 'int', 'int32', 'int64', 'uint', 'bool', 'boolean', 'char', 'float',
  'double', 'str', 'dict', 'tuple', 'struct', 'enum', 'typedef', 'typeof', 'instanceof', 'namespace',
  'async', 'await', 'yield', 'foreach', 'goto', 'malloc', 'sizeof',
  'readonly', 'mut',
  'impl', 'trait', 'crate', 'cargo', 'gem', 'gems', 'jar', 'dll', 'npm', 'console.log', 'system.out.println', 'document.getelementbyid',
];

/** Tags that are not technologies: what a question is, not what it is about (kept as words in the bag). */
export const META_TAGS: readonly string[] = [
  'books', 'homework', 'career-development', 'interview-questions', 'tutorials', 'legal', 'subjective', 'best-practices', 'open-source',
  'free', 'resources', 'learning', 'programming-languages', 'language-agnostic', 'software-engineering', 'computer-science',
  'project-management', 'tips-and-tricks', 'comparison', 'features', 'polls', 'discussion', 'fun', 'jobs', 'job', 'career', 'education',
  'certification', 'productivity', 'recommendations', 'community', 'coding-style', 'naming-conventions', 'documentation', 'licensing',
  'hacking', 'error-message', 'freelancing', 'self-improvement', 'theory', 'history', 'terminology', 'definition', 'beginner',
  'newbie', 'opinion', 'best', 'ide', 'editor', 'hardware', 'hosting', 'web-hosting', 'seo', 'business', 'salary', 'startup',
];
