// Writes a deterministic synthetic corpus of N press releases for benchmarks:
//   dotnet run bench/generate-corpus.cs -- <count> <folder> [hugo] [--topics=N]
// <folder>/site.yml and <folder>/releases/*.md (PartnershipSite), or, with "hugo", a Hugo content folder
// holding the same releases. Same count, same bytes, every time. --topics=N (default 5) spreads the releases over N
// topics, two each, for archive-scale listings (topic pages and feeds).
using System.Globalization;
using System.Text;

var count = int.Parse(args[0], CultureInfo.InvariantCulture);
var folder = args[1];
var hugo = args.Skip(2).Contains("hugo");
var topicCount = args.Where(a => a.StartsWith("--topics=", StringComparison.Ordinal)).Select(a => int.Parse(a["--topics=".Length..], CultureInfo.InvariantCulture)).LastOrDefault(5);
var random = new Random(20210610);
string[] words = ("science technology partnership research innovation investment quantum data security digital economy " +
    "collaboration government programme funding skills network standards growth jobs resilience supply chains " +
    "battery artificial intelligence cyber climate health pandemic preparedness universities industry export trade " +
    "regions communities talent engineering mathematics laboratory infrastructure strategy cooperation allies").Split(' ');
string[] organisations = ["Department for Science, Innovation and Technology", "Department for Business and Trade",
    "Department for Digital, Culture, Media & Sport", "Foreign, Commonwealth & Development Office", "UK Research and Innovation"];
string[] baseTopics = ["Science and innovation", "Digital economy", "International trade and investment", "Cyber security", "Research funding"];
// Beyond the five, numbered variants ("Cyber security 2"); the default corpus is unchanged.
var topics = Enumerable.Range(0, topicCount).Select(k => k < baseTopics.Length ? baseTopics[k] : $"{baseTopics[k % baseTopics.Length]} {k / baseTopics.Length + 1}").ToArray();
string[] people = ["Alex Morgan, Secretary of State", "Sam Patel, Minister for Science", "Jo Williams, Chief Scientific Adviser"];

Directory.CreateDirectory(Path.Combine(folder, hugo ? "content/releases" : "releases"));
if (!hugo)
{
    File.WriteAllText(Path.Combine(folder, "site.yml"), """
        title: Synthetic press releases
        description: A synthetic corpus for benchmarks.
        base_url: https://bench.example.gov.uk/
        language: en-GB
        theme: ../theme
        publisher:
          name: Department for Benchmarks
        press_office: "Press office: 020 0000 0000"
        accessible_formats: formats@example.gov.uk

        """.Replace("\r", ""));
}
var slugs = Enumerable.Range(0, count).Select(i => $"release-{i:D5}-{Word()}-{Word()}").ToArray();
var start = new DateTime(2015, 1, 1);
for (var i = 0; i < count; i++)
{
    var date = start.AddHours(i * 7L % (24 * 3650)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    var title = $"{Capital(Word())} {Word()} {Word()} boosts £{random.Next(2, 900)} million {Word()} plan – “{Word()} {Word()}”";
    var text = new StringBuilder();
    text.Append("---\n");
    text.Append($"title: \"{title.Replace("\"", "\\\"")}\"\n");
    text.Append($"summary: \"{Sentence(18, 28).Replace("\"", "\\\"")}\"\n");
    text.Append($"date: {date}\n");
    if (hugo)
    {
        text.Append($"slug: {slugs[i]}\n");
    }
    else
    {
        text.Append("type: Press release\nfrom:\n  organisations:\n");
        text.Append($"    - {organisations[i % organisations.Length]}\n  people:\n    - {people[i % people.Length]}\n");
        text.Append($"topics:\n  - {topics[i % topics.Length]}\n  - {topics[(i + 2) % topics.Length]}\n");
    }
    text.Append("---\n\n");
    var target = random.Next(600, 1201);
    var written = 0;
    text.Append("- ").Append(Sentence(12, 20)).Append('\n');
    text.Append("- ").Append(Sentence(12, 20)).Append('\n');
    text.Append("- ").Append(Sentence(12, 20)).Append("\n\n");
    written += 48;
    var section = 0;
    while (written < target)
    {
        if (written > (section + 1) * 300)
        {
            section++;
            text.Append($"## {Capital(Word())} {Word()} and {Word()}\n\n");
        }
        var choice = random.Next(10);
        if (choice == 0)
        {
            text.Append($"{people[random.Next(people.Length)]} said:\n\n> {Sentence(25, 45)}\n>\n> {Sentence(20, 35)}\n\n");
            written += 70;
        }
        else if (choice == 1)
        {
            var other = slugs[random.Next(count)];
            var url = hugo ? $"/releases/{other}/" : $"/releases/{other}/";
            text.Append($"{Sentence(10, 20)} Read [the earlier announcement]({url}) and the [published strategy](https://www.gov.uk/government/publications/{Word()}-{Word()}-strategy).\n\n");
            written += 30;
        }
        else if (choice == 2)
        {
            text.Append($"1. {Sentence(8, 14)}\n2. {Sentence(8, 14)}\n3. {Sentence(8, 14)}\n\n");
            written += 33;
        }
        else
        {
            var paragraph = Sentence(40, 90);
            text.Append(paragraph).Append($" The fund is worth £{random.Next(1, 99)}.{random.Next(1, 9)} billion (${random.Next(1, 99)} billion) over {random.Next(2, 10)} years, and ministers called it ‘{Word()} {Word()}’.\n\n");
            written += paragraph.Count(c => c == ' ') + 20;
        }
    }
    text.Append("## Notes to editors\n\nContact the press office on 020 0000 0000.\n");
    var name = hugo ? $"{slugs[i]}.md" : $"{date}-{slugs[i]}.md";
    File.WriteAllText(Path.Combine(folder, hugo ? "content/releases" : "releases", name), text.ToString());
}

string Word() => words[random.Next(words.Length)];
string Capital(string w) => char.ToUpperInvariant(w[0]) + w[1..];
string Sentence(int min, int max)
{
    var n = random.Next(min, max);
    var all = Enumerable.Range(0, n).Select(_ => Word()).ToArray();
    // At most 18 words a sentence, so the corpus passes the build's plain-English check (GOV.UK: 25 at most).
    return string.Join(' ', all.Chunk(18).Select(c => Capital(string.Join(' ', c)) + "."));
}
