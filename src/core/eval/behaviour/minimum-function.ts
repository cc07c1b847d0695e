// Minimum function: questions whose verdict no reviewer would argue about. Good ones must score >= 0.5
// with or without their title (people type the body first); poor ones must score < 0.5 as title + body,
// body alone and title alone. A title alone is never a good question, so good cases have no title-only form.
// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the questions quote shell and JavaScript code.
import type { QuestionInput } from '../../../shared/question';
import { BEHAVIOUR_TARGETS, type ScoreFn } from './types';

export type MinimumForm = 'title+body' | 'body-only' | 'title-only';

export interface MinimumCase {
  id: string;
  quality: 'good' | 'poor';
  q: QuestionInput;
}

export const MINIMUM_CASES: readonly MinimumCase[] = [
  {
    id: 'good-python-csv-encoding',
    quality: 'good',
    q: {
      title: 'UnicodeDecodeError when reading a CSV exported from Excel with pandas',
      body: "I export a sheet from Excel as CSV and read it with pandas 2.1 on Windows:\n\n```python\nimport pandas as pd\ndf = pd.read_csv('customers.csv')\n```\n\nIt fails on the first row that has an accented name:\n\n```\nUnicodeDecodeError: 'utf-8' codec can't decode byte 0xe9 in position 14: invalid continuation byte\n```\n\nI tried `encoding='utf-8-sig'`, which gives the same error. Opening the file in Notepad shows the names correctly (for example \"Hélène\"). How do I find out which encoding Excel used and read the file without losing the accents?",
    },
  },
  {
    id: 'good-js-async-foreach',
    quality: 'good',
    q: {
      title: 'Why does my function return before the awaits inside forEach finish?',
      body: "I save a list of users one by one and then log how many were saved:\n\n```js\nasync function saveAll(users) {\n  let saved = 0;\n  users.forEach(async (user) => {\n    await db.insert(user);\n    saved++;\n  });\n  console.log(`saved ${saved}`);\n}\n```\n\nWith three users it always prints `saved 0`, although all three rows end up in the database. I expected `saved 3`. I tried making the outer call `await saveAll(users)`, but the log still shows 0. Why doesn't `await` inside `forEach` wait, and what should I use instead?",
    },
  },
  {
    id: 'good-java-concurrent-modification',
    quality: 'good',
    q: {
      title: 'ConcurrentModificationException when removing items from an ArrayList in a loop',
      body: 'I want to remove every expired coupon from a list:\n\n```java\nfor (Coupon c : coupons) {\n    if (c.getExpiry().isBefore(LocalDate.now())) {\n        coupons.remove(c);\n    }\n}\n```\n\nAs soon as one coupon is expired, it throws:\n\n```\nException in thread "main" java.util.ConcurrentModificationException\n\tat java.base/java.util.ArrayList$Itr.checkForComodification(ArrayList.java:1013)\n\tat java.base/java.util.ArrayList$Itr.next(ArrayList.java:967)\n\tat com.example.CouponCleaner.clean(CouponCleaner.java:22)\n```\n\nUsing an index-based `for` loop instead skips some coupons when two expired ones are next to each other. What is the correct way to remove elements while iterating?',
    },
  },
  {
    id: 'good-git-undo-commit',
    quality: 'good',
    q: {
      title: 'How do I undo my last commit but keep the changes in my working tree?',
      body: 'I committed three files on `main` by mistake; they should have gone on a feature branch. The commit has not been pushed yet. I ran `git revert HEAD`, but that created a second commit that removes my changes, which is not what I want: I want the commit gone and the three files still modified so I can commit them on a new branch. Which command does that, and is it safe to use if I have not pushed?',
    },
  },
  {
    id: 'good-css-flex-center',
    quality: 'good',
    q: {
      title: 'Flex item will not center vertically inside a full-height container',
      body: 'I want a login card centered in the middle of the page:\n\n```css\n.page {\n  display: flex;\n  justify-content: center;\n  align-items: center;\n}\n.card { width: 320px; }\n```\n\n```html\n<div class="page"><div class="card">...</div></div>\n```\n\nThe card is centered horizontally but stays at the top of the page. In dev tools `.page` is only as tall as the card (about 280px), not the window height. I tried `height: 100%` on `.page`, which changed nothing. How do I make the container fill the viewport so the card is centered vertically?',
    },
  },
  {
    id: 'good-csharp-async-deadlock',
    quality: 'good',
    q: {
      title: 'WinForms app freezes when calling .Result on an async method',
      body: 'My button handler calls an async method that downloads a small JSON file:\n\n```csharp\nprivate void LoadButton_Click(object sender, EventArgs e)\n{\n    var json = _client.GetStringAsync("https://example.com/data.json").Result;\n    statusLabel.Text = json.Length.ToString();\n}\n```\n\nThe window freezes forever when I click the button; no exception is thrown. The same call in a console app returns in under a second. I tried `.Wait()` instead of `.Result` and it freezes too. Why does this deadlock in WinForms, and how should I call the async method from the click handler?',
    },
  },
  {
    id: 'good-sql-duplicates',
    quality: 'good',
    q: {
      title: 'Delete duplicate rows but keep the one with the lowest id in MySQL',
      body: "My `subscribers` table has duplicate emails after a bad import:\n\n```sql\nSELECT email, COUNT(*) FROM subscribers GROUP BY email HAVING COUNT(*) > 1;\n```\n\nreturns 214 emails. I want to delete the duplicates and keep, for each email, the row with the lowest `id`. I tried:\n\n```sql\nDELETE FROM subscribers WHERE id NOT IN (SELECT MIN(id) FROM subscribers GROUP BY email);\n```\n\nbut MySQL 8 refuses it with `ERROR 1093 (HY000): You can't specify target table 'subscribers' for update in FROM clause`. How can I write this delete in MySQL?",
    },
  },
  {
    id: 'good-regex-greedy',
    quality: 'good',
    q: {
      title: 'Regex matches from the first tag to the last one instead of each tag',
      body: "I want to pull every bold word out of a line of HTML with Python's `re`:\n\n```python\nimport re\nline = 'The <b>quick</b> brown <b>fox</b>'\nprint(re.findall(r'<b>(.*)</b>', line))\n```\n\nThis prints `['quick</b> brown <b>fox']`, one match, where I expected `['quick', 'fox']`. I tried `[^<]` in place of `.`, which works here but breaks when a bold word contains `<i>`. How do I make the pattern stop at the first closing tag?",
    },
  },
  {
    id: 'good-docker-port',
    quality: 'good',
    q: {
      title: 'Flask app in Docker is not reachable on localhost:5000',
      body: 'I run a Flask app in a container:\n\n```dockerfile\nFROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nRUN pip install flask\nCMD ["flask", "run"]\n```\n\nand start it with `docker run -p 5000:5000 myapp`. The log says `Running on http://127.0.0.1:5000`, but `curl localhost:5000` on my machine gives `curl: (52) Empty reply from server`. Inside the container, `curl localhost:5000` returns the page. What do I have to change so the app is reachable from the host?',
    },
  },
  {
    id: 'good-react-stale-state',
    quality: 'good',
    q: {
      title: 'setInterval in useEffect always sees the initial state value',
      body: 'I have a counter that should go up every second:\n\n```jsx\nfunction Timer() {\n  const [seconds, setSeconds] = useState(0);\n  useEffect(() => {\n    const id = setInterval(() => setSeconds(seconds + 1), 1000);\n    return () => clearInterval(id);\n  }, []);\n  return <p>{seconds}</p>;\n}\n```\n\nIt shows 1 after the first second and then stays at 1 forever. I expected 1, 2, 3 and so on. Adding `seconds` to the dependency array makes it count, but it creates a new interval every second. How do I update the state from the interval without recreating it?',
    },
  },
  {
    id: 'good-bash-sed-inplace',
    quality: 'good',
    q: {
      title: 'sed -i fails on macOS with "invalid command code"',
      body: "This line works in our Linux CI but not on my Mac:\n\n```bash\nsed -i 's/localhost/db.internal/g' config/app.env\n```\n\nOn macOS 14 it prints `sed: 1: \"config/app.env\": invalid command code c` and the file is unchanged. I tried `sed -i '' 's/localhost/db.internal/g' config/app.env`, which works on the Mac but then fails on Linux with `sed: can't read s/localhost/db.internal/g: No such file or directory`. How can I write the command so it edits the file in place on both systems?",
    },
  },
  {
    id: 'good-kotlin-data-class-copy',
    quality: 'good',
    q: {
      title: 'Changing a list inside a copied Kotlin data class also changes the original',
      body: 'I copy a data class before editing it so the original stays as it was:\n\n```kotlin\ndata class Cart(val items: MutableList<String>)\n\nval original = Cart(mutableListOf("apple"))\nval edited = original.copy()\nedited.items.add("pear")\nprintln(original.items)\n```\n\nThis prints `[apple, pear]`, but I expected `[apple]`. I thought `copy()` made a new object, and `original === edited` is indeed false. Why is the list shared, and how do I get an independent copy?',
    },
  },
  // Poor: no problem stated, no attempt, demands, rants, off-topic.
  {
    id: 'poor-plz-help',
    quality: 'poor',
    q: {
      title: 'plz help urgent!!!',
      body: 'my code is not working plz help me i have deadline tomorrow. what is wrong?? i dont understand anything. help',
    },
  },
  {
    id: 'poor-give-code',
    quality: 'poor',
    q: {
      title: 'how to make a website like facebook',
      body: 'i want to make a website like facebook with login and chat and everything. give me the full code please. which language should i use?',
    },
  },
  {
    id: 'poor-not-working',
    quality: 'poor',
    q: {
      title: 'it doesnt work',
      body: 'I did everything like in the tutorial but it doesnt work. Why is it not working? It should work but it doesnt. Please tell me what to do.',
    },
  },
  {
    id: 'poor-best-language',
    quality: 'poor',
    q: {
      title: 'which programming language is the best?',
      body: 'which programming language is the best one to learn in 2024? i want to get rich fast and get a job at google. what do you guys think is best?',
    },
  },
  {
    id: 'poor-homework-dump',
    quality: 'poor',
    q: {
      title: 'write a program that finds prime numbers',
      body: 'Write a program that reads n and prints all prime numbers up to n. Use functions. Due friday. Can someone do this for me?',
    },
  },
  {
    id: 'poor-all-caps',
    quality: 'poor',
    q: {
      title: 'ERROR PLEASE HELP ME',
      body: 'I GET AN ERROR WHEN I RUN MY APP AND I DONT KNOW WHY!!! NOTHING WORKS!!! PLEASE HELP ME FAST',
    },
  },
  {
    id: 'poor-rant',
    quality: 'poor',
    q: {
      title: 'why is android studio so bad',
      body: 'android studio is the worst software ever, it is so slow and always broken. why does google make such bad tools? is there anything better or should i just quit?',
    },
  },
  {
    id: 'poor-no-details',
    quality: 'poor',
    q: {
      title: 'error in my program',
      body: 'i get an error in my program when i click the button. how to fix the error?',
    },
  },
  {
    id: 'poor-recommend-tool',
    quality: 'poor',
    q: {
      title: 'good free hosting?',
      body: 'can anyone recommend a good free hosting for my site? it must be fast and free and no ads. what do you use?',
    },
  },
  {
    id: 'poor-hack',
    quality: 'poor',
    q: {
      title: 'how to hack wifi password',
      body: 'how can i hack my neighbours wifi password with python? i need the code that works, i tried some youtube videos but they didnt work.',
    },
  },
  {
    id: 'poor-same-problem',
    quality: 'poor',
    q: {
      title: 'same problem as before',
      body: 'I have the same problem as in my last question but now it is different. I changed some things and now there is another error. Any ideas?',
    },
  },
  {
    id: 'poor-interview',
    quality: 'poor',
    q: {
      title: 'what questions will they ask in my interview',
      body: 'i have an interview for a java developer job next week. what questions will they ask me and what are the answers? please send all of them.',
    },
  },
];

