// Direction: edits whose effect on the score has a known sign. Adding real substance (code, the error,
// what was tried) must raise the score and deleting it lower it; an unfilled placeholder must never raise
// it, and filling one in with the real thing must.
// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the questions quote shell and JavaScript code.
import type { QuestionInput } from '../../../shared/question';
import { ATTEMPT_TEMPLATE } from '../../suggestions/describe-attempt';
import { CODE_TEMPLATE } from '../../suggestions/add-code-sample';
import { ERROR_TEMPLATE } from '../../suggestions/add-error-message';
import { QUESTION_TEMPLATE } from '../../suggestions/add-question';
import { BEHAVIOUR_TARGETS, earned, type ScoreFn } from './types';

/** A question in parts, so that each part of substance can be added or taken away. */
export interface QuestionParts {
  id: string;
  title: string;
  /** What the asker is doing (prose, no code). */
  context: string;
  /** A real code block. */
  code: string;
  /** A real error or traceback, with the sentence that introduces it. */
  error: string;
  /** What was tried, and expected vs actual. */
  attempt: string;
  /** The question sentence. */
  ask: string;
}

export const DIRECTION_QUESTIONS: readonly QuestionParts[] = [
  {
    id: 'pandas-merge',
    title: 'Merging two DataFrames on a date column gives an empty result',
    context:
      'I have two pandas DataFrames, one with daily prices and one with daily volumes, and I want one table with both columns for each date.',
    code: "```python\nprices = pd.read_csv('prices.csv', parse_dates=['date'])\nvolumes = pd.read_csv('volumes.csv')\nmerged = prices.merge(volumes, on='date')\nprint(merged.shape)\n```",
    error:
      'The merge prints `(0, 3)`, and when I set `validate="one_to_one"` it fails with:\n\n```\nValueError: You are trying to merge on datetime64[ns] and object columns. If you wish to proceed you should use pd.concat\n```',
    attempt:
      'I checked that both files contain the same dates (2023-01-02 to 2023-03-31) and tried `how="left"`, which keeps the prices but fills every volume with NaN. I expected 62 rows with both values filled in.',
    ask: 'How do I merge the two frames so the dates match?',
  },
  {
    id: 'fetch-cors',
    title: 'fetch to my own API fails from the browser but works with curl',
    context:
      'My React app runs on localhost:3000 and calls an Express API on localhost:8080 to load the list of products.',
    code: "```js\nuseEffect(() => {\n  fetch('http://localhost:8080/api/products', { credentials: 'include' })\n    .then((res) => res.json())\n    .then(setProducts);\n}, []);\n```",
    error:
      "The console shows:\n\n```\nAccess to fetch at 'http://localhost:8080/api/products' from origin 'http://localhost:3000' has been blocked by CORS policy: The value of the 'Access-Control-Allow-Origin' header in the response must not be the wildcard '*' when the request's credentials mode is 'include'.\n```",
    attempt:
      'I added `app.use(cors())` on the server and `curl -i http://localhost:8080/api/products` returns the JSON with status 200. I expected the browser to get the same list, but the request fails before `res.json()` runs.',
    ask: 'What do I need to change on the server so the browser accepts the response?',
  },
  {
    id: 'spring-autowired',
    title: 'Spring Boot application fails to start: no qualifying bean of type UserRepository',
    context:
      'I am building a small Spring Boot 3 service with a `UserService` that uses a JPA repository to load users by email.',
    code: '```java\n@Service\npublic class UserService {\n    private final UserRepository repository;\n\n    public UserService(UserRepository repository) {\n        this.repository = repository;\n    }\n}\n\npublic interface UserRepository extends JpaRepository<User, Long> {\n    Optional<User> findByEmail(String email);\n}\n```',
    error:
      "Startup stops with:\n\n```\n***************************\nAPPLICATION FAILED TO START\n***************************\nDescription:\nParameter 0 of constructor in com.example.users.service.UserService required a bean of type 'com.example.users.repo.UserRepository' that could not be found.\n```",
    attempt:
      'I tried adding `@Repository` to the interface and cleaning the Gradle build, but I get the same message. The main class is in `com.example.app`, and I expected the repository to be picked up automatically like in the guide.',
    ask: 'Why is the repository not found, and how do I make Spring create it?',
  },
  {
    id: 'ef-include',
    title: 'Entity Framework Core returns orders without their lines',
    context: "In an ASP.NET Core 8 API I load a customer's orders with Entity Framework Core and return them as JSON.",
    code: '```csharp\nvar orders = await _db.Orders\n    .Where(o => o.CustomerId == customerId)\n    .ToListAsync();\nreturn Ok(orders);\n```',
    error:
      'When I add `.Include(o => o.Lines)` the endpoint fails with:\n\n```\nSystem.Text.Json.JsonException: A possible object cycle was detected. This can either be due to a cycle or if the object depth is larger than the maximum allowed depth of 32.\n```',
    attempt:
      'Without the `Include`, every order comes back with `"lines": []` even though the table has rows for it. I tried marking `Lines` as `virtual` for lazy loading, but the list is still empty. I expected each order with its two or three lines.',
    ask: 'How can I return the orders with their lines without the serializer failing?',
  },
  {
    id: 'go-waitgroup',
    title: 'Goroutines finish before printing all results',
    context: 'I download a list of URLs concurrently in Go and collect the HTTP status of each one into a slice.',
    code: '```go\nvar wg sync.WaitGroup\nresults := []int{}\nfor _, u := range urls {\n    go func(u string) {\n        wg.Add(1)\n        defer wg.Done()\n        resp, _ := http.Get(u)\n        results = append(results, resp.StatusCode)\n    }(u)\n}\nwg.Wait()\nfmt.Println(len(results))\n```',
    error:
      'Running it with `go run -race .` reports:\n\n```\nWARNING: DATA RACE\nWrite at 0x00c000124018 by goroutine 8:\n  main.main.func1()\n      /home/dev/fetch/main.go:18 +0x1a4\n```',
    attempt:
      'With 10 URLs it prints a different number on each run, for example 0, 4 or 7, where I expected 10. I tried adding `time.Sleep(time.Second)` before `wg.Wait()` and then it usually prints 10.',
    ask: 'What is the correct way to wait for all the goroutines and collect their results?',
  },
  {
    id: 'rust-lifetime',
    title: 'Returning a reference to a struct field: missing lifetime specifier',
    context:
      'I am parsing a config file in Rust and want a function that returns the longest of two section names without copying them.',
    code: '```rust\nfn longest(a: &str, b: &str) -> &str {\n    if a.len() > b.len() { a } else { b }\n}\n```',
    error:
      'The compiler rejects it:\n\n```\nerror[E0106]: missing lifetime specifier\n --> src/config.rs:3:33\n  |\n3 | fn longest(a: &str, b: &str) -> &str {\n  |               ----     ----     ^ expected named lifetime parameter\n```',
    attempt:
      "I tried returning `String` with `a.to_string()`, which compiles, but I wanted to avoid allocating for every call. I also tried `&'static str`, which fails at the call site because the names come from the file.",
    ask: 'How do I tell the compiler that the result lives as long as the inputs?',
  },
  {
    id: 'sql-left-join',
    title: 'LEFT JOIN drops customers without orders when I filter by year',
    context:
      'I need a report of every customer with the number of orders they placed in 2023, including customers with zero orders, on PostgreSQL 15.',
    code: '```sql\nSELECT c.name, COUNT(o.id) AS orders_2023\nFROM customers c\nLEFT JOIN orders o ON o.customer_id = c.id\nWHERE EXTRACT(YEAR FROM o.created_at) = 2023\nGROUP BY c.name;\n```',
    error:
      'When I cast the year to text to compare it, the query fails instead:\n\n```\nERROR:  operator does not exist: text = integer\nLINE 4: WHERE EXTRACT(YEAR FROM o.created_at)::text = 2023\nHINT:  No operator matches the given name and argument type(s). You might need to add explicit type casts.\n```',
    attempt:
      'The first query returns 41 rows, but we have 57 customers; the 16 missing ones have no orders in 2023. I tried `COUNT(*)` instead of `COUNT(o.id)` and got the same 41 rows. I expected 57 rows, with 0 for the customers without orders.',
    ask: 'How do I keep the customers without orders while counting only the 2023 ones?',
  },
  {
    id: 'docker-volume',
    title: 'Node app in Docker cannot find node_modules after mounting the source folder',
    context:
      'I run a Node 20 app with docker compose and mount the source folder into the container so that changes reload without rebuilding.',
    code: '```yaml\nservices:\n  web:\n    build: .\n    command: npm run dev\n    volumes:\n      - .:/usr/src/app\n    ports:\n      - "3000:3000"\n```',
    error:
      'The container exits right away with:\n\n```\nweb-1  | sh: 1: nodemon: not found\nweb-1 exited with code 127\n```',
    attempt:
      'The image builds fine and `docker compose run web ls node_modules` without the volume lists nodemon. I tried running `npm install` on my machine too, but then a native module fails to load inside the container. I expected the dev server to start on port 3000.',
    ask: 'How can I mount my source code without hiding the node_modules installed in the image?',
  },
  {
    id: 'swiftui-state',
    title: 'SwiftUI list does not update after adding an item in a child view',
    context: 'I have a SwiftUI app with a list of tasks and a sheet where the user adds a new task.',
    code: '```swift\nstruct AddTaskView: View {\n    @State var tasks: [String]\n    @State private var title = ""\n\n    var body: some View {\n        TextField("Title", text: $title)\n        Button("Add") { tasks.append(title) }\n    }\n}\n```',
    error:
      "Xcode also shows this warning at run time:\n\n```\nAccessing State's value outside of being installed on a View. This will result in a constant Binding of the initial value and will not update.\n```",
    attempt:
      'I tried passing the array from the parent with `AddTaskView(tasks: tasks)`. After tapping Add, the sheet closes but the list still shows the old three tasks; I expected a fourth row. Printing `tasks.count` in the button shows 4.',
    ask: "How should the child view change the parent's array so that the list refreshes?",
  },
  {
    id: 'laravel-mass-assignment',
    title: 'Laravel create() ignores the fields I pass',
    context: 'In a Laravel 10 controller I create a post from the submitted form data.',
    code: "```php\npublic function store(Request $request)\n{\n    $post = Post::create($request->only(['title', 'body', 'user_id']));\n    return redirect()->route('posts.show', $post);\n}\n```",
    error:
      "The insert fails with:\n\n```\nSQLSTATE[HY000]: General error: 1364 Field 'title' doesn't have a default value (SQL: insert into `posts` (`updated_at`, `created_at`) values (2024-02-10 09:14:03, 2024-02-10 09:14:03))\n```",
    attempt:
      'I dumped `$request->only([...])` with `dd()` and it contains the title, body and user id I typed. I tried `$post->save()` after setting each field by hand and that works, so the database side looks fine.',
    ask: 'Why does `create()` leave out the fields, and what is the right way to fix it?',
  },
  {
    id: 'kotlin-coroutine',
    title: 'Android app crashes when I update a TextView from a coroutine',
    context:
      "In my Android app I load the user's profile from a REST API in a coroutine and show the name in a TextView.",
    code: '```kotlin\nlifecycleScope.launch(Dispatchers.IO) {\n    val profile = api.getProfile(userId)\n    binding.nameText.text = profile.name\n}\n```',
    error:
      'The app crashes with:\n\n```\nandroid.view.ViewRootImpl$CalledFromWrongThreadException: Only the original thread that created a view hierarchy can touch its views.\n    at android.view.ViewRootImpl.checkThread(ViewRootImpl.java:10750)\n    at com.example.profile.ProfileActivity$onCreate$1.invokeSuspend(ProfileActivity.kt:31)\n```',
    attempt:
      'I tried removing `Dispatchers.IO`, and then it fails with `NetworkOnMainThreadException` instead. I expected the name to appear a second after the screen opens.',
    ask: 'How do I make the network call in the background and then update the view safely?',
  },
  {
    id: 'bash-loop-spaces',
    title: 'Bash for loop splits file names with spaces',
    context: 'I wrote a bash script that converts every `.wav` file in a folder to `.mp3` with ffmpeg.',
    code: '```bash\nfor f in $(ls *.wav); do\n  ffmpeg -i "$f" "${f%.wav}.mp3"\ndone\n```',
    error:
      'For a file called `Track 01.wav`, ffmpeg prints:\n\n```\nTrack: No such file or directory\n01.wav: No such file or directory\n```',
    attempt:
      'Files without spaces convert fine. I tried quoting `"$(ls *.wav)"`, but then the loop runs once with every name joined together. I expected one mp3 per wav file, spaces included.',
    ask: 'How do I loop over the files so that names with spaces stay whole?',
  },
];

