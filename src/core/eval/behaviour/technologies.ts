// The technologies of the invariance test. Each one fills the same slots of every template: its names, its
// code for the same small task and the error that code really gives. The prose around them never changes,
// so a score that moves across technologies moves on the topic, not on the writing.

export interface Technology {
  /** The name as people write it in a question. */
  name: string;
  /** The fence's info string. */
  fence: string;
  /** Totalling order amounts per customer, with the bug that gives `bugError`. */
  bugCode: string;
  /** The error as the tool prints it (traceback, stack, compiler output). */
  bugError: string;
  /** The error's short name, as it would appear in a title. */
  errorName: string;
  /** Two constructs people ask the difference between, and a snippet using both. */
  diffA: string;
  diffB: string;
  diffCode: string;
  /** Sorting people by age only (the how-to's attempt: same-age people stay in input order). */
  sortCode: string;
}

export const TECHNOLOGIES: readonly Technology[] = [
  {
    name: 'Python',
    fence: 'python',
    bugCode: `orders = [("alice", 10), ("bob", 15), ("alice", 20)]
totals = {}
for customer, amount in orders:
    totals[customer] += amount
print(totals)`,
    bugError: `Traceback (most recent call last):
  File "/home/dev/totals.py", line 4, in <module>
    totals[customer] += amount
KeyError: 'alice'`,
    errorName: 'KeyError',
    diffA: 'is',
    diffB: '==',
    diffCode: `a = [1, 2, 3]
b = list(a)
print(a == b)
print(a is b)`,
    sortCode: `people = [("Carol", 30), ("Bob", 30), ("Alice", 30), ("Dave", 25)]
people.sort(key=lambda p: p[1])
print([name for name, age in people])`,
  },
  {
    name: 'Java',
    fence: 'java',
    bugCode: `Map<String, Integer> totals = new HashMap<>();
for (Order order : orders) {
    int current = totals.get(order.getCustomer());
    totals.put(order.getCustomer(), current + order.getAmount());
}
System.out.println(totals);`,
    bugError: `Exception in thread "main" java.lang.NullPointerException: Cannot invoke "java.lang.Integer.intValue()" because the return value of "java.util.Map.get(Object)" is null
\tat com.example.shop.OrderTotals.main(OrderTotals.java:14)`,
    errorName: 'NullPointerException',
    diffA: '==',
    diffB: 'equals()',
    diffCode: `String a = "hello";
String b = new String("hello");
System.out.println(a == b);
System.out.println(a.equals(b));`,
    sortCode: `List<Person> people = new ArrayList<>(List.of(
    new Person("Carol", 30), new Person("Bob", 30),
    new Person("Alice", 30), new Person("Dave", 25)));
people.sort(Comparator.comparingInt(Person::getAge));
people.forEach(p -> System.out.println(p.getName()));`,
  },
  {
    name: 'PHP',
    fence: 'php',
    bugCode: `<?php
$orders = [['customer' => 'alice', 'amount' => 10], ['customer' => 'bob', 'amount' => 15]];
$totals = [];
foreach ($orders as $order) {
    $totals[$order['customer']] += $order['amount'];
}
print_r($totals);`,
    bugError: `Notice: Undefined index: alice in /var/www/html/totals.php on line 5`,
    errorName: 'Undefined index',
    diffA: '==',
    diffB: '===',
    diffCode: `<?php
$count = "10";
var_dump($count == 10);
var_dump($count === 10);`,
    sortCode: `<?php
$people = [['name' => 'Carol', 'age' => 30], ['name' => 'Bob', 'age' => 30],
           ['name' => 'Alice', 'age' => 30], ['name' => 'Dave', 'age' => 25]];
usort($people, function ($a, $b) {
    return $a['age'] <=> $b['age'];
});
echo implode(', ', array_column($people, 'name'));`,
  },
  {
    name: 'C#',
    fence: 'csharp',
    bugCode: `var totals = new Dictionary<string, int>();
foreach (var order in orders)
{
    totals[order.Customer] += order.Amount;
}
Console.WriteLine(string.Join(", ", totals));`,
    bugError: `Unhandled exception. System.Collections.Generic.KeyNotFoundException: The given key 'alice' was not present in the dictionary.
   at System.Collections.Generic.Dictionary\`2.get_Item(TKey key)
   at OrderTotals.Program.Main(String[] args) in C:\\Users\\dev\\OrderTotals\\Program.cs:line 17`,
    errorName: 'KeyNotFoundException',
    diffA: 'IEnumerable<T>',
    diffB: 'List<T>',
    diffCode: `IEnumerable<int> evens = numbers.Where(n => n % 2 == 0);
List<int> evenList = numbers.Where(n => n % 2 == 0).ToList();
Console.WriteLine(evens.Count());
Console.WriteLine(evenList.Count);`,
    sortCode: `var people = new List<Person> {
    new Person("Carol", 30), new Person("Bob", 30),
    new Person("Alice", 30), new Person("Dave", 25)
};
var sorted = people.OrderBy(p => p.Age).ToList();
Console.WriteLine(string.Join(", ", sorted.Select(p => p.Name)));`,
  },
  {
    name: 'JavaScript',
    fence: 'js',
    bugCode: `const orders = [{ customer: 'alice', amount: 10 }, { customer: 'bob', amount: 15 }];
const totals = new Map();
orders.forEach((order) => {
  totals.get(order.customer).sum += order.amount;
});
console.log(totals);`,
    bugError: `TypeError: Cannot read properties of undefined (reading 'sum')
    at /home/dev/shop/totals.js:4:29
    at Array.forEach (<anonymous>)
    at Object.<anonymous> (/home/dev/shop/totals.js:3:8)`,
    errorName: 'TypeError',
    diffA: 'let',
    diffB: 'var',
    diffCode: `for (var i = 0; i < 3; i++) {
  setTimeout(() => console.log('var', i), 0);
}
for (let j = 0; j < 3; j++) {
  setTimeout(() => console.log('let', j), 0);
}`,
    sortCode: `const people = [
  { name: 'Carol', age: 30 }, { name: 'Bob', age: 30 },
  { name: 'Alice', age: 30 }, { name: 'Dave', age: 25 },
];
people.sort((a, b) => a.age - b.age);
console.log(people.map((p) => p.name));`,
  },
  {
    name: 'TypeScript',
    fence: 'ts',
    bugCode: `interface Order { customer: string; amount: number }
const totals = new Map<string, { sum: number }>();
for (const order of orders) {
  totals.get(order.customer).sum += order.amount;
}`,
    bugError: `src/totals.ts:4:3 - error TS2532: Object is possibly 'undefined'.

4   totals.get(order.customer).sum += order.amount;
    ~~~~~~~~~~~~~~~~~~~~~~~~~~

Found 1 error in src/totals.ts:4`,
    errorName: 'TS2532',
    diffA: 'interface',
    diffB: 'type',
    diffCode: `interface PointA { x: number; y: number }
type PointB = { x: number; y: number };
const a: PointA = { x: 1, y: 2 };
const b: PointB = a;`,
    sortCode: `const people: Person[] = [
  { name: 'Carol', age: 30 }, { name: 'Bob', age: 30 },
  { name: 'Alice', age: 30 }, { name: 'Dave', age: 25 },
];
people.sort((a, b) => a.age - b.age);
console.log(people.map((p) => p.name));`,
  },
  {
    name: 'Kotlin',
    fence: 'kotlin',
    bugCode: `val totals = mutableMapOf<String, Int>()
for (order in orders) {
    totals[order.customer] = totals[order.customer]!! + order.amount
}
println(totals)`,
    bugError: `Exception in thread "main" java.lang.NullPointerException
\tat com.example.shop.MainKt.main(Main.kt:9)
\tat com.example.shop.MainKt.main(Main.kt)`,
    errorName: 'NullPointerException',
    diffA: 'val',
    diffB: 'const val',
    diffCode: `const val MAX_RETRIES = 3
val timeout = Duration.ofSeconds(30)

fun main() {
    println("$MAX_RETRIES $timeout")
}`,
    sortCode: `val people = listOf(Person("Carol", 30), Person("Bob", 30), Person("Alice", 30), Person("Dave", 25))
val sorted = people.sortedBy { it.age }
println(sorted.map { it.name })`,
  },
  {
    name: 'Go',
    fence: 'go',
    bugCode: `var totals map[string]int
for _, o := range orders {
    totals[o.Customer] += o.Amount
}
fmt.Println(totals)`,
    bugError: `panic: assignment to entry in nil map

goroutine 1 [running]:
main.main()
\t/home/dev/shop/main.go:15 +0x8c
exit status 2`,
    errorName: 'assignment to entry in nil map',
    diffA: 'new',
    diffB: 'make',
    diffCode: `p := new([]int)
s := make([]int, 0, 10)
fmt.Println(len(*p), len(s), cap(s))`,
    sortCode: `people := []Person{{"Carol", 30}, {"Bob", 30}, {"Alice", 30}, {"Dave", 25}}
sort.Slice(people, func(i, j int) bool {
    return people[i].Age < people[j].Age
})
fmt.Println(people)`,
  },
  {
    name: 'Rust',
    fence: 'rust',
    bugCode: `let mut totals: HashMap<String, i32> = HashMap::new();
for order in &orders {
    if let Some(total) = totals.get_mut(&order.customer) {
        *total += order.amount;
    } else {
        totals.insert(order.customer, order.amount);
    }
}`,
    bugError: `error[E0507]: cannot move out of \`order.customer\` which is behind a shared reference
  --> src/main.rs:14:27
   |
14 |             totals.insert(order.customer, order.amount);
   |                           ^^^^^^^^^^^^^^ move occurs because \`order.customer\` has type \`String\`, which does not implement the \`Copy\` trait`,
    errorName: 'E0507',
    diffA: 'String',
    diffB: '&str',
    diffCode: `fn greet(name: &str) -> String {
    format!("Hello, {}", name)
}
let owned: String = String::from("Alice");
println!("{}", greet(&owned));
println!("{}", greet("Bob"));`,
    sortCode: `let mut people = vec![
    Person { name: "Carol".into(), age: 30 }, Person { name: "Bob".into(), age: 30 },
    Person { name: "Alice".into(), age: 30 }, Person { name: "Dave".into(), age: 25 },
];
people.sort_by_key(|p| p.age);
println!("{:?}", people.iter().map(|p| &p.name).collect::<Vec<_>>());`,
  },
  {
    name: 'Ruby',
    fence: 'ruby',
    bugCode: `orders = [{ customer: "alice", amount: 10 }, { customer: "bob", amount: 15 }]
totals = {}
orders.each do |order|
  totals[order[:customer]] += order[:amount]
end
p totals`,
    bugError: `totals.rb:4:in \`block in <main>': undefined method \`+' for nil:NilClass (NoMethodError)
\tfrom totals.rb:3:in \`each'
\tfrom totals.rb:3:in \`<main>'`,
    errorName: 'NoMethodError',
    diffA: 'proc',
    diffB: 'lambda',
    diffCode: `square_proc = proc { |x| x * x }
square_lambda = lambda { |x| x * x }
puts square_proc.call(4)
puts square_lambda.call(4)`,
    sortCode: `people = [{ name: "Carol", age: 30 }, { name: "Bob", age: 30 },
          { name: "Alice", age: 30 }, { name: "Dave", age: 25 }]
sorted = people.sort_by { |person| person[:age] }
puts sorted.map { |person| person[:name] }.join(", ")`,
  },
  {
    name: 'Swift',
    fence: 'swift',
    bugCode: `var totals: [String: Int] = [:]
for order in orders {
    totals[order.customer]! += order.amount
}
print(totals)`,
    bugError: `Fatal error: Unexpectedly found nil while unwrapping an Optional value
Current stack trace:
0    libswiftCore.dylib    0x00000001a2c3e1f4 _assertionFailure(_:_:file:line:flags:) + 228
1    Shop                  0x0000000100f2a8c0 main + 412 (main.swift:12)`,
    errorName: 'Unexpectedly found nil',
    diffA: 'struct',
    diffB: 'class',
    diffCode: `struct PointS { var x = 0 }
class PointC { var x = 0 }
var s1 = PointS(); var s2 = s1; s2.x = 5
let c1 = PointC(); let c2 = c1; c2.x = 5
print(s1.x, c1.x)`,
    sortCode: `var people = [Person(name: "Carol", age: 30), Person(name: "Bob", age: 30),
              Person(name: "Alice", age: 30), Person(name: "Dave", age: 25)]
people.sort { $0.age < $1.age }
print(people.map { $0.name })`,
  },
  {
    name: 'C++',
    fence: 'cpp',
    bugCode: `std::map<std::string, int> totals;
for (const auto& order : orders) {
    totals.at(order.customer) += order.amount;
}
for (const auto& [name, sum] : totals) std::cout << name << ": " << sum << '\\n';`,
    bugError: `terminate called after throwing an instance of 'std::out_of_range'
  what():  map::at
Aborted (core dumped)`,
    errorName: 'std::out_of_range',
    diffA: 'push_back',
    diffB: 'emplace_back',
    diffCode: `std::vector<std::pair<std::string, int>> v;
v.push_back(std::make_pair("alice", 10));
v.emplace_back("bob", 15);
std::cout << v.size() << '\\n';`,
    sortCode: `std::vector<Person> people{{"Carol", 30}, {"Bob", 30}, {"Alice", 30}, {"Dave", 25}};
std::stable_sort(people.begin(), people.end(),
                 [](const Person& a, const Person& b) { return a.age < b.age; });
for (const auto& p : people) std::cout << p.name << '\\n';`,
  },
  {
    name: 'SQL',
    fence: 'sql',
    bugCode: `SELECT customer, amount, SUM(amount) AS total
FROM orders
GROUP BY customer;`,
    bugError: `ERROR:  column "orders.amount" must appear in the GROUP BY clause or be used in an aggregate function
LINE 1: SELECT customer, amount, SUM(amount) AS total
                         ^`,
    errorName: 'must appear in the GROUP BY clause',
    diffA: 'WHERE',
    diffB: 'HAVING',
    diffCode: `SELECT customer, SUM(amount) FROM orders WHERE amount > 10 GROUP BY customer;
SELECT customer, SUM(amount) FROM orders GROUP BY customer HAVING SUM(amount) > 10;`,
    sortCode: `SELECT name, age
FROM people
ORDER BY age;`,
  },
  {
    name: 'R',
    fence: 'r',
    bugCode: `orders <- data.frame(customer = c("alice", "bob", "alice"), amount = c(10, 15, 20))
totals <- list()
for (i in seq_len(nrow(orders))) {
  totals[[orders$customer[i]]] <- totals[[orders$customer[i]]] + orders$amount[i]
}
print(totals)`,
    bugError: `Error in totals[[orders$customer[i]]] : subscript out of bounds`,
    errorName: 'subscript out of bounds',
    diffA: 'sapply',
    diffB: 'lapply',
    diffCode: `x <- list(a = 1:3, b = 4:6)
sapply(x, mean)
lapply(x, mean)`,
    sortCode: `people <- data.frame(name = c("Carol", "Bob", "Alice", "Dave"), age = c(30, 30, 30, 25))
sorted <- people[order(people$age), ]
print(sorted$name)`,
  },
];