export interface MinimumResult {
  id: string;
  quality: 'good' | 'poor';
  form: MinimumForm;
  score: number | null;
  pass: boolean;
}

export interface MinimumReport {
  cases: MinimumResult[];
  byGroup: Array<{ quality: 'good' | 'poor'; form: MinimumForm; cases: number; passed: number; unscorable: number }>;
  passRate: number;
  pass: boolean;
}

const formsOf = (c: MinimumCase): Array<[MinimumForm, QuestionInput]> => {
  const forms: Array<[MinimumForm, QuestionInput]> = [
    ['title+body', c.q],
    ['body-only', { title: '', body: c.q.body }],
  ];
  if (c.quality === 'poor') forms.push(['title-only', { title: c.q.title, body: '' }]);
  return forms;
};

export async function runMinimumFunction(
  score: ScoreFn,
  cases: readonly MinimumCase[] = MINIMUM_CASES,
): Promise<MinimumReport> {
  const threshold = BEHAVIOUR_TARGETS.minimumThreshold;
  const results: MinimumResult[] = [];
  for (const c of cases) {
    for (const [form, q] of formsOf(c)) {
      const s = await score(q);
      // A good question must be scored to pass; a poor one the gate refuses earned nothing, so it passes.
      const pass = c.quality === 'good' ? s !== null && s >= threshold : (s ?? 0) < threshold;
      results.push({ id: c.id, quality: c.quality, form, score: s, pass });
    }
  }
  const byGroup: MinimumReport['byGroup'] = [];
  for (const quality of ['good', 'poor'] as const) {
    for (const form of ['title+body', 'body-only', 'title-only'] as const) {
      const of = results.filter((r) => r.quality === quality && r.form === form);
      if (of.length)
        byGroup.push({
          quality,
          form,
          cases: of.length,
          passed: of.filter((r) => r.pass).length,
          unscorable: of.filter((r) => r.score === null).length,
        });
    }
  }
  const passRate = results.length ? results.filter((r) => r.pass).length / results.length : 0;
  return {
    cases: results,
    byGroup,
    passRate,
    pass: results.length > 0 && passRate >= BEHAVIOUR_TARGETS.minimumPassRate,
  };
}