/** Unfilled templates a user may leave in a draft (the extension's own, and the usual ones from guides). */
export const PLACEHOLDERS: readonly string[] = [
  ATTEMPT_TEMPLATE.trim(),
  CODE_TEMPLATE.trim(),
  ERROR_TEMPLATE.trim(),
  QUESTION_TEMPLATE.trim(),
  '<describe the error here>',
  '```\n[your code here]\n```',
  'Expected: …\n\nActual: …',
  'I tried [what you tried] but [what happened].',
];

/** The template a suggestion would insert for each part, and the part that fills it. */
const FILLS: ReadonlyArray<{ part: 'code' | 'error' | 'attempt'; template: string }> = [
  { part: 'code', template: CODE_TEMPLATE.trim() },
  { part: 'error', template: ERROR_TEMPLATE.trim() },
  { part: 'attempt', template: ATTEMPT_TEMPLATE.trim() },
];

export type DirectionKind =
  | 'add-code'
  | 'add-error'
  | 'add-attempt'
  | 'remove-code'
  | 'remove-error'
  | 'remove-attempt'
  | 'add-placeholder'
  | 'fill-placeholder';

export interface DirectionPair {
  id: string;
  kind: DirectionKind;
  /** `raise`: edited must score higher than base. `not-raise`: edited must not score higher. `lower`: lower. */
  expect: 'raise' | 'lower' | 'not-raise';
  base: QuestionInput;
  edited: QuestionInput;
}

