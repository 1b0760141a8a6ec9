using NUnit.Framework;
using Viper.Bytecode.Compiler;

namespace Viper.Tests.Corpus;

/// <summary>
/// The differential corpus: every program's stdout, exit status and stderr (tracebacks byte for
/// byte, with the program's directory left out of paths) must match what CPython 3.11 produced (captured by tools/capture_expected.py). Each program runs with the
/// peephole pass on and off (a difference is a bug in the optimizer), and in the JIT tier both
/// compiled up front and tiering up at once (a difference is a bug in the JIT).
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
            if (IsImportedModule(root, path))
            {
                continue;
            }

            var name = Path.GetRelativePath(root, path)[..^3].Replace('\\', '/');
            yield return new TestCaseData(name, true, "interp").SetName($"{name} [peephole]");
            yield return new TestCaseData(name, false, "interp").SetName($"{name} [no peephole]");
            yield return new TestCaseData(name, true, "jit").SetName($"{name} [tier jit]");
            yield return new TestCaseData(name, true, "auto1").SetName($"{name} [tier auto, threshold 1]");
        }
    }

    [TestCaseSource(nameof(Programs))]
    public void MatchesCPython(string name, bool optimize, string tier)
    {
        var path = Path.Combine(CorpusRoot, name + ".py");
        var expectedOut = File.ReadAllText(Path.ChangeExtension(path, ".out"));
        var errPath = Path.ChangeExtension(path, ".err");
        var (expectedExit, expectedStderr) = File.Exists(errPath) ? ReadErr(errPath) : (0, "");

        var result = ProgramRun.Run(path, new CompilerOptions { Optimize = optimize }, Timeout, tier switch
        {
            "jit" => Tier.Jit,
            "auto1" => Tier.AutoAtOnce,
            _ => Tier.Interp,
        });

        Assert.Multiple(() =>
        {
            Assert.That(result.Stdout, Is.EqualTo(expectedOut), "stdout");
            Assert.That(result.ExitCode, Is.EqualTo(expectedExit), $"exit status; stderr was:\n{result.Stderr}");
            Assert.That(PortableStderr(result.Stderr, path), Is.EqualTo(expectedStderr), "stderr");
        });
    }

    /// <summary>Files under a <c>lib</c> directory are modules and packages the programs import, not programs.</summary>
    private static bool IsImportedModule(string root, string path) =>
        Path.GetRelativePath(root, path).Split(Path.DirectorySeparatorChar).SkipLast(1).Contains("lib");

    /// <summary>The <c>.err</c> file: the exit status on its first line, then the whole of stderr.</summary>
    private static (int, string) ReadErr(string path)
    {
        var text = File.ReadAllText(path);
        var newline = text.IndexOf('\n', StringComparison.Ordinal);
        return (int.Parse(text[..newline], System.Globalization.CultureInfo.InvariantCulture), text[(newline + 1)..]);
    }

    private static string PortableStderr(string stderr, string programPath) =>
        stderr.Replace(Path.GetDirectoryName(programPath) + Path.DirectorySeparatorChar, "", StringComparison.Ordinal);
}
