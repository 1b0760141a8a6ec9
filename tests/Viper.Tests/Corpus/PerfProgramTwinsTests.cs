using System.Text.RegularExpressions;
using NUnit.Framework;

namespace Viper.Tests.Corpus;

/// <summary>
/// A whole program in <c>perf/programs</c> whose namesake sits in the corpus's <c>programs</c> area
/// is the same program at a smaller size: the harness and the corpus both run a file with no
/// arguments, so the size cannot be passed in and the text is duplicated. Only the module-level
/// upper-case constants may differ, so the corpus keeps testing the code the harness times.
/// </summary>
[TestFixture]
public sealed partial class PerfProgramTwinsTests
{
    [GeneratedRegex(@"^[A-Z][A-Z0-9_]* = ")]
    private static partial Regex SizeConstant();

    public static IEnumerable<TestCaseData> Twins()
    {
        var perfPrograms = Path.Combine(RepositoryRoot(), "perf", "programs");
        var corpusPrograms = Path.Combine(AppContext.BaseDirectory, "Corpus", "programs");
        foreach (var perfPath in Directory.EnumerateFiles(perfPrograms, "*.py").Order(StringComparer.Ordinal))
        {
            var corpusPath = Path.Combine(corpusPrograms, Path.GetFileName(perfPath));
            if (File.Exists(corpusPath))
            {
                yield return new TestCaseData(perfPath, corpusPath).SetName($"programs/{Path.GetFileNameWithoutExtension(perfPath)} differs only in its constants");
            }
        }
    }

    [TestCaseSource(nameof(Twins))]
    public void DiffersOnlyInSizeConstants(string perfPath, string corpusPath)
    {
        var perf = File.ReadAllLines(perfPath);
        var corpus = File.ReadAllLines(corpusPath);
        Assert.That(corpus, Has.Length.EqualTo(perf.Length), "the two files have different numbers of lines");
        for (var i = 0; i < perf.Length; i++)
        {
            if (perf[i] != corpus[i])
            {
                Assert.That(SizeConstant().IsMatch(perf[i]) && SizeConstant().IsMatch(corpus[i]) && Name(perf[i]) == Name(corpus[i]),
                    $"line {i + 1} differs and is not the same constant's assignment:\n  perf:   {perf[i]}\n  corpus: {corpus[i]}");
            }
        }
    }

    private static string Name(string assignment) => assignment[..assignment.IndexOf(' ', StringComparison.Ordinal)];

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Viper.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"no Viper.sln above {AppContext.BaseDirectory}");
    }
}