const assemble = (title: string, parts: string[]): QuestionInput => ({ title, body: parts.join('\n\n') });

export function directionPairs(questions: readonly QuestionParts[] = DIRECTION_QUESTIONS): DirectionPair[] {
  const pairs: DirectionPair[] = [];
  for (const q of questions) {
    const full = [q.context, q.code, q.error, q.attempt, q.ask];
    const minimal = [q.context, q.ask];
    for (const part of ['code', 'error', 'attempt'] as const) {
      // Adding one part to a bare question, and deleting it from the complete one: two different contexts.
      pairs.push({
        id: `${q.id}/add-${part}`,
        kind: `add-${part}`,
        expect: 'raise',
        base: assemble(q.title, minimal),
        edited: assemble(q.title, [q.context, q[part], q.ask]),
      });
      pairs.push({
        id: `${q.id}/remove-${part}`,
        kind: `remove-${part}`,
        expect: 'lower',
        base: assemble(q.title, full),
        edited: assemble(
          q.title,
          full.filter((p) => p !== q[part]),
        ),
      });
    }
    PLACEHOLDERS.forEach((placeholder, k) => {
      for (const [name, parts] of [
        ['bare', minimal],
        ['full', full],
      ] as const) {
        const edited = [...parts.slice(0, -1), placeholder, parts[parts.length - 1]];
        pairs.push({
          id: `${q.id}/placeholder-${k}-${name}`,
          kind: 'add-placeholder',
          expect: 'not-raise',
          base: assemble(q.title, parts),
          edited: assemble(q.title, edited),
        });
      }
    });
    for (const { part, template } of FILLS) {
      pairs.push({
        id: `${q.id}/fill-${part}`,
        kind: 'fill-placeholder',
        expect: 'raise',
        base: assemble(q.title, [q.context, template, q.ask]),
        edited: assemble(q.title, [q.context, q[part], q.ask]),
      });
    }
  }
  return pairs;
}

