using NUnit.Framework;
using Viper.Bytecode.Compiler;

namespace Viper.Tests.Corpus;

/// <summary>
/// The differential corpus: every program's stdout, exit status and last stderr line must match
/// what CPython 3.11 produced (captured by tools/capture_expected.py). Each program runs with the
/// peephole pass on and off; a difference between the two is a bug in the optimizer.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.Children)]
public sealed class CorpusTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private static string CorpusRoot => Path.Combine(TestContext.CurrentContext.TestDirectory, "Corpus");

    public static IEnumerable<TestCaseData> Programs()
    {
        var root = Path.Combine(AppContext.BaseDirectory, "Corpus");
        foreach (var path in Directory.EnumerateFiles(root, "*.py", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var name = Path.GetRelativePath(root, path)[..^3].Replace('\\', '/');
            foreach (var optimize in new[] { true, false })
            {
                yield return new TestCaseData(name, optimize).SetName($"{name} [{(optimize ? "peephole" : "no peephole")}]");
            }
        }
    }

    [TestCaseSource(nameof(Programs))]
    public void MatchesCPython(string name, bool optimize)
    {
        var path = Path.Combine(CorpusRoot, name + ".py");
        var expectedOut = File.ReadAllText(Path.ChangeExtension(path, ".out"));
        var errPath = Path.ChangeExtension(path, ".err");
        var (expectedExit, expectedLastLine) = File.Exists(errPath) ? ReadErr(errPath) : (0, "");

        var result = ProgramRun.Run(path, new CompilerOptions { Optimize = optimize }, Timeout);

        Assert.Multiple(() =>
        {
            Assert.That(result.Stdout, Is.EqualTo(expectedOut), "stdout");
            Assert.That(result.ExitCode, Is.EqualTo(expectedExit), $"exit status; stderr was:\n{result.Stderr}");
            Assert.That(result.LastStderrLine, Is.EqualTo(expectedLastLine), $"last line of stderr; stderr was:\n{result.Stderr}");
        });
    }

    private static (int, string) ReadErr(string path)
    {
        var lines = File.ReadAllText(path).Split('\n');
        return (int.Parse(lines[0], System.Globalization.CultureInfo.InvariantCulture), lines.Length > 1 ? lines[1] : "");
    }
}