export interface DirectionResult {
  id: string;
  kind: DirectionKind;
  expect: DirectionPair['expect'];
  base: number | null;
  edited: number | null;
  pass: boolean;
}

export interface DirectionReport {
  pairs: DirectionResult[];
  kinds: Array<{
    kind: DirectionKind;
    expect: DirectionPair['expect'];
    pairs: number;
    passed: number;
    share: number;
    meanDelta: number;
  }>;
  share: number;
  pass: boolean;
}

// Equal within float noise counts as "did not raise" (and as not raised nor lowered).
const EPS = 1e-9;

export async function runDirection(
  score: ScoreFn,
  pairs: readonly DirectionPair[] = directionPairs(),
): Promise<DirectionReport> {
  const results: DirectionResult[] = [];
  for (const p of pairs) {
    const base = await score(p.base);
    const edited = await score(p.edited);
    const delta = earned(edited) - earned(base);
    const pass = p.expect === 'raise' ? delta > EPS : p.expect === 'lower' ? delta < -EPS : delta <= EPS;
    results.push({ id: p.id, kind: p.kind, expect: p.expect, base, edited, pass });
  }
  const kinds: DirectionReport['kinds'] = [];
  for (const kind of [...new Set(results.map((r) => r.kind))]) {
    const of = results.filter((r) => r.kind === kind);
    const passed = of.filter((r) => r.pass).length;
    const meanDelta = of.reduce((s, r) => s + earned(r.edited) - earned(r.base), 0) / of.length;
    kinds.push({ kind, expect: of[0].expect, pairs: of.length, passed, share: passed / of.length, meanDelta });
  }
  const passed = results.filter((r) => r.pass).length;
  const share = results.length ? passed / results.length : 0;
  return { pairs: results, kinds, share, pass: results.length > 0 && share >= BEHAVIOUR_TARGETS.directionShare };
}
